/**
 * Truth as time passes: how old a feed's data is, and whether a task's due date had passed
 * when it was last reported on. Pure functions, no DOM, usable from Node.
 *
 * Every comparison is between calendar dates in the feed's time zone: a date-time is turned
 * into its date there (2024-09-30T23:30:00Z is 1 October in Beijing), and "today" is today
 * there (todayIn). A date (YYYY-MM-DD) is already a calendar date in that zone.
 */
import { isDate, parseDateTime, todayIn } from './dates.js';
import { offsetAt, toInstant } from './format.js';
import type { Feed, Task, TaskUpdate } from './types.js';

/** The default of the widgets' `stale-after` attribute: data older than this many days gets a notice. */
export const STALE_AFTER_DAYS = 90;

/**
 * Editors are warned (console, debug view, configurator) when the data is older than this:
 * the State Council's inspection indicators for government websites (国办秘函〔2019〕19号)
 * count a work-progress column not updated for two weeks against the site.
 */
export const EDITOR_STALE_DAYS = 14;

const DAY_MS = 86_400_000;

/**
 * The calendar date (YYYY-MM-DD) of a feed date or date-time in `timeZone`: a date as it is, a
 * date-time with offset as the date it is in the zone, a date-time without offset as its own
 * date (it is wall time in the zone). undefined when `value` is neither.
 */
export function dayOf(value: string, timeZone: string): string | undefined {
  if (isDate(value)) return value;
  const parts = parseDateTime(value);
  if (!parts) return undefined;
  if (parts.offset === undefined) return value.slice(0, 10);
  // The wall clock in the zone, from the zone's offset at that instant (remembered per day:
  // a feed may hold thousands of updates, and Intl is slow to ask).
  const instant = toInstant(value, timeZone)!;
  return isoDay(new Date(instant.getTime() + offsetAt(instant, timeZone) * 60_000));
}

const pad = (n: number, size = 2) => String(n).padStart(size, '0');

/** The UTC calendar date of `t`, YYYY-MM-DD. */
export function isoDay(t: Date): string {
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** The sort key of a feed date or date-time: its day in the zone, then its instant (a date: none). */
function timeKey(value: string, timeZone: string): [day: string, ms: number] | undefined {
  const day = dayOf(value, timeZone);
  if (day === undefined) return undefined;
  return [day, isDate(value) ? -Infinity : toInstant(value, timeZone)!.getTime()];
}

/** Newest first: by day in the zone; on one day, timed values newest first, then plain dates. */
function newerFirst(a: [string, number], b: [string, number]): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? 1 : -1;
  return a[1] === b[1] ? 0 : a[1] < b[1] ? 1 : -1;
}

/**
 * Updates sorted newest first (a new list; the order of the feed is kept between updates of
 * the same moment). On one day, an update with a time comes before one with a date only.
 * An update whose date cannot be read goes last.
 */
export function sortUpdates<T extends Pick<TaskUpdate, 'date'>>(updates: readonly T[], timeZone: string): T[] {
  const keyed = updates.map((u, i) => ({ u, i, key: timeKey(u.date, timeZone) }));
  keyed.sort((a, b) => {
    if (!a.key || !b.key) return a.key ? -1 : b.key ? 1 : a.i - b.i;
    return newerFirst(a.key, b.key) || a.i - b.i;
  });
  return keyed.map((k) => k.u);
}

/** The newest update of a task (the validator sorts them newest first), or undefined. */
export function latestUpdate(task: Pick<Task, 'updates'>): TaskUpdate | undefined {
  return task.updates?.[0];
}

/**
 * The newest date among the items of a feed: the tasks' `updated` and their updates' dates, the
 * indicators' `asOf` and their history dates. Due dates, milestones and events are plans, not
 * reports, and do not count. undefined when there is none.
 */
export function newestItemDate(feed: Pick<Feed, 'tasks' | 'indicators' | 'timeZone'>): string | undefined {
  let best: string | undefined;
  let bestKey: [string, number] | undefined;
  const consider = (value: string | undefined) => {
    if (value === undefined) return;
    const key = timeKey(value, feed.timeZone);
    if (key && (!bestKey || newerFirst(key, bestKey) < 0)) [best, bestKey] = [value, key];
  };
  for (const task of feed.tasks) {
    consider(task.updated);
    for (const u of task.updates ?? []) consider(u.date);
  }
  for (const ind of feed.indicators) {
    consider(ind.asOf);
    for (const point of ind.history ?? []) consider(point.date);
  }
  return best;
}

/**
 * What the feed's data is as of: its `updated` when it has one, else the newest date among its
 * items (newestItemDate). A date or date-time string as the feed writes it (format it with
 * formatDate); undefined when the feed holds no date at all.
 */
export function dataAsOf(feed: Pick<Feed, 'updated' | 'tasks' | 'indicators' | 'timeZone'>): string | undefined {
  return feed.updated ?? newestItemDate(feed);
}

export interface DataAge {
  /** Whole calendar days from the as-of date to today, in the feed's time zone (0: today). */
  days: number;
  /** Whole months elapsed (2024-09-30 → 2026-12-01: 26); a month is complete on the same day of the month. */
  months: number;
  /** Whole years elapsed (months ÷ 12, rounded down). */
  years: number;
}

