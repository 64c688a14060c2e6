/** Calendar-date and date-time checks for feed values. Pure functions, no DOM. */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function realDay(y: number, m: number, d: number): boolean {
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** True for a real calendar date written YYYY-MM-DD (2024-02-30 is not). */
export function isDate(value: string): boolean {
  const m = DATE.exec(value);
  return !!m && realDay(+m[1], +m[2], +m[3]);
}

export interface DateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Offset in minutes east of UTC, or undefined when the value has none. */
  offset?: number;
}

/** Parses an ISO 8601 date-time (offset optional); undefined when it is not a real one. */
export function parseDateTime(value: string): DateTimeParts | undefined {
  const m = DATE_TIME.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = [+m[1], +m[2], +m[3], +m[4], +m[5]];
  const second = m[6] ? +m[6] : 0;
  if (!realDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  let offset: number | undefined;
  if (m[7]) {
    if (m[7].toUpperCase() === 'Z') offset = 0;
    else {
      const sign = m[7][0] === '-' ? -1 : 1;
      const digits = m[7].slice(1).replace(':', '');
      const oh = +digits.slice(0, 2);
      const om = +digits.slice(2);
      if (oh > 14 || om > 59) return undefined;
      offset = sign * (oh * 60 + om);
    }
  }
  return { year, month, day, hour, minute, second, offset };
}

/** True for a date-time that carries its offset (Z or ±hh:mm). */
export function isDateTimeWithOffset(value: string): boolean {
  return parseDateTime(value)?.offset !== undefined;
}

/** True for a date-time with or without offset. */
export function isDateTime(value: string): boolean {
  return parseDateTime(value) !== undefined;
}

/** The time zone of a feed that names none. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached Intl.DateTimeFormat (making one costs milliseconds; every render formats dates). */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/** The calendar date (YYYY-MM-DD) of `instant` in the IANA time zone `timeZone`. */
export function dateInZone(instant: Date, timeZone: string): string {
  const parts = dateFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Today's date (YYYY-MM-DD) in `timeZone`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return dateInZone(now, timeZone);
}

/** True when `timeZone` is an IANA zone this runtime knows (a known zone's formatter is cached). */
export function isTimeZone(timeZone: string): boolean {
  try {
    dateFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
