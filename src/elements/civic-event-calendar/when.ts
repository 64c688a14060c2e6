/** Date and time texts of calendar events, through Intl in the feed's time zone. No DOM. */
import { dateFormat as fmt, offsetAt } from '../../feed/format.js';
import type { CalEvent } from './calendar-model.js';

/** Noon UTC of a YYYY-MM-DD day: formatted with timeZone UTC it is always that day. */
export const dayInstant = (date: string) =>
  new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10), 12));

/** "Sunday, 22 September 2024". */
export const fullDate = (date: string, locale: string) =>
  fmt(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(dayInstant(date));

/** "September 2024" for YYYY-MM. */
export const monthTitle = (month: string, locale: string) =>
  fmt(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(dayInstant(month + '-15'));

/** Month names January … December. */
export const monthNames = (locale: string) =>
  Array.from({ length: 12 }, (_, i) => fmt(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, i, 15))));

/** Weekday names in column order, starting on ISO weekday `firstDay`: [short, long]. */
export function weekdayNames(locale: string, firstDay: number): [string, string][] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const d = new Date(Date.UTC(2024, 0, ((firstDay - 1 + i) % 7) + 1, 12));
    return [
      fmt(locale, { weekday: 'short', timeZone: 'UTC' }).format(d),
      fmt(locale, { weekday: 'long', timeZone: 'UTC' }).format(d),
    ];
  });
}

/*
 * One formatter per kind in every view (issue 20), all through format.ts's cached dateFormat:
 * a date (fullDate), a date range (dateRange), a time or time range (timeOf, timeRange) and a
 * date-time (whenText of a timed event).
 */

/** "9:30 AM" (en), "09:30" (zh) in the zone. */
export const timeOf = (instant: Date, locale: string, timeZone: string) => fmt(locale, { timeStyle: 'short', timeZone }).format(instant);

/** "9:30 – 11:00 AM", "09:30–11:00": a time, or a range when `end` is after `start`. */
export function timeRange(start: Date, end: Date | undefined, locale: string, timeZone: string): string {
  const f = fmt(locale, { timeStyle: 'short', timeZone });
  return end && end.getTime() > start.getTime() ? f.formatRange(start, end) : f.format(start);
}

/** "September 10, 2024", "2024年9月10日": the date of an instant in `timeZone` (the date part of a date-time). */
const dateIn = (instant: Date, locale: string, timeZone: string) => fmt(locale, { dateStyle: 'long', timeZone }).format(instant);

/**
 * "September 10 – 13, 2024" (Intl's range), "2024年9月10日 – 2024年9月13日": the days from `start`
 * to `end`. Chinese joins two dates of the date kind, as Intl's Chinese range would fall back
 * to "2024/9/10 – 2024/9/13" beside the 年月日 dates of the other views.
 */
export function dateRange(start: string, end: string, locale: string): string {
  if (locale.startsWith('zh')) return `${dateIn(dayInstant(start), locale, 'UTC')} – ${dateIn(dayInstant(end), locale, 'UTC')}`;
  return fmt(locale, { dateStyle: 'long', timeZone: 'UTC' }).formatRange(dayInstant(start), dayInstant(end));
}

/** The event's date(s) and time(s) in the feed's zone: a date, a date range, or the date with times. */
export function whenText(e: CalEvent, locale: string, timeZone: string): string {
  if (e.allDay || !e.start) {
    return e.startDate === e.endDate ? fullDate(e.startDate, locale) : dateRange(e.startDate, e.endDate, locale);
  }
  if (e.startDate === e.endDate || !e.end) return `${fullDate(e.startDate, locale)} ${timeRange(e.start, e.end, locale, timeZone)}`;
  const at = (d: Date) => `${dateIn(d, locale, timeZone)} ${timeOf(d, locale, timeZone)}`;
  return `${at(e.start)} – ${at(e.end)}`;
}

/** The visitor's own IANA zone. */
export function viewerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The long name of `timeZone` at `instant`, e.g. "China Standard Time". */
export function zoneName(timeZone: string, locale: string, instant: Date): string {
  const parts = fmt(locale, { timeZone, timeZoneName: 'long' }).formatToParts(instant);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** True when the visitor's clock differs from the feed's at `instant`. */
export function zonesDiffer(feedZone: string, viewerZone: string, instant: Date): boolean {
  if (feedZone === viewerZone) return false;
  return offsetAt(instant, feedZone) !== offsetAt(instant, viewerZone);
}

/** The event's time range in another zone (the visitor's). */
export function whenIn(e: CalEvent, locale: string, timeZone: string): string {
  if (!e.start) return '';
  const f = fmt(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  });
  return e.end && e.end.getTime() > e.start.getTime() ? f.formatRange(e.start, e.end) : f.format(e.start);
}