/** Midnight UTC of a YYYY-MM-DD, `days` later, in ms (years below 100 too, unlike Date.UTC). */
export function utcDay(date: string, days = 0): number {
  const t = new Date(0);
  t.setUTCFullYear(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10) + days);
  return t.getTime();
}

/** Days from one YYYY-MM-DD to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/**
 * How old data as of `asOf` (a feed date or date-time) is at `now`, in calendar days and whole
 * months in `timeZone`. Data dated in the future (a wrong clock, a typo) is 0 days old.
 * undefined when `asOf` is not a date.
 */
export function dataAge(asOf: string, now: Date, timeZone: string): DataAge | undefined {
  const from = dayOf(asOf, timeZone);
  if (from === undefined) return undefined;
  const today = todayIn(timeZone, now);
  if (today <= from) return { days: 0, months: 0, years: 0 };
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return { days: daysBetween(from, today), months, years: Math.floor(months / 12) };
}

/**
 * True when data as of `asOf` is older than `staleAfterDays` whole days at `now` (exactly
 * `staleAfterDays` old is not yet stale). False when there is no date to judge by. A
 * `staleAfterDays` that is not a number ≥ 0 (a bad attribute) means the default, 90.
 */
export function isStale(asOf: string | undefined, now: Date, timeZone: string, staleAfterDays: number = STALE_AFTER_DAYS): boolean {
  if (asOf === undefined) return false;
  const limit = Number.isFinite(staleAfterDays) && staleAfterDays >= 0 ? staleAfterDays : STALE_AFTER_DAYS;
  const age = dataAge(asOf, now, timeZone);
  return age !== undefined && age.days > limit;
}

export interface FeedTimeliness {
  /** dataAsOf(feed). */
  asOf?: string;
  /** True when `asOf` is the newest item date because the feed has no `updated`. */
  fromItems: boolean;
  age?: DataAge;
  /** Older than `staleAfterDays`: residents see a notice. */
  stale: boolean;
  /** Older than EDITOR_STALE_DAYS: editors are warned. */
  editorStale: boolean;
}

/** Everything a widget shows about the age of its feed, at `now`. */
export function feedTimeliness(feed: Feed, now: Date, staleAfterDays: number = STALE_AFTER_DAYS): FeedTimeliness {
  const asOf = dataAsOf(feed);
  return {
    asOf,
    fromItems: feed.updated === undefined && asOf !== undefined,
    age: asOf === undefined ? undefined : dataAge(asOf, now, feed.timeZone),
    stale: isStale(asOf, now, feed.timeZone, staleAfterDays),
    editorStale: isStale(asOf, now, feed.timeZone, EDITOR_STALE_DAYS),
  };
}

/**
 * - overdue: the due date had already passed when the information was given, and the work was
 *   not done then. Shown as overdue.
 * - due-no-update: the due date has passed since the information was given (or the information
 *   has no date): nobody has reported since. A neutral marker, not overdue.
 */
export type DueState = 'overdue' | 'due-no-update';

/**
 * The rule behind dueState, for anything with a due date (a task, a milestone).
 * `done`: true when completed, false when not, undefined when not known (an unknown status).
 * `infoAsOf`: when the information was given (a feed date or date-time), undefined when unknown.
 * A due date is "passed" on the day after it (a task due 2024-12-31 is on time all that day).
 */
export function dueStateAt(
  due: string | undefined,
  done: boolean | undefined,
  infoAsOf: string | undefined,
  timeZone: string,
  now: Date,
): DueState | undefined {
  if (!due || !isDate(due) || done === true) return undefined;
  if (!(due < todayIn(timeZone, now))) return undefined;
  const infoDay = infoAsOf === undefined ? undefined : dayOf(infoAsOf, timeZone);
  if (infoDay !== undefined && due < infoDay) return done === false ? 'overdue' : undefined;
  return 'due-no-update';
}

/**
 * Whether a task is overdue, judged honestly: only when its due date had passed at the time of
 * its information (its own `updated`, else the feed's `updated`) and it was not completed then.
 * A due date passed only since then is 'due-no-update'; with no date for the information at all,
 * a task is never overdue, at most 'due-no-update'. Completed tasks are neither; a task of unknown
 * status is never overdue (it may have been completed).
 */
export function dueState(
  task: Pick<Task, 'due' | 'status' | 'updated'>,
  feed: Pick<Feed, 'updated' | 'timeZone'>,
  now: Date,
): DueState | undefined {
  const done = task.status === 'completed' ? true : task.status === 'unknown' ? undefined : false;
  return dueStateAt(task.due, done, task.updated ?? feed.updated, feed.timeZone, now);
}

export interface DueCounts {
  overdue: number;
  dueNoUpdate: number;
}

/**
 * "Of which" counts beside the four statuses (never a fifth status: the statuses still add up
 * to the number of tasks): how many of `tasks` are overdue, and how many are due with no update.
 */
export function dueCounts(
  tasks: readonly Pick<Task, 'due' | 'status' | 'updated'>[],
  feed: Pick<Feed, 'updated' | 'timeZone'>,
  now: Date,
): DueCounts {
  const counts: DueCounts = { overdue: 0, dueNoUpdate: 0 };
  for (const task of tasks) {
    const state = dueState(task, feed, now);
    if (state === 'overdue') counts.overdue++;
    else if (state === 'due-no-update') counts.dueNoUpdate++;
  }
  return counts;
}
