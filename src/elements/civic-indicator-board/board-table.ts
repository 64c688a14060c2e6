/**
 * The table view of <civic-indicator-board>. One table per section (each under the section's
 * heading, as the cards are), so every cell is associated by plain `scope="col"` and
 * `scope="row"` headers: the simplest association, which axe, IBM's checker and every common
 * screen reader handle (a `scope="rowgroup"` header across a section's rows is flagged by one
 * engine and read unevenly; `headers="…"` lists are not read by VoiceOver).
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { formatDate, formatNumber, formatPercent } from '../../feed/format.js';
import type { Progress } from '../../feed/indicators.js';
import { heading } from '../../internal/heading.js';
import { num, statusText } from '../civic-progress-ring/ring-view.js';
import type { Group, Item, Model } from './board-model.js';

function progressCell(p: Progress, lang: string): string {
  const status = statusText(p);
  if (p.shownPercent === undefined) return status;
  const pct = formatPercent(p.shownPercent, lang);
  return p.status === 'partial' ? pct : msg(str`${pct} (${status})`);
}

function row(item: Item, lang: string): TemplateResult {
  const p = item.data.progress;
  const target = p.target === undefined ? '' : (p.comparison === 'at-most' ? '≤ ' : '') + formatNumber(p.target, lang, 6);
  return html`<tr data-status=${p.status}>
    <th scope="row" lang=${ifDefined(item.titleLang)}>${item.title}</th>
    <td class="num">${p.value === undefined ? '–' : num(p.value, lang)}</td>
    <td class="num">${target}</td>
    <td lang=${ifDefined(item.unitLang)}>${item.data.unit}</td>
    <td>${progressCell(p, lang)}</td>
    <td>${formatDate(item.data.asOf, lang, 'UTC')}</td>
  </tr>`;
}

/** One table: a caption, the column headers, a row per indicator (its title is the row header). */
function table(items: Item[], lang: string, id: string, labelledBy: string): TemplateResult {
  // Role, name and tab stop only while the table overflows: scroll-region.ts.
  return html`<div class="table-wrap" data-labelledby=${labelledBy}>
    <table part="table">
      <caption id=${id}>${msg(str`Indicators (${formatNumber(items.length, lang)})`)}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Indicator')}</th>
          <th scope="col">${msg('Value')}</th>
          <th scope="col">${msg('Target')}</th>
          <th scope="col">${msg('Unit')}</th>
          <th scope="col">${msg('Progress')}</th>
          <th scope="col">${msg('As of')}</th>
        </tr>
      </thead>
      <tbody>
        ${items.map((item) => row(item, lang))}
      </tbody>
    </table>
  </div>`;
}

/**
 * The table view: one table, or (grouped) a section per group with its heading at `level` and
 * its own table, named by the heading and its caption.
 */
export function tableView(model: Model, lang: string, grouped: boolean, level: number): TemplateResult {
  if (!grouped) return table(model.groups[0].items, lang, 'table-caption', 'table-caption');
  return html`${model.groups.map(
    (g: Group, gi) => html`<section class="section" part="section" aria-labelledby=${`s-${gi}`}>
      ${heading(level, g.title, { class: 'section-title', part: 'section-title', id: `s-${gi}`, lang: g.titleLang })}
      ${table(g.items, lang, `c-${gi}`, `s-${gi} c-${gi}`)}
    </section>`,
  )}`;
}
