/**
 * The ring itself as a template, shared by <civic-progress-ring> and the cards of
 * <civic-indicator-board> (so a board of 500 indicators renders rings without 500 shadow roots).
 * No feed code here: the standalone ring must stay small.
 */
import { html, svg, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../../internal/style-props.js';
import { msg, str } from '@lit/localize';
import { formatDate, formatNumber, formatPercent } from '../../feed/format.js';
import type { InvalidReason, Progress } from '../../feed/indicators.js';

export interface RingData {
  progress: Progress;
  /** The unit, already picked for the UI language ("" when there is none). */
  unit: string;
  /** The as-of date (YYYY-MM-DD, a calendar date); "" when unknown. */
  asOf: string;
  lang: string;
}

/** A number as given by the feed (no conversion, up to 6 fraction digits), in the UI language. */
export const num = (n: number, lang: string) => formatNumber(n, lang, 6);

function withUnit(n: number, data: RingData): string {
  const s = num(n, data.lang);
  return data.unit ? `${s} ${data.unit}` : s;
}

/** Why the progress cannot be computed, for residents (and web editors). */
export function invalidMessage(reason: InvalidReason | undefined): string {
  switch (reason) {
    case 'bad-target':
      return msg('Cannot compute progress: the target must be a number above zero.');
    case 'no-baseline':
      return msg('Cannot compute progress: a lower-is-better target needs a starting value (baseline).');
    case 'bad-baseline':
      return msg('Cannot compute progress: the starting value (baseline) must be above the target.');
    case 'bad-value':
      return msg('Cannot compute progress: the current value is not a number.');
    default:
      return msg('Cannot compute progress: it is not clear whether a higher or a lower value is better.');
  }
}

/** "1.2 / 1.45 万亩", "2 / ≤ 0 个", or "Target: 1.45 万亩" when there is no value yet. */
export function amountText(data: RingData): string {
  const p = data.progress;
  if (p.target === undefined) return '';
  const target = withUnit(p.target, data);
  const goal = p.comparison === 'at-most' ? `≤ ${target}` : target;
  if (p.value === undefined) return msg(str`Target: ${goal}`);
  return `${num(p.value, data.lang)} / ${goal}`;
}

/**
 * The amount line, the target and its unit ("378 公斤/亩", "1.45 10,000 mu") kept together: at
 * large text the line wraps before it, and inside it only when it is wider than a whole line.
 */
function amountView(data: RingData): TemplateResult | typeof nothing {
  const text = amountText(data);
  if (!text) return nothing;
  const p = data.progress;
  // The target with its unit is the one piece with break chances inside ("公斤/亩", "10,000 mu").
  const piece = withUnit(p.target!, data);
  const i = text.lastIndexOf(piece);
  if (i < 0) return html`<span class="amount">${text}</span>`;
  return html`<span class="amount">${text.slice(0, i)}<span class="whole">${piece}</span>${text.slice(i + piece.length)}</span>`;
}

export function asOfText(data: RingData): string {
  // A calendar date (no time zone to apply): the shared date formatter, as every widget's dates.
  return formatDate(data.asOf, data.lang, 'UTC');
}

export function percentText(data: RingData): string {
  const p = data.progress;
  return p.shownPercent === undefined ? '' : formatPercent(p.shownPercent, data.lang);
}

export function statusText(p: Progress): string {
  switch (p.status) {
    case 'reached':
      return msg('Target reached');
    case 'exceeded':
      return msg('Target exceeded');
    case 'no-data':
      return msg('No data yet');
    case 'invalid':
      return invalidMessage(p.reason);
    default:
      return '';
  }
}

/** The whole ring in words, in the UI language: "1.2 of 1.45 万亩, 83 percent, as of 30 September 2024". */
export function describe(data: RingData): string {
  const p = data.progress;
  const parts: string[] = [];
  if (p.status === 'invalid') return invalidMessage(p.reason);
  const target = p.target === undefined ? '' : withUnit(p.target, data);
  if (p.value === undefined) {
    parts.push(p.comparison === 'at-most' ? msg(str`target: at most ${target}`) : msg(str`target: ${target}`));
  } else {
    const value = num(p.value, data.lang);
    if (p.comparison === 'at-most') {
      const baseline = withUnit(p.baseline ?? 0, data);
      parts.push(msg(str`${value}, target at most ${target}, starting from ${baseline}`));
    } else {
      parts.push(msg(str`${value} of ${target}`));
    }
  }
  if (p.shownPercent !== undefined) parts.push(msg(str`${num(p.shownPercent, data.lang)} percent`));
  const status = statusText(p);
  if (status && p.status !== 'partial') parts.push(status);
  const asOf = asOfText(data);
  if (asOf) parts.push(msg(str`as of ${asOf}`));
  return parts.join(msg(', '));
}

const MARKS: Partial<Record<Progress['status'], string>> = {
  reached: '✓',
  exceeded: '▲',
  'no-data': '–',
  invalid: '!',
};

export interface RingOptions {
  /** id of the element that names the ring (its visible label or the card title). */
  labelledBy?: string;
  /** Accessible name when nothing on screen names it. */
  label?: string;
  /** A CSS length for the ring's diameter. */
  size?: string;
  /** Leave the as-of line out (the caller shows it). */
  hideAsOf?: boolean;
}

/** The SVG ring, the percentage in the middle, the amount, the status mark and the as-of date. */
export function ringView(data: RingData, opts: RingOptions = {}): TemplateResult {
  const p = data.progress;
  const pct = percentText(data);
  const status = statusText(p);
  const asOf = opts.hideAsOf ? '' : asOfText(data);
  const now = p.percent === undefined ? undefined : Math.round(Math.min(Math.max(p.percent, 0), 100));
  const mark = MARKS[p.status];
  return html`<div
    class="ring status-${p.status}"
    role="progressbar"
    aria-labelledby=${opts.labelledBy ?? nothing}
    aria-label=${opts.labelledBy ? nothing : (opts.label ?? nothing)}
    aria-valuemin="0"
    aria-valuemax="100"
    aria-valuenow=${now ?? nothing}
    aria-valuetext=${describe(data)}
    data-status=${p.status}
  >
    <div class="dial" ${styleProps({ '--civic-ring-size': opts.size })}>
      <svg class="svg" viewBox="0 0 100 100" aria-hidden="true" focusable="false" ${styleProps({ '--civic-ring-fill': String(p.fill) })}>
        ${svg`<circle class="track" part="track" cx="50" cy="50" r="42" pathLength="100"></circle>
          <circle class="hollow" cx="50" cy="50" r="42"></circle>`}
        ${p.fill > 0 ? svg`<circle class="indicator" part="indicator" cx="50" cy="50" r="42" pathLength="100"></circle>` : nothing}
      </svg>
      <span class="center" part="value">${pct || mark}</span>
    </div>
    ${amountView(data)}
    ${status
      ? html`<span class="mark">${mark && pct ? html`<span class="mark-icon" aria-hidden="true">${mark}</span> ` : nothing}${status}</span>`
      : nothing}
    ${asOf ? html`<span class="as-of">${msg(str`As of ${asOf}`)}</span>` : nothing}
  </div>`;
}
