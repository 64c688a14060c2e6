/**
 * Recurring events (`events[].recurrence`): the occurrences of a feed's events over a range of
 * dates. Pure, no DOM, usable from Node.
 *
 * - The event's start (and end: length, time of day) is the first occurrence; the rule gives the
 *   later ones, on dates in the feed's time zone, at the same wall-clock time.
 * - Gregorian rules (an RRULE subset) are expanded here. Lunar and solar-term rules need the
 *   astronomy of lunar.ts, which only they load: pass `lunar` (from `loadLunarRules()`), or call
 *   `expandEventsAsync`, which loads it when a rule needs it. Without it those series give their
 *   first occurrence only and the result says `pending`.
 * - Only occurrences that overlap `from`…`to` are made, at most `cap` in all (default 1000):
 *   beyond it the result is `capped`, with a problem.
 */
import { isDate } from './dates.js';
import { offsetAt, toInstant, zoneOffset } from './format.js';
import { isRRuleError, parseRRule, SOLAR_TERM_IDS, type RRule } from './recurrence-rule.js';
import type { FeedEvent, Problem } from './types.js';

export { SOLAR_TERM_IDS };
/** Re-exported for the calendar's rule descriptions, which get them from this module once it is loaded. */
export { isRRuleError, parseRRule };

/** What lunar and solar-term rules need of lunar.ts (loaded on demand). */
export type LunarRules = Pick<typeof import('./lunar.js'), 'solarTermDate' | 'chineseDate' | 'chineseToGregorian'>;

/** Loads the lunar calendar and the solar terms (a separate chunk). */
export const loadLunarRules = (): Promise<LunarRules> => import('./lunar.js');

export interface ExpandOptions {
  /** First date of the range (YYYY-MM-DD, in `timeZone`), inclusive. */
  from: string;
  /** Last date of the range (YYYY-MM-DD, in `timeZone`), inclusive. */
  to: string;
  /** The feed's time zone: rules are dates in it, and so are `from` and `to`. */
  timeZone: string;
  /** Most occurrences returned by one call (default 1000). */
  cap?: number;
  /** lunar.ts, for lunar and solar-term rules. */
  lunar?: LunarRules;
}

/** An event or one occurrence of a recurring event, as the views show it. */
export type ExpandedEvent = FeedEvent & {
  /** For an occurrence: the id of the recurring event it belongs to (its own id is `${series}@${occurrence}`). */
  series?: string;
  /** For an occurrence: the date (YYYY-MM-DD, in the feed's time zone) it starts on. */
  occurrence?: string;
  /** For an occurrence: the recurring event itself (its `recurrence`, its first `start`). */
  seriesEvent?: FeedEvent;
};

export interface Expansion {
  /** The events and occurrences that overlap the range, sorted by start. */
  events: ExpandedEvent[];
  /** True when more occurrences than `cap` overlap the range (the first `cap` are given). */
  capped: boolean;
  /** True when a lunar or solar-term rule could not be expanded for want of `lunar`. */
  pending: boolean;
  /** "recurrence-capped" when capped. */
  problems: Problem[];
}

export const DEFAULT_CAP = 1000;
/** Most periods (years, months, weeks) one series is walked through. */
const MAX_PERIODS = 100_000;

const DAY = 86_400_000;
const pad = (n: number, size = 2) => String(n).padStart(size, '0');
const dayNumber = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / DAY;
const dayString = (n: number) => {
  const t = new Date(n * DAY);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
};
/** 0 = Monday … 6 = Sunday (1970-01-01, day 0, was a Thursday). */
const weekday = (n: number) => (((n + 3) % 7) + 7) % 7;
const yearOf = (n: number) => new Date(n * DAY).getUTCFullYear();
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The start of an event as a local date, time and length in the feed's zone. */
interface Shape {
  day: number;
  /** HH:MM:SS of the start; undefined for an all-day event. */
  time?: string;
  /** The end: days after the start's date, and time of day (timed events). */
  end?: { days: number; time?: string };
  /** Days after the start's date of the last day the event touches. */
  span: number;
}

/** Wall-clock date and time of an instant in `timeZone`. */
function wall(instant: Date, timeZone: string): { day: number; time: string } {
  const t = new Date(instant.getTime() + offsetAt(instant, timeZone) * 60_000).toISOString();
  return { day: dayNumber(t.slice(0, 10)), time: t.slice(11, 19) };
}

