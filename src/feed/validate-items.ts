/**
 * validate()'s checks of one kind of item: the repairs made before a task or an indicator is
 * parsed, and the checks of a parsed task (its updates), indicator or event.
 */
import { problem } from './messages.js';
import { LIMITS } from './limits.js';
import { COMPARISONS, TASK_STATUSES } from './schema.js';
import { isDate, parseDateTime } from './dates.js';
import { toInstant } from './format.js';
import { dayOf, isoDay, sortUpdates, utcDay } from './timeliness.js';
import { describe, pointer } from './validate-input.js';
import type { FeedEvent, Indicator, Problem, Task } from './types.js';

type Obj = Record<string, unknown>;
type Key = string | number;

/** What the checks of dates need to know of the feed. */
export interface FeedDates {
  timeZone: string;
  /** The feed's `updated` as a date in its time zone, when it has one. */
  asOfDay?: string;
  /** The instant (ms) that day ends in the zone: the start of the next day. */
  asOfEnd?: number;
}

/** FeedDates of a feed whose `updated` (if any) and time zone are these. */
export function feedDates(updated: string | undefined, timeZone: string): FeedDates {
  const asOfDay = updated === undefined ? undefined : dayOf(updated, timeZone);
  if (asOfDay === undefined) return { timeZone };
  const next = isoDay(new Date(utcDay(asOfDay, 1)));
  return { timeZone, asOfDay, asOfEnd: toInstant(`${next}T00:00`, timeZone)?.getTime() ?? Infinity };
}

/** A progress (0–100) out of range, clamped; the fixed value, or undefined when it was fine. */
function clampProgress(p: unknown, path: Key[], problems: Problem[]): number | undefined {
  if (typeof p !== 'number' || !Number.isFinite(p) || (p >= 0 && p <= 100)) return undefined;
  const fixed = Math.min(100, Math.max(0, p));
  problems.push(problem(pointer(path), 'warning', 'out-of-range', { value: p, min: 0, max: 100, fixed }));
  return fixed;
}

/** Field fixes that give a more useful result than dropping the field. */
export function preRepairTask(task: Obj, base: Key[], problems: Problem[], dates: FeedDates): boolean {
  const fixed = clampProgress(task.progress, [...base, 'progress'], problems);
  if (fixed !== undefined) task.progress = fixed;
  preRepairUpdates(task, base, problems, dates);
  const known = (TASK_STATUSES as readonly unknown[]).includes(task.status);
  if (!known) {
    problems.push(problem(pointer([...base, 'status']), 'warning', 'unknown-status', { value: describe(task.status).replace(/^"|"$/g, '') }));
    task.status = TASK_STATUSES[0];
  }
  return !known;
}

export function preRepairIndicator(ind: Obj, base: Key[], problems: Problem[]): void {
  if (ind.comparison !== undefined && !(COMPARISONS as readonly unknown[]).includes(ind.comparison)) {
    problems.push(problem(pointer([...base, 'comparison']), 'warning', 'unknown-comparison', { value: describe(ind.comparison).replace(/^"|"$/g, '') }));
    delete ind.comparison;
  }
}

export function checkIndicator(ind: Indicator, base: Key[], problems: Problem[]): void {
  if (ind.comparison === 'at-most' && ind.baseline === undefined) {
    problems.push(problem(pointer([...base, 'baseline']), 'warning', 'no-baseline'));
  }
  if (ind.comparison === 'at-least' && ind.target <= 0) {
    problems.push(problem(pointer([...base, 'target']), 'warning', 'bad-target', { value: ind.target }));
  }
}

export function checkEvent(ev: FeedEvent, base: Key[], problems: Problem[], zone: string): void {
  const allDay = isDate(ev.start);
  for (const field of ['start', 'end'] as const) {
    const value = ev[field];
    if (value && !isDate(value) && parseDateTime(value)?.offset === undefined) {
      problems.push(problem(pointer([...base, field]), 'warning', 'no-offset', { value, zone }));
    }
  }
  if (ev.end === undefined) return;
  if (allDay && !isDate(ev.end)) {
    const fixed = ev.end.slice(0, 10);
    problems.push(problem(pointer([...base, 'end']), 'warning', 'all-day-end-time', { fixed }));
    ev.end = fixed;
  } else if (!allDay && isDate(ev.end)) {
    problems.push(problem(pointer([...base, 'end']), 'warning', 'timed-end-date'));
    delete ev.end;
    return;
  }
  if (ev.end !== undefined && endsBeforeStart(ev.start, ev.end)) {
    problems.push(problem(pointer([...base, 'end']), 'warning', 'end-before-start'));
    delete ev.end;
  }
}

