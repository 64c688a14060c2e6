/**
 * An indicator's history on its card: the trend line (a picture, named by its first and last
 * dated values) and, one step away, every dated value as a list. The list reads newest first,
 * like the task list's update timeline (the validator sorts a task's updates newest first), and
 * its dates use the same formatter (formatDate, src/feed/format.ts), so the board's history and
 * the task's timeline read as one history.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDate, formatNumber } from '../../feed/format.js';
import { trendPoints } from '../../feed/indicators.js';
import { num } from '../civic-progress-ring/ring-view.js';
import type { Item } from './board-model.js';

type Point = { date: string; value: number };

/** The usable history points, newest first (a date that sorts the same way as the trend line). */
export function historyNewestFirst(item: Item): Point[] {
  return (item.ind.history ?? [])
    .filter((h) => typeof h.value === 'number' && Number.isFinite(h.value) && typeof h.date === 'string')
    .slice()
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** The trend line and the dated values (nothing when the indicator has fewer than two). */
export function trendView(item: Item, lang: string): TemplateResult | typeof nothing {
  const pts = trendPoints(item.ind.history ?? []);
  if (!pts.length) return nothing;
  const list = historyNewestFirst(item);
  const newest = list[0];
  const oldest = list[list.length - 1];
  const unit = item.data.unit;
  const v = (n: number) => (unit ? `${num(n, lang)} ${unit}` : num(n, lang));
  const date = (d: string) => formatDate(d, lang, 'UTC');
  const label = msg(str`Trend: from ${v(oldest.value)} on ${date(oldest.date)} to ${v(newest.value)} on ${date(newest.date)}`);
  const y = (p: { y: number }) => 28 - p.y * 0.24;
  const end = pts[pts.length - 1];
  return html`<svg class="trend" part="trend" viewBox="0 0 100 30" preserveAspectRatio="none" role="img" aria-label=${label}>
      ${svg`<polyline points=${pts.map((p) => `${p.x.toFixed(2)},${y(p).toFixed(2)}`).join(' ')}></polyline>
      <circle cx=${end.x.toFixed(2)} cy=${y(end).toFixed(2)} r="2"></circle>`}
    </svg>
    <details class="history" part="history">
      <summary>${msg(str`History (${formatNumber(list.length, lang)} values)`)}</summary>
      <ol class="history-list">
        ${list.map((p) => html`<li><span class="history-date">${date(p.date)}</span> <span class="num">${v(p.value)}</span></li>`)}
      </ol>
    </details>`;
}