function shapeOf(ev: FeedEvent, timeZone: string): Shape | undefined {
  if (isDate(ev.start)) {
    const day = dayNumber(ev.start);
    const last = ev.end && isDate(ev.end) ? dayNumber(ev.end) - day : -1;
    return last >= 0 ? { day, end: { days: last }, span: last } : { day, span: 0 };
  }
  const start = toInstant(ev.start, timeZone);
  if (!start) return undefined;
  const s = wall(start, timeZone);
  const endInstant = ev.end && !isDate(ev.end) ? toInstant(ev.end, timeZone) : undefined;
  if (!endInstant || endInstant.getTime() < start.getTime()) return { day: s.day, time: s.time, span: 0 };
  const e = wall(endInstant, timeZone);
  const days = e.day - s.day;
  return { day: s.day, time: s.time, end: { days, time: e.time }, span: days - (days > 0 && e.time === '00:00:00' ? 1 : 0) };
}

/** A feed date-time for a wall-clock date and time in `timeZone`, with its offset. */
function dateTime(day: number, time: string, timeZone: string): string {
  const date = dayString(day);
  const offset = zoneOffset(new Date(`${date}T${time}Z`), timeZone);
  const sign = offset < 0 ? '-' : '+';
  const m = Math.abs(offset);
  return `${date}T${time}${sign}${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** The days (day numbers) in first…first+length-1 that the rule's BYMONTHDAY and BYDAY allow. */
function filterDays(rule: RRule, first: number, length: number): number[] {
  const out: number[] = [];
  for (let n = first; n < first + length; n++) {
    if (rule.byMonthDay) {
      const date = dayString(n);
      const d = +date.slice(8, 10);
      const len = daysIn(+date.slice(0, 4), +date.slice(5, 7));
      if (!rule.byMonthDay.some((x) => (x > 0 ? x : len + 1 + x) === d)) continue;
    }
    if (rule.byDay) {
      const w = weekday(n);
      const i = n - first;
      const ok = rule.byDay.some(
        (b) => b.weekday === w && (b.nth === 0 || (b.nth > 0 ? Math.floor(i / 7) + 1 === b.nth : Math.floor((length - 1 - i) / 7) + 1 === -b.nth)),
      );
      if (!ok) continue;
    }
    out.push(n);
  }
  return out;
}

/** The rule's dates in one month (month 1–12). */
function monthDays(rule: RRule, y: number, m: number, startDate: number): number[] {
  if (rule.byMonth && !rule.byMonth.includes(m)) return [];
  const first = dayNumber(`${pad(y, 4)}-${pad(m)}-01`);
  const len = daysIn(y, m);
  if (!rule.byMonthDay && !rule.byDay) return startDate <= len ? [first + startDate - 1] : [];
  return filterDays(rule, first, len);
}

/** The rule's dates in period `k` (the k-th year, month or week from the start's). */
function periodDays(rule: RRule, start: number, k: number): { first: number; days: number[] } {
  const date = dayString(start);
  const [sy, sm, sd] = [+date.slice(0, 4), +date.slice(5, 7), +date.slice(8, 10)];
  if (rule.freq === 'WEEKLY') {
    const monday = start - weekday(start) + 7 * k * rule.interval;
    const days = (rule.byDay ? rule.byDay.map((b) => b.weekday) : [weekday(start)]).sort().map((w) => monday + w);
    return { first: monday, days: rule.byMonth ? days.filter((n) => rule.byMonth!.includes(+dayString(n).slice(5, 7))) : days };
  }
  if (rule.freq === 'MONTHLY') {
    const index = sy * 12 + sm - 1 + k * rule.interval;
    const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
    return { first: dayNumber(`${pad(y, 4)}-${pad(m)}-01`), days: monthDays(rule, y, m, sd) };
  }
  const y = sy + k * rule.interval;
  const first = dayNumber(`${pad(y, 4)}-01-01`);
  if (rule.byDay && !rule.byMonth && (rule.byDay.some((b) => b.nth !== 0) || !rule.byMonthDay)) {
    // BYDAY without BYMONTH: its ordinals count within the year.
    return { first, days: filterDays(rule, first, dayNumber(`${pad(y + 1, 4)}-01-01`) - first) };
  }
  const months = rule.byMonth ? [...rule.byMonth].sort((a, b) => a - b) : rule.byMonthDay || rule.byDay ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : [sm];
  return { first, days: months.flatMap((m) => monthDays(rule, y, m, sd)) };
}

/** The first period (k) whose dates can reach `day`, for a rule repeating every `interval`. */
function firstPeriod(rule: RRule, start: number, day: number): number {
  const date = dayString(start);
  if (rule.freq === 'WEEKLY') return Math.floor((day - (start - weekday(start))) / 7 / rule.interval);
  const other = dayString(day);
  if (rule.freq === 'MONTHLY') {
    const months = (+other.slice(0, 4) - +date.slice(0, 4)) * 12 + +other.slice(5, 7) - +date.slice(5, 7);
    return Math.floor(months / rule.interval);
  }
  return Math.floor((+other.slice(0, 4) - +date.slice(0, 4)) / rule.interval);
}

/**
 * The dates (day numbers, ascending) of a series after its first occurrence, period by period:
 * each call of the returned function gives the next period's dates and the first day of that
 * period (to stop at the range's end), or undefined when the rule cannot be expanded.
 */
type Periods = (k: number) => { first: number; days: number[] };

function periodsOf(ev: FeedEvent, start: number, timeZone: string, lunar: LunarRules | undefined): { periods: Periods; from: (day: number) => number } | 'pending' | undefined {
  const r = ev.recurrence;
  if (!r) return undefined;
  if (r.rrule !== undefined) {
    const rule = parseRRule(r.rrule);
    if (isRRuleError(rule)) return undefined;
    return { periods: (k) => periodDays(rule, start, k), from: (day) => firstPeriod(rule, start, day) };
  }
  if (!lunar) return 'pending';
  const year = yearOf(start);
  const jan1 = (y: number) => dayNumber(`${pad(y, 4)}-01-01`);
  if (r.solarTerm !== undefined) {
    const index = SOLAR_TERM_IDS.indexOf(r.solarTerm);
    if (index < 0) return undefined;
    return {
      periods: (k) => ({ first: jan1(year + k), days: [dayNumber(lunar.solarTermDate(year + k, index, timeZone))] }),
      from: (day) => yearOf(day) - year,
    };
  }
  if (r.lunar) {
    const { month, day, leap } = r.lunar;
    const cy = lunar.chineseDate(dayString(start))?.year ?? year;
    return {
      periods: (k) => {
        const date = lunar.chineseToGregorian(cy + k, month, day, leap);
        return { first: jan1(cy + k), days: date ? [dayNumber(date)] : [] };
      },
      // A Chinese year ends in January or February of the next Gregorian year.
      from: (d) => yearOf(d) - 1 - cy,
    };
  }
  return undefined;
}

interface SeriesResult {
  days: number[];
  capped: boolean;
  pending: boolean;
}

/** The start dates (day numbers) of a series' occurrences that overlap lo…hi, at most cap + 1. */
function seriesDays(ev: FeedEvent, shape: Shape, lo: number, hi: number, cap: number, timeZone: string, lunar?: LunarRules): SeriesResult {
  const r = ev.recurrence!;
  const out: number[] = [];
  const until = r.until && isDate(r.until) ? dayNumber(r.until) : Infinity;
  const count = r.count ?? Infinity;
  const excluded = new Set((r.exdates ?? []).filter(isDate).map(dayNumber));
  const add = (day: number) => {
    if (day + shape.span >= lo && day <= hi && !excluded.has(day)) out.push(day);
  };
  add(shape.day);
  const p = periodsOf(ev, shape.day, timeZone, lunar);
  if (!p || p === 'pending') return { days: out, capped: false, pending: p === 'pending' };
  // With a count every occurrence from the first is counted; without, start near the range.
  let k = count === Infinity ? Math.max(0, p.from(lo - shape.span)) : 0;
  let made = 1;
  for (let walked = 0; ; k++, walked++) {
    if (walked >= MAX_PERIODS) return { days: out, capped: true, pending: false };
    const { first, days } = p.periods(k);
    if (first > hi || first > until) break;
    for (const day of days) {
      if (day <= shape.day) continue;
      if (day > until || day > hi || made >= count) return { days: out, capped: out.length > cap, pending: false };
      made++;
      add(day);
      if (out.length > cap) return { days: out, capped: true, pending: false };
    }
  }
  return { days: out, capped: out.length > cap, pending: false };
}

/** One occurrence of `ev` starting on `day`. */
function occurrence(ev: FeedEvent, shape: Shape, day: number, timeZone: string): ExpandedEvent {
  const date = dayString(day);
  const out: ExpandedEvent = { ...ev, id: `${ev.id}@${date}`, series: ev.id, occurrence: date, seriesEvent: ev };
  delete out.recurrence;
  out.start = shape.time === undefined ? date : dateTime(day, shape.time, timeZone);
  if (shape.end) {
    out.end = shape.end.time === undefined ? dayString(day + shape.end.days) : dateTime(day + shape.end.days, shape.end.time, timeZone);
  } else delete out.end;
  return out;
}

const sortKey = (shape: Shape, day: number) => `${dayString(day)}${shape.time === undefined ? '' : 'T' + shape.time}`;

/** The occurrences of one event over the range (a plain event: itself, when it overlaps). */
export function expandEvent(ev: FeedEvent, options: ExpandOptions): Expansion {
  return expandEvents([ev], options);
}

/** The events and occurrences of `events` that overlap options.from … options.to. */
export function expandEvents(events: readonly FeedEvent[], options: ExpandOptions): Expansion {
  const cap = Math.max(0, Math.floor(options.cap ?? DEFAULT_CAP));
  const lo = dayNumber(options.from);
  const hi = dayNumber(options.to);
  const found: { key: string; event: ExpandedEvent }[] = [];
  let capped = false;
  let pending = false;
  if (!(hi >= lo)) return { events: [], capped, pending, problems: [] };
  for (const ev of events) {
    const shape = shapeOf(ev, options.timeZone);
    if (!shape) continue;
    if (!ev.recurrence) {
      if (shape.day + shape.span >= lo && shape.day <= hi) found.push({ key: sortKey(shape, shape.day), event: ev });
      continue;
    }
    const r = seriesDays(ev, shape, lo, hi, cap, options.timeZone, options.lunar);
    capped ||= r.capped;
    pending ||= r.pending;
    for (const day of r.days.slice(0, cap)) found.push({ key: sortKey(shape, day), event: occurrence(ev, shape, day, options.timeZone) });
  }
  found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (found.length > cap) capped = true;
  const problems: Problem[] = capped
    ? [
        {
          path: '/events',
          severity: 'warning',
          code: 'recurrence-capped',
          message: {
            en: `More than ${cap} occurrences fall between ${options.from} and ${options.to}; only the first ${cap} are shown.`,
            'zh-Hans': `${options.from} 至 ${options.to} 之间的活动超过 ${cap} 次，只显示前 ${cap} 次。`,
          },
        },
      ]
    : [];
  return { events: found.slice(0, cap).map((f) => f.event), capped, pending, problems };
}

/** True when some event has a lunar or solar-term rule (and so needs `loadLunarRules()`). */
export const needsLunar = (events: readonly FeedEvent[]): boolean =>
  events.some((ev) => ev.recurrence?.lunar !== undefined || ev.recurrence?.solarTerm !== undefined);

/** expandEvents, loading lunar.ts first when a rule needs it. */
export async function expandEventsAsync(events: readonly FeedEvent[], options: ExpandOptions): Promise<Expansion> {
  const lunar = options.lunar ?? (needsLunar(events) ? await loadLunarRules() : undefined);
  return expandEvents(events, { ...options, lunar });
}

export interface NearOptions {
  /** The date (YYYY-MM-DD, in `timeZone`) to look from, e.g. today. */
  date: string;
  timeZone: string;
  lunar?: LunarRules;
  /** How many years to look through (default 10). */
  years?: number;
}

const shiftYears = (date: string, years: number) => `${pad(+date.slice(0, 4) + years, 4)}${date.slice(4, 7)}-${date.slice(5, 7) === '02' && date.slice(8) === '29' ? '28' : date.slice(8)}`;
const lastDay = (e: ExpandedEvent) => (e.end && e.end.slice(0, 10) > e.start.slice(0, 10) ? e.end.slice(0, 10) : e.start.slice(0, 10));

/**
 * The first event or occurrence that has not ended by `date` (one going on counts), looking
 * through the next `years` years: where a calendar should open. Undefined: none.
 */
export function nextEvent(events: readonly FeedEvent[], options: NearOptions): ExpandedEvent | undefined {
  const { date, timeZone, lunar } = options;
  for (let y = 0; y < (options.years ?? 10); y++) {
    const from = shiftYears(date, y);
    const to = dayString(dayNumber(shiftYears(date, y + 1)) - 1);
    // The earliest occurrence of each series is enough: cap 1 keeps the earliest of them all.
    const found = expandEvents(events, { from, to, timeZone, lunar, cap: 1 }).events[0];
    if (found) return found;
  }
  return undefined;
}

/** The event or occurrence that ended last before `date`, looking back `years` years. Undefined: none. */
export function previousEvent(events: readonly FeedEvent[], options: NearOptions): ExpandedEvent | undefined {
  const { date, timeZone, lunar } = options;
  for (let y = 0; y < (options.years ?? 10); y++) {
    const to = dayString(dayNumber(shiftYears(date, -y)) - 1);
    const from = shiftYears(date, -y - 1);
    const ended = expandEvents(events, { from, to, timeZone, lunar, cap: 100_000 }).events.filter((e) => lastDay(e) < date);
    if (ended.length) return ended.reduce((a, b) => (lastDay(b) > lastDay(a) || (lastDay(b) === lastDay(a) && b.start > a.start) ? b : a));
  }
  return undefined;
}
