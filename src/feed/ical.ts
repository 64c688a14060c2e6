/**
 * iCalendar (RFC 5545) from a feed's events. Pure functions, no DOM: used by
 * <civic-event-calendar> ("Add to calendar") and by the command line.
 *
 * - Timed events: DTSTART;TZID=<feed time zone> with one VTIMEZONE for that zone, built from the
 *   runtime's own time-zone data (Intl) for the years the events cover; a date-time without an
 *   offset is wall time in the feed's zone.
 * - All-day events: DTSTART;VALUE=DATE and the exclusive DTEND iCalendar wants (last day + 1).
 * - UID is stable: event id + feed id. STATUS: CANCELLED, TENTATIVE (postponed) or CONFIRMED.
 * - TEXT is escaped (\ ; , newline), lines are folded at 75 octets on UTF-8 boundaries, CRLF.
 */
import { isDate, parseDateTime } from './dates.js';
import { exactOffset, offsetAt, toInstant } from './format.js';
import { pickText } from './text.js';
import { isSafeUrl } from './urls.js';
import { recurrenceLines } from './ical-recurrence.js';
import type { LunarRules } from './recurrence.js';
import type { Feed, FeedEvent } from './types.js';

export interface ICalendarOptions {
  /** Language for the feed's texts (title, place, summary); default the feed's `lang`. */
  lang?: string;
  /** The DTSTAMP of every event; default now. */
  now?: Date;
  /** Calendar name (X-WR-CALNAME); default the feed's title. */
  name?: string;
  /** Base for relative event links; without one, relative links are left out. */
  baseUrl?: string;
  /** lunar.ts (recurrence.ts's loadLunarRules()): needed to write lunar and solar-term recurrences. */
  lunar?: LunarRules;
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in TEXT
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** Folds one content line into lines of at most 75 octets, never splitting a UTF-8 sequence. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF + ' ');
}

const pad = (n: number, size = 2) => String(n).padStart(size, '0');

/** YYYYMMDD from YYYY-MM-DD. */
const icsDate = (date: string) => date.replace(/-/g, '');

/** YYYY-MM-DD of the day after `date`. */
export function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Wall time of `instant` in a zone given its offset in minutes, as YYYYMMDDTHHMMSS. */
function wall(instant: Date, offset: number): string {
  const t = new Date(instant.getTime() + offset * 60_000);
  return (
    `${pad(t.getUTCFullYear(), 4)}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}` +
    `T${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}`
  );
}

const utc = (instant: Date) => wall(instant, 0) + 'Z';

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.floor(m / 60))}${pad(m % 60)}`;
}


interface Transition {
  /** The first instant of the new offset. */
  at: number;
  from: number;
  to: number;
}

/** The offset changes of `timeZone` between two instants (found day by day, then to the minute). */
export function zoneTransitions(timeZone: string, from: number, to: number): Transition[] {
  const out: Transition[] = [];
  const day = 86_400_000;
  const offsetOf = (t: number) => exactOffset(new Date(t), timeZone);
  let t = from;
  let before = offsetOf(t);
  while (t < to) {
    const next = Math.min(t + day, to);
    const after = offsetOf(next);
    if (after !== before) {
      let lo = t;
      let hi = next;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (offsetOf(mid) === before) lo = mid;
        else hi = mid;
      }
      out.push({ at: hi, from: before, to: after });
    }
    t = next;
    before = after;
  }
  return out;
}

/** One VTIMEZONE for `timeZone` covering the instants from..to (with a year of margin). */
export function vtimezone(timeZone: string, from: number, to: number): string[] {
  const year = 365 * 86_400_000;
  const start = from - year;
  const end = to + year;
  const first = offsetAt(new Date(start), timeZone);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const observance = (kind: 'STANDARD' | 'DAYLIGHT', at: number, fromOff: number, toOff: number) => {
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${wall(new Date(at), fromOff)}`,
      `TZOFFSETFROM:${offsetText(fromOff)}`,
      `TZOFFSETTO:${offsetText(toOff)}`,
      `END:${kind}`,
    );
  };
  // The offset in force before the range: from 1970 on (as far as this file is concerned).
  observance('STANDARD', Date.UTC(1970, 0, 1), first, first);
  for (const tr of zoneTransitions(timeZone, start, end)) {
    observance(tr.to > tr.from ? 'DAYLIGHT' : 'STANDARD', tr.at, tr.from, tr.to);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** A UID that stays the same for the same feed and event. */
export function eventUid(feed: Pick<Feed, 'id'>, event: Pick<FeedEvent, 'id'>): string {
  const safe = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16));
  return `${safe(event.id)}.${safe(feed.id ?? 'feed')}@civic-widgets`;
}

