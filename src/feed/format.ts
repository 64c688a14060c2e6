/** Dates and numbers through Intl, in the feed's time zone. Pure functions, no DOM. */
import { dateFormat, isDate, parseDateTime } from './dates.js';

export { dateFormat };

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/**
 * The instant of a feed date-time. A value without offset is wall time in `timeZone`.
 * A plain date is noon UTC of that day (only ever formatted as a date).
 */
export function toInstant(value: string, timeZone: string): Date | undefined {
  if (isDate(value)) {
    const [y, m, d] = value.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d, 12));
  }
  const p = parseDateTime(value);
  if (!p) return undefined;
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  if (p.offset !== undefined) return new Date(wall - p.offset * 60_000);
  return new Date(wall - zoneOffset(new Date(wall), timeZone) * 60_000);
}

const DAY = 86_400_000;

const dayOffsets = new Map<string, Map<number, number | null>>();

/**
 * The offset (minutes east of UTC) of `timeZone` at exactly `instant`. Remembered per UTC day
 * when the offset is the same at both ends of the day (a day with a change is always asked).
 */
export function offsetAt(instant: Date, timeZone: string): number {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) return 0;
  let days = dayOffsets.get(timeZone);
  if (!days) dayOffsets.set(timeZone, (days = new Map()));
  const day = Math.floor(ms / DAY);
  let known = days.get(day);
  if (known === undefined) {
    if (days.size > 20_000) days.clear();
    const a = exactOffset(new Date(day * DAY), timeZone);
    const b = exactOffset(new Date(day * DAY + DAY - 1000), timeZone);
    known = a === b ? a : null;
    days.set(day, known);
  }
  return known ?? exactOffset(instant, timeZone);
}

/** The offset of `timeZone` at `instant`, asked of Intl each time. */
export function exactOffset(instant: Date, timeZone: string): number {
  const f = dateFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const parts = f.formatToParts(instant);
  const n = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * Offset of `timeZone` in minutes for a wall time: `wall` is the wall clock read as if it were
 * UTC; the result is the offset in force then (two passes, so a wall time just after a change
 * gets the new offset).
 */
export function zoneOffset(wall: Date, timeZone: string): number {
  const first = offsetAt(wall, timeZone);
  return offsetAt(new Date(wall.getTime() - first * 60_000), timeZone);
}

export type DateStyle = 'long' | 'medium' | 'short';

/** A feed date (YYYY-MM-DD) or date-time, shown as a date in `timeZone`. */
export function formatDate(
  value: string | undefined,
  locale: string,
  timeZone: string,
  style: DateStyle = 'long',
): string {
  if (!value) return '';
  const instant = toInstant(value, timeZone);
  if (!instant) return value;
  const zone = isDate(value) ? 'UTC' : timeZone;
  return dateFormat(locale, { dateStyle: style, timeZone: zone }).format(instant);
}

/** A feed date-time shown as date and time in `timeZone`. */
export function formatDateTime(value: string | undefined, locale: string, timeZone: string): string {
  if (!value) return '';
  if (isDate(value)) return formatDate(value, locale, timeZone);
  const instant = toInstant(value, timeZone);
  if (!instant) return value;
  return dateFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(instant);
}

/** A number in the UI language, keeping up to `maxDigits` fraction digits. */
export function formatNumber(value: number, locale: string, maxDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits: maxDigits }).format(value);
}

/** A percentage (0–100 scale), rounded to a whole number (one decimal below 10 when not whole). */
export function formatPercent(value: number, locale: string): string {
  const digits = Math.abs(value) < 10 && !Number.isInteger(value) ? 1 : 0;
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(value / 100);
}
