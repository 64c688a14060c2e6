/**
 * validate()'s checks of one kind of item: the repairs made before a task or an indicator is
 * parsed, and the checks of a parsed indicator or event.
 */
import { problem } from './messages.js';
import { COMPARISONS, TASK_STATUSES } from './schema.js';
import { isDate, parseDateTime } from './dates.js';
import { describe, pointer } from './validate-input.js';
import type { FeedEvent, Indicator, Problem } from './types.js';

type Obj = Record<string, unknown>;
type Key = string | number;

/** Field fixes that give a more useful result than dropping the field. */
export function preRepairTask(task: Obj, base: Key[], problems: Problem[]): boolean {
  const p = task.progress;
  if (typeof p === 'number' && Number.isFinite(p) && (p < 0 || p > 100)) {
    const fixed = Math.min(100, Math.max(0, p));
    problems.push(problem(pointer([...base, 'progress']), 'warning', 'out-of-range', { value: p, min: 0, max: 100, fixed }));
    task.progress = fixed;
  }
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
