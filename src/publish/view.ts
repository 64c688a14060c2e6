/**
 * The workbench's result views (lit-html templates rendered into the page's light DOM): how each
 * column was understood, the problems by sheet, row and column with the cell as the clerk sees
 * it, the preview of the four widgets and the downloads. Feed and cell text is rendered as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { sheetDef } from '../cli/columns.js';
import type { ColumnMapping, LedgerProblem } from '../cli/ledger.js';
import type { Feed } from '../feed/types.js';
import type { Download } from './downloads.js';
import { pageText, type PageLang } from './text.js';

type Severity = LedgerProblem['severity'];

/** Severity told by a word and a shape, never by colour alone. */
const ICON: Record<Severity, string> = { error: '✖', warning: '▲', note: 'ℹ' };

/** The name of a field in `lang` (the ledger reader's labels, for a choice's candidates). */
export function fieldLabel(kind: ColumnMapping['kind'], field: string, lang: PageLang): string {
  const c = sheetDef(kind).columns.find((x) => x.field === field);
  return c ? (lang === 'en' ? c.field : c.zh) : field;
}

const choiceId = (c: ColumnMapping) => `choice-${c.file}-${c.sheet ?? ''}-${c.column}`.replace(/[^\w-]/g, (ch) => `_${ch.codePointAt(0)}`);

export function columnsView(columns: ColumnMapping[], lang: PageLang, choices: Record<string, string>, onChoose: (header: string, field: string) => void): TemplateResult {
  const t = (k: Parameters<typeof pageText>[1], p?: Record<string, string | number>) => pageText(lang, k, p);
  if (columns.length === 0) return html`<p>${t('columnsNone')}</p>`;
  const field = (c: ColumnMapping) => {
    if (c.candidates) {
      const id = choiceId(c);
      return html`<span class="ambiguous"><span aria-hidden="true">${ICON.error}</span> ${t('ambiguous')}</span>
        <label class="visually-hidden" for=${id}>${t('chooseField', { header: c.header })}</label>
        <select id=${id} @change=${(e: Event) => onChoose(c.header, (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!choices[c.header]}>${t('choosePrompt')}</option>
          ${c.candidates.map((f) => html`<option value=${f} ?selected=${choices[c.header] === f}>${fieldLabel(c.kind, f, lang)}</option>`)}
        </select>`;
    }
    return c.field ? c.label || c.field : html`<span class="not-read">${t('notRead')}</span>`;
  };
  // One table a sheet (or CSV file), its caption naming it and its header row.
  const groups = new Map<string, ColumnMapping[]>();
  for (const c of columns) {
    const key = `${c.file}\u0000${c.sheet ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return html`${[...groups.values()].map((group, i) => {
    const first = group[0];
    const caption = t(first.sheet ? 'sheetCaption' : 'fileCaption', { v: first.sheet ?? first.file, row: first.row });
    return html`<h3 id=${`columns-caption-${i}`}>${caption}</h3>
      <div class="scroll" tabindex="0" role="region" aria-labelledby=${`columns-caption-${i}`}>
      <table class="columns" aria-labelledby=${`columns-caption-${i}`}>
        <thead>
          <tr>
            <th scope="col">${t('colHeader')}</th>
            <th scope="col">${t('colField')}</th>
          </tr>
        </thead>
        <tbody>
          ${group.map(
            (c) => html`<tr>
              <th scope="row"><span class="letter">${c.column}</span> ${c.header}</th>
              <td>${field(c)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  })}`;
}

/** Where a problem is: sheet (or file), row, column and the column's header. */
export function whereText(p: LedgerProblem, lang: PageLang, oneFile: boolean): string {
  const w = p.where;
  if (!w) return '';
  const parts: string[] = [];
  if (w.sheet) parts.push(pageText(lang, 'sheet', { v: w.sheet }));
  if (w.file && (!oneFile || !w.sheet)) parts.unshift(pageText(lang, 'file', { v: w.file }));
  if (w.row !== undefined) parts.push(pageText(lang, 'row', { v: w.row }));
  if (w.column) parts.push(pageText(lang, 'column', { v: w.column }) + (w.header ? (lang === 'zh' ? `（${w.header}）` : ` (${w.header})`) : ''));
  return parts.join(lang === 'zh' ? ' ' : ', ');
}

export function problemsView(problems: LedgerProblem[], lang: PageLang, oneFile: boolean): TemplateResult {
  const t = (k: Parameters<typeof pageText>[1]) => pageText(lang, k);
  if (problems.length === 0) return html`<p class="all-clear"><span aria-hidden="true">✔</span> ${t('problemsNone')}</p>`;
  const hasErrors = problems.some((p) => p.severity === 'error');
  return html`${hasErrors ? html`<p class="help">${t('errorsHelp')}</p>` : nothing}
    <ol class="problems">
      ${problems.map((p) => {
        const where = whereText(p, lang, oneFile);
        const cell = p.where?.cell;
        return html`<li class="problem ${p.severity}" data-code=${p.code}>
          <span class="severity"><span class="icon" aria-hidden="true">${ICON[p.severity]}</span> ${t(p.severity)}</span>
          ${where ? html`<span class="where">${where}</span>` : nothing}
          <span class="text">${lang === 'en' ? p.message.en : p.message['zh-Hans']}</span>
          ${cell !== undefined && cell !== '' ? html`<span class="cell">${t('cell')}${lang === 'zh' ? '：' : ': '}<q>${cell}</q></span>` : nothing}
        </li>`;
      })}
    </ol>`;
}

export function previewView(feed: Feed | undefined, ok: boolean, lang: PageLang): TemplateResult {
  if (!feed) return html`<p>${pageText(lang, 'previewNone')}</p>`;
  return html`${ok ? nothing : html`<p class="help"><span aria-hidden="true">${ICON.warning}</span> ${pageText(lang, 'previewDraft')}</p>`}
    <div class="widgets">
      <civic-feed-summary .feed=${feed}></civic-feed-summary>
      <civic-task-list .feed=${feed}></civic-task-list>
      <civic-indicator-board .feed=${feed}></civic-indicator-board>
      <civic-event-calendar .feed=${feed}></civic-event-calendar>
    </div>`;
}

export function downloadsView(downloads: Download[] | undefined, hasEvents: boolean, lang: PageLang): TemplateResult {
  if (!downloads) return html`<p>${pageText(lang, 'downloadsNone')}</p>`;
  return html`<p>${pageText(lang, 'downloadsLead')}</p>
    <ul class="downloads">
      ${downloads.map((d) => html`<li><a href=${d.url} download=${d.name} data-kind=${d.kind}>${pageText(lang, d.label)}</a> <span class="file-name">${d.name}</span></li>`)}
      ${hasEvents ? nothing : html`<li class="not-available">${pageText(lang, 'dlIcsNone')}</li>`}
    </ul>`;
}