/** Compares two dates or two date-times; date-times without offset compare by wall time. */
function endsBeforeStart(start: string, end: string): boolean {
  const a = parseDateTime(start.length === 10 ? start + 'T00:00' : start);
  const b = parseDateTime(end.length === 10 ? end + 'T00:00' : end);
  if (!a || !b) return false;
  const ms = (p: NonNullable<typeof a>, other?: number) =>
    Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - (p.offset ?? other ?? 0) * 60_000;
  return ms(b, a.offset) < ms(a, b.offset);
}

/**
 * True when an update dated `date` is later than the feed's own `updated` (by date, in its
 * zone). No time-zone lookup per update: a date-time with offset is compared as an instant with
 * the end of the feed's day (a feed may hold thousands of updates; asking Intl is slow).
 */
function afterFeed(date: string, dates: FeedDates): boolean {
  if (dates.asOfDay === undefined) return false;
  const parts = isDate(date) ? undefined : parseDateTime(date);
  if (parts?.offset === undefined) return (isDate(date) || parts !== undefined) && date.slice(0, 10) > dates.asOfDay;
  return toInstant(date, dates.timeZone)!.getTime() >= dates.asOfEnd!;
}

/** A Text's strings cut to the update limit; the same value when none is too long. */
function cutText(text: unknown, path: Key[], problems: Problem[]): unknown {
  const cut = (s: unknown, at: Key[]) => {
    if (typeof s !== 'string' || s.length <= LIMITS.maxUpdateText) return s;
    problems.push(problem(pointer(at), 'warning', 'string-too-long', { limit: LIMITS.maxUpdateText }));
    return s.slice(0, LIMITS.maxUpdateText) + '…';
  };
  if (!text || typeof text !== 'object' || Array.isArray(text)) return cut(text, path);
  let out: Obj | undefined;
  for (const [lang, s] of Object.entries(text)) {
    const value = cut(s, [...path, lang]);
    if (value !== s) (out ??= { ...text })[lang] = value;
  }
  return out ?? text;
}

/**
 * A task's updates before parsing, at their positions in the input (so that problems point
 * there): progress clamped, long texts cut, a date-time without offset and a date after the
 * feed's `updated` reported (such an update is removed after parsing, by finishUpdates).
 * Copy on write: the caller's lists and objects are never changed.
 */
function preRepairUpdates(task: Obj, base: Key[], problems: Problem[], dates: FeedDates): void {
  const list = task.updates;
  if (!Array.isArray(list)) return;
  let out: unknown[] | undefined;
  list.forEach((update, j) => {
    if (!update || typeof update !== 'object' || Array.isArray(update)) return;
    const u = update as Obj;
    const at = [...base, 'updates', j];
    const fixed: Obj = {};
    const progress = clampProgress(u.progress, [...at, 'progress'], problems);
    if (progress !== undefined) fixed.progress = progress;
    const text = cutText(u.text, [...at, 'text'], problems);
    if (text !== u.text) fixed.text = text;
    const date = typeof u.date === 'string' ? u.date : '';
    const parts = isDate(date) ? undefined : parseDateTime(date);
    if (parts && parts.offset === undefined) {
      problems.push(problem(pointer([...at, 'date']), 'warning', 'no-offset', { value: date, zone: dates.timeZone }));
    }
    if (afterFeed(date, dates)) {
      problems.push(problem(pointer([...at, 'date']), 'warning', 'update-after-feed', { value: date, updated: dates.asOfDay! }));
    }
    if (Object.keys(fixed).length) (out ??= list.slice())[j] = { ...u, ...fixed };
  });
  if (out) task.updates = out;
}

/**
 * A parsed task's updates: those dated after the feed's `updated` removed (reported before
 * parsing), only the newest LIMITS.maxUpdates kept (chosen by the date as written, which needs
 * no time-zone work for the ones dropped), sorted newest first.
 */
export function finishUpdates(task: Task, base: Key[], problems: Problem[], dates: FeedDates): void {
  if (!task.updates) return;
  let list = task.updates.filter((u) => !afterFeed(u.date, dates));
  if (list.length > LIMITS.maxUpdates) {
    problems.push(problem(pointer([...base, 'updates']), 'warning', 'too-many-items', { limit: LIMITS.maxUpdates }));
    const written = list.map((u, i) => ({ u, i, day: u.date.slice(0, 10) }));
    written.sort((a, b) => (a.day === b.day ? a.i - b.i : a.day < b.day ? 1 : -1));
    list = written.slice(0, LIMITS.maxUpdates).map((x) => x.u);
  }
  task.updates = sortUpdates(list, dates.timeZone);
}
