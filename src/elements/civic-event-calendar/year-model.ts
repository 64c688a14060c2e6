/**
 * The year view's data: the year's events with the occurrences of recurring ones (expanded over
 * the year only), how many events each day and each month has, and where a month's tab stop is.
 * Pure functions, no DOM, tested in Node. Loaded with the year view only (it imports the
 * recurrence expansion).
 */
import { expandEvents, type LunarRules } from '../../feed/recurrence.js';
import type { Feed, Problem } from '../../feed/types.js';
import { addDays, daysInMonth, inCategories, monthOf, readEvents, type CalEvent } from './calendar-model.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** The twelve months (YYYY-MM) of `year` (YYYY). */
export const yearMonths = (year: string): string[] => Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`);

export interface YearData {
  year: string;
  /** The year's events and occurrences, in the chosen categories, sorted. */
  events: CalEvent[];
  /** Events on each day of the year that has any (a multi-day event counts on each of its days). */
  days: Map<string, number>;
  /** Events that touch each month (YYYY-MM → count; months without events are absent). */
  months: Map<string, number>;
  /** A lunar or solar-term series waits for the lunar rules (only its first occurrence is in). */
  pending: boolean;
  /** The expansion's problems (recurrence-capped). */
  problems: Problem[];
}

/**
 * The events of `year` (YYYY): the feed's events and the occurrences of its recurring events that
 * touch the year (in the feed's time zone), read as the calendar reads events, in the categories
 * `chosen` (empty: all). Lunar and solar-term series need `lunar`.
 */
export function yearData(feed: Feed, year: string, lang: string, chosen: ReadonlySet<string>, lunar?: LunarRules): YearData {
  const expansion = expandEvents(feed.events, { from: `${year}-01-01`, to: `${year}-12-31`, timeZone: feed.timeZone, lunar });
  const events = inCategories(readEvents({ ...feed, events: expansion.events }, lang), chosen);
  return { year, events, ...countYear(events, year), pending: expansion.pending, problems: expansion.problems };
}

/** How many events touch each day and each month of `year`. */
export function countYear(events: readonly CalEvent[], year: string): { days: Map<string, number>; months: Map<string, number> } {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const days = new Map<string, number>();
  const months = new Map<string, number>();
  for (const e of events) {
    if (e.endDate < first || e.startDate > last) continue;
    const seen = new Set<string>();
    // At most 366 steps: the days of the event inside the year.
    for (let d = e.startDate < first ? first : e.startDate, i = 0; d <= e.endDate && d <= last && i < 366; d = addDays(d, 1), i++) {
      days.set(d, (days.get(d) ?? 0) + 1);
      seen.add(monthOf(d));
    }
    for (const m of seen) months.set(m, (months.get(m) ?? 0) + 1);
  }
  return { days, months };
}

/** The first day of `month` with events, if any. */
export function firstEventDay(days: ReadonlyMap<string, number>, month: string): string | undefined {
  for (let d = 1; d <= daysInMonth(month); d++) if (days.has(`${month}-${pad(d)}`)) return `${month}-${pad(d)}`;
  return undefined;
}

/** A month's one tab stop: the active day when it is in this month, else its first day with events, else the 1st. */
export function monthTabStop(month: string, active: string, days: ReadonlyMap<string, number>): string {
  return monthOf(active) === month ? active : (firstEventDay(days, month) ?? `${month}-01`);
}
