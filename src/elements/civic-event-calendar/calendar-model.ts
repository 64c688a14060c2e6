/**
 * The calendar's data model: events read once into days in the feed's time zone, the month grid
 * (weeks, lanes for multi-day bars, "+N more"), the initial-month rule. Pure functions, no DOM.
 */
import { isDate } from '../../feed/dates.js';
import { toInstant } from '../../feed/format.js';
import { offsetAt } from '../../feed/format.js';
import { langOf, pickText } from '../../feed/text.js';
import type { Category, Feed, FeedEvent } from '../../feed/types.js';
import type { ExpandedEvent } from '../../feed/recurrence.js';

/** What the calendar says of an event: its planned status, or "ended" once a scheduled event is over. */
export type EventStatus = 'scheduled' | 'postponed' | 'cancelled' | 'ended';

export interface CalEvent {
  /** The event's id; an occurrence's is `${series}@${date}`. */
  id: string;
  /** The feed's event, or one occurrence of a recurring event (its own start and end). */
  source: ExpandedEvent;
  /** The recurring event an occurrence belongs to (its `recurrence`); the event itself when it recurs. */
  series?: FeedEvent;
  title: string;
  /** The title's language when it is not the UI language (the title is in another one). */
  titleLang?: string;
  allDay: boolean;
  /** First day (YYYY-MM-DD) in the feed's time zone. */
  startDate: string;
  /** Last day, inclusive (an event ending at midnight ends the day before). */
  endDate: string;
  start?: Date;
  end?: Date;
  category?: Category;
  status: EventStatus;
}

const pad = (n: number, size = 2) => String(n).padStart(size, '0');

export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  const ms = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
  return Math.round((ms(b) - ms(a)) / 86_400_000);
}

/** ISO day of the week: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10))).getUTCDay();
  return d === 0 ? 7 : d;
}

export const monthOf = (date: string) => date.slice(0, 7);

export function addMonths(month: string, n: number): string {
  const total = +month.slice(0, 4) * 12 + (+month.slice(5, 7) - 1) + n;
  return `${pad(Math.floor(total / 12), 4)}-${pad((total % 12) + 1)}`;
}

export function daysInMonth(month: string): number {
  return new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7), 0)).getUTCDate();
}

/** The same day of the month in `month`, clamped (31 January → 29 February). */
export function sameDayIn(date: string, month: string): string {
  return `${month}-${pad(Math.min(+date.slice(8, 10), daysInMonth(month)))}`;
}

