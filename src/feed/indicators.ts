/**
 * Progress toward an indicator's target. Pure functions, no DOM: shared by <civic-progress-ring>
 * and <civic-indicator-board>, usable from Node.
 *
 * - "at-least" (higher is better): value / target.
 * - "at-most" (lower is better): (baseline − value) / (baseline − target), i.e. how much of the way
 *   from the baseline down to the target has been covered.
 * - No value yet is "no-data" (never 0 %). Inputs that make progress meaningless (a target of zero
 *   or below for "at-least", "at-most" without a baseline above the target, an unknown comparison,
 *   a value that is not a number) are "invalid" with a reason code; nothing is guessed.
 */
import { dateFormat } from './dates.js';
import type { Comparison } from './types.js';

export type ProgressStatus = 'no-data' | 'invalid' | 'partial' | 'reached' | 'exceeded';

/** Why progress cannot be computed. */
export type InvalidReason =
  | 'bad-target' // the target is missing, not a number, or ≤ 0 for "at-least"
  | 'no-baseline' // "at-most" without a baseline
  | 'bad-baseline' // "at-most" with a baseline that is not above the target
  | 'bad-value' // the value is not a finite number
  | 'unknown-comparison'; // neither "at-least" nor "at-most"

export interface ProgressInput {
  value?: unknown;
  target?: unknown;
  comparison?: unknown;
  baseline?: unknown;
}

export interface Progress {
  status: ProgressStatus;
  comparison: Comparison;
  /** The real percentage (may be above 100, or below 0 when an "at-most" value got worse). */
  percent?: number;
  /** The percentage to show: rounded so that a partial value never reads 100 % and an exceeded one never reads 100 % either. */
  shownPercent?: number;
  /** How much of the ring to fill, 0–100. */
  fill: number;
  value?: number;
  target?: number;
  baseline?: number;
  reason?: InvalidReason;
}

/**
 * A number from a feed value or an attribute: finite numbers as they are, numeric strings
 * ("1.45", " 378 ") parsed; null/undefined/"" are "absent"; anything else is "bad".
 */
export function toNumber(input: unknown): number | null | 'bad' {
  if (input === undefined || input === null) return null;
  if (typeof input === 'number') return Number.isFinite(input) ? input : 'bad';
  if (typeof input === 'string') {
    const s = input.trim();
    if (s === '') return null;
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(s)) return 'bad';
    const n = Number(s);
    return Number.isFinite(n) ? n : 'bad';
  }
  return 'bad';
}

/** Percentage rounded for display (whole numbers; one decimal below 10 when not whole). */
function roundShown(p: number): number {
  return Math.abs(p) < 10 ? Math.round(p * 10) / 10 : Math.round(p);
}

/** Computes the progress of one indicator; never throws. */
export function computeProgress(input: ProgressInput): Progress {
  const raw = input.comparison;
  const known = raw === undefined || raw === null || raw === '' || raw === 'at-least' || raw === 'at-most';
  const comparison: Comparison = raw === 'at-most' ? 'at-most' : 'at-least';
  const t = toNumber(input.target);
  const b = toNumber(input.baseline);
  const v = toNumber(input.value);
  const target = typeof t === 'number' ? t : undefined;
  const baseline = typeof b === 'number' ? b : undefined;
  const value = typeof v === 'number' ? v : undefined;
  const base = { comparison, target, baseline, value, fill: 0 };
  const invalid = (reason: InvalidReason): Progress => ({ ...base, status: 'invalid', reason });

  if (!known) return invalid('unknown-comparison');
  if (target === undefined) return invalid('bad-target');
  if (comparison === 'at-least' && target <= 0) return invalid('bad-target');
  if (comparison === 'at-most') {
    if (b === null) return invalid('no-baseline');
    if (baseline === undefined || baseline <= target) return invalid('bad-baseline');
  }
  if (v === 'bad') return invalid('bad-value');
  if (value === undefined) return { ...base, status: 'no-data' };

  const percent =
    comparison === 'at-least' ? (value / target) * 100 : ((baseline! - value) / (baseline! - target)) * 100;
  const beyond = comparison === 'at-least' ? value > target : value < target;
  const status: ProgressStatus = beyond ? 'exceeded' : percent >= 100 ? 'reached' : 'partial';
  let shown = roundShown(percent);
  if (status === 'partial' && shown >= 100) shown = 99;
  if (status === 'reached') shown = 100;
  if (status === 'exceeded' && shown <= 100) shown = 101;
  const fill = status === 'partial' ? Math.min(Math.max(percent, 0), 99) : 100;
  return { ...base, status, percent, shownPercent: shown, fill };
}

/** A trend line's points (x, y in 0–100, y up is higher) from dated values, oldest first. */
export function trendPoints(history: readonly { date: string; value: number }[]): { x: number; y: number }[] {
  const pts = history
    .filter((h) => typeof h.value === 'number' && Number.isFinite(h.value) && typeof h.date === 'string')
    .slice()
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (pts.length < 2) return [];
  const times = pts.map((p) => Date.parse(p.date + 'T00:00:00Z'));
  const t0 = times[0];
  const span = times[times.length - 1] - t0 || 1;
  const values = pts.map((p) => p.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const range = hi - lo || 1;
  return pts.map((p, i) => ({
    x: ((times[i] - t0) / span) * 100,
    y: hi === lo ? 50 : ((p.value - lo) / range) * 100,
  }));
}

/**
 * Order for sort="progress": the furthest behind first (lowest real percentage), then reached and
 * exceeded; indicators with no data yet, then those that cannot be computed, at the end.
 * Stable with Array.prototype.sort, so ties keep feed order.
 */
export function compareProgress(a: Progress, b: Progress): number {
  const rank = (p: Progress) => (p.percent !== undefined ? 0 : p.status === 'no-data' ? 1 : 2);
  const r = rank(a) - rank(b);
  if (r !== 0) return r;
  return (a.percent ?? 0) - (b.percent ?? 0);
}

/**
 * An indicator's as-of date (YYYY-MM-DD, a calendar date: no time zone applies) in the UI
 * language, the same output as formatDate() for a plain date; anything else is returned as given.
 */
export function formatPlainDate(value: string, locale: string, style: 'long' | 'medium' = 'long'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 12));
  if (d.getUTCDate() !== +m[3]) return value;
  return dateFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(d);
}