const STATUS: Record<string, string> = {
  cancelled: 'CANCELLED',
  postponed: 'TENTATIVE',
  scheduled: 'CONFIRMED',
};

function absoluteUrl(url: string | undefined, base: string | undefined): string | undefined {
  if (!url || !isSafeUrl(url)) return undefined;
  try {
    const abs = base ? new URL(url, base) : new URL(url);
    return abs.protocol === 'http:' || abs.protocol === 'https:' ? abs.href : undefined;
  } catch {
    return undefined;
  }
}

/** Start and end of an event as iCalendar values, or undefined when its start is unreadable. */
function times(ev: FeedEvent, timeZone: string): { lines: string[]; instants: number[] } | undefined {
  if (isDate(ev.start)) {
    let last = ev.end && isDate(ev.end) && ev.end >= ev.start ? ev.end : ev.start;
    if (ev.end && !isDate(ev.end) && parseDateTime(ev.end)) {
      const d = ev.end.slice(0, 10);
      if (d >= ev.start) last = d;
    }
    return {
      lines: [`DTSTART;VALUE=DATE:${icsDate(ev.start)}`, `DTEND;VALUE=DATE:${icsDate(nextDay(last))}`],
      instants: [],
    };
  }
  const start = toInstant(ev.start, timeZone);
  if (!start) return undefined;
  const lines = [`DTSTART;TZID=${timeZone}:${wall(start, offsetAt(start, timeZone))}`];
  const instants = [start.getTime()];
  const end = ev.end && !isDate(ev.end) ? toInstant(ev.end, timeZone) : undefined;
  if (end && end.getTime() >= start.getTime()) {
    lines.push(`DTEND;TZID=${timeZone}:${wall(end, offsetAt(end, timeZone))}`);
    instants.push(end.getTime());
  }
  return { lines, instants };
}

/**
 * The iCalendar text of `events` (default: all the feed's events). Events whose start cannot be
 * read are left out. Lines end with CRLF and are folded at 75 octets.
 */
export function toICalendar(feed: Feed, events: readonly FeedEvent[] = feed.events, options: ICalendarOptions = {}): string {
  const lang = options.lang ?? feed.lang;
  const text = (t: Parameters<typeof pickText>[0]) => pickText(t, lang, feed.lang).trim();
  const zone = feed.timeZone || 'UTC';
  const stamp = utc(options.now ?? new Date());
  const categories = new Map(feed.categories.map((c) => [c.id, text(c.title)]));
  const name = options.name ?? (text(feed.title) || 'Events');

  const bodies: string[][] = [];
  let min = Infinity;
  let max = -Infinity;
  for (const ev of events) {
    const t = times(ev, zone);
    if (!t) continue;
    for (const i of t.instants) {
      min = Math.min(min, i);
      max = Math.max(max, i);
    }
    const lines = ['BEGIN:VEVENT', `UID:${eventUid(feed, ev)}`, `DTSTAMP:${stamp}`, ...t.lines];
    const repeat = recurrenceLines(ev, zone, options.now, options.lunar);
    lines.push(...repeat.lines);
    if (repeat.last !== undefined && t.instants.length) max = Math.max(max, repeat.last);
    lines.push(`SUMMARY:${escapeText(text(ev.title) || ev.id)}`);
    const place = [text(ev.location?.name), text(ev.location?.address)].filter(Boolean);
    if (place.length) lines.push(`LOCATION:${escapeText(place.join(', '))}`);
    if (ev.location?.lat !== undefined && ev.location.lng !== undefined) {
      lines.push(`GEO:${ev.location.lat};${ev.location.lng}`);
    }
    const description = text(ev.summary);
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
    const category = ev.category ? categories.get(ev.category) : undefined;
    if (category) lines.push(`CATEGORIES:${escapeText(category)}`);
    lines.push(`STATUS:${STATUS[ev.status ?? 'scheduled'] ?? 'CONFIRMED'}`);
    const url = absoluteUrl(ev.url, options.baseUrl);
    if (url) lines.push(`URL:${url}`);
    lines.push('END:VEVENT');
    bodies.push(lines);
  }

  const head = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//civic-widgets//Event calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${zone}`,
  ];
  const zoneLines = min <= max ? vtimezone(zone, min, max) : [];
  const all = [...head, ...zoneLines, ...bodies.flat(), 'END:VCALENDAR'];
  return all.map(foldLine).join(CRLF) + CRLF;
}

/** A file name for an .ics download: letters, digits, dashes. */
export function icsFileName(base: string): string {
  const clean = base
    .normalize('NFKD')
    .replace(/[^\w\u4e00-\u9fff-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return (clean || 'events') + '.ics';
}