/** YYYY-MM-DD of `instant` in `timeZone` (one cached Intl formatter per zone). */
export function dateInZone(instant: Date, timeZone: string): string {
  const t = new Date(instant.getTime() + offsetAt(instant, timeZone) * 60_000);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

export const isMonth = (s: string | null | undefined): s is string =>
  !!s && /^\d{4}-(0[1-9]|1[0-2])$/.test(s);

/**
 * Reads events (the feed's, or occurrences from recurrence.ts) into calendar events, sorted by
 * day, all-day and longer first, then time. With `today`, a scheduled event that ended before it is "ended".
 */
export function readEvents(feed: Feed, lang: string, events: readonly ExpandedEvent[] = feed.events, today = ''): CalEvent[] {
  const zone = feed.timeZone;
  const cats = new Map(feed.categories.map((c) => [c.id, c]));
  const out: CalEvent[] = [];
  for (const ev of events) {
    const allDay = isDate(ev.start);
    let startDate: string;
    let endDate: string;
    let start: Date | undefined;
    let end: Date | undefined;
    if (allDay) {
      startDate = ev.start;
      const last = ev.end ? ev.end.slice(0, 10) : ev.start;
      endDate = isDate(last) && last >= startDate ? last : startDate;
    } else {
      start = toInstant(ev.start, zone);
      if (!start) continue;
      startDate = dateInZone(start, zone);
      end = ev.end && !isDate(ev.end) ? toInstant(ev.end, zone) : undefined;
      if (end && end.getTime() < start.getTime()) end = undefined;
      endDate = startDate;
      if (end) {
        const local = new Date(end.getTime() + offsetAt(end, zone) * 60_000);
        endDate = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
        // Ends at midnight: the event does not reach into that day.
        if (endDate > startDate && local.getUTCHours() === 0 && local.getUTCMinutes() === 0) endDate = addDays(endDate, -1);
      }
    }
    const status: EventStatus =
      ev.status === 'cancelled' || ev.status === 'postponed' ? ev.status : endDate < today ? 'ended' : 'scheduled';
    out.push({
      id: ev.id,
      source: ev,
      series: ev.seriesEvent ?? (ev.recurrence ? ev : undefined),
      title: pickText(ev.title, lang, feed.lang).trim() || ev.id,
      titleLang: langOf(ev.title, lang, feed.lang),
      allDay,
      startDate,
      endDate,
      start,
      end,
      category: ev.category ? cats.get(ev.category) : undefined,
      status,
    });
  }
  return out.sort(compareEvents);
}

export function compareEvents(a: CalEvent, b: CalEvent): number {
  if (a.startDate !== b.startDate) return a.startDate < b.startDate ? -1 : 1;
  const lenA = daysBetween(a.startDate, a.endDate);
  const lenB = daysBetween(b.startDate, b.endDate);
  if (a.allDay !== b.allDay) return a.allDay ? -1 : 1;
  if (lenA !== lenB) return lenB - lenA;
  const ta = a.start?.getTime() ?? 0;
  const tb = b.start?.getTime() ?? 0;
  if (ta !== tb) return ta - tb;
  return a.title.localeCompare(b.title);
}

export const overlaps = (e: CalEvent, from: string, to: string) => e.startDate <= to && e.endDate >= from;

/**
 * The day the grid's tab stop starts on in `month`: today in today's month, else the first day
 * of the month with an event, else the 1st.
 */
export function initialDay(events: readonly CalEvent[], month: string, today: string): string {
  if (monthOf(today) === month) return today;
  const first = eventsBetween(events, `${month}-01`, `${month}-${daysInMonth(month)}`)[0];
  return first && first.startDate > `${month}-01` ? first.startDate : `${month}-01`;
}

/** The 6 weeks × 7 days shown for `month`, weeks starting on ISO weekday `firstDay`. */
export function monthWeeks(month: string, firstDay: number): string[][] {
  const first = `${month}-01`;
  const back = (isoWeekday(first) - firstDay + 7) % 7;
  let day = addDays(first, -back);
  const weeks: string[][] = [];
  for (let w = 0; w < 6; w++) {
    const week: string[] = [];
    for (let i = 0; i < 7; i++, day = addDays(day, 1)) week.push(day);
    weeks.push(week);
  }
  return weeks;
}

export interface Segment {
  event: CalEvent;
  /** Column (0–6) the bar starts in, and how many days it covers in this week. */
  col: number;
  span: number;
  lane: number;
  /** The event started before this week / goes on after it. */
  before: boolean;
  after: boolean;
}

export interface WeekLayout {
  days: string[];
  /** Segments shown (lane < lanes). */
  segments: Segment[];
  /** Lanes shown in every day of the week. */
  lanes: number;
  /** Events of each day not shown ("+N more"). */
  hidden: number[];
  /** Events of each day. */
  counts: number[];
}

/** Lays out the events of one week: bars in lanes, at most `maxLanes` rows a day. */
export function layoutWeek(days: string[], events: readonly CalEvent[], maxLanes: number): WeekLayout {
  const from = days[0];
  const to = days[6];
  const all: Segment[] = [];
  const counts = new Array<number>(7).fill(0);
  for (const e of events) {
    if (!overlaps(e, from, to)) continue;
    const s = e.startDate < from ? from : e.startDate;
    const end = e.endDate > to ? to : e.endDate;
    const col = daysBetween(from, s);
    const span = daysBetween(s, end) + 1;
    for (let i = col; i < col + span; i++) counts[i]++;
    all.push({ event: e, col, span, lane: 0, before: e.startDate < from, after: e.endDate > to });
  }
  all.sort((a, b) => a.col - b.col || b.span - a.span || compareEvents(a.event, b.event));
  const laneEnds: number[] = [];
  for (const seg of all) {
    let lane = laneEnds.findIndex((endCol) => endCol < seg.col);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = seg.col + seg.span - 1;
    seg.lane = lane;
  }
  const used = laneEnds.length;
  const lanes = used <= maxLanes ? used : Math.max(1, maxLanes - 1);
  const segments = all.filter((s) => s.lane < lanes);
  const shown = new Array<number>(7).fill(0);
  for (const s of segments) for (let i = s.col; i < s.col + s.span; i++) shown[i]++;
  return { days, segments, lanes, hidden: counts.map((c, i) => c - shown[i]), counts };
}

/** The events on one day. */
export function eventsOn(events: readonly CalEvent[], date: string): CalEvent[] {
  return events.filter((e) => overlaps(e, date, date));
}

/** The events that touch [from, to]. */
export function eventsBetween(events: readonly CalEvent[], from: string, to: string): CalEvent[] {
  return events.filter((e) => overlaps(e, from, to));
}

/** The first day of the week (ISO weekday) for a locale: Monday for Chinese, Intl's week info otherwise. */
export function firstDayOfWeek(tag: string): number {
  if (/^zh\b/i.test(tag)) return 1;
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & {
      weekInfo?: { firstDay: number };
      getWeekInfo?: () => { firstDay: number };
    };
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return info.firstDay;
  } catch {
    // fall through
  }
  return /^en(-US)?$/i.test(tag) ? 7 : 1;
}

/** The first day of the week for a page in `pageLang` showing a UI in `uiLang`: the page's language's when the two agree (en-GB, not en), else the UI's. */
export function weekStartFor(pageLang: string, uiLang: string): number {
  return firstDayOfWeek(pageLang && pageLang.toLowerCase().slice(0, 2) === uiLang.slice(0, 2) ? pageLang : uiLang);
}

/** The category ids in `list` (space- or comma-separated) that the feed knows. */
export function categoryIds(feed: Feed, list: string | null): Set<string> {
  const known = new Set(feed.categories.map((c) => c.id));
  return new Set((list ?? '').split(/[\s,]+/).filter((id) => known.has(id)));
}

/** The events in the chosen categories; all of them when none is chosen. */
export function inCategories(events: CalEvent[], chosen: ReadonlySet<string>): CalEvent[] {
  return chosen.size ? events.filter((e) => e.category && chosen.has(e.category.id)) : events;
}

/** True in in-app browsers that cannot download files (WeChat, QQ, Weibo, DingTalk, Alipay). */
export function isInAppBrowser(userAgent: string): boolean {
  return /MicroMessenger|\bQQ\/|Weibo|DingTalk|AlipayClient/i.test(userAgent);
}
