/** Date texts as rendered: when.ts's formatters, with a line-break opportunity where a date may wrap. */
import { html, type TemplateResult } from 'lit';
import { dateFormat as fmt } from '../../feed/format.js';
import { dayInstant } from './when.js';

export * from './when.js';

/**
 * A day heading's date (the date kind, fullDate's format) with a possible line break (<wbr>) on
 * either side of the weekday, so "2024年9月10日星期二" may wrap before 星期二 under `word-break:
 * keep-all` while the date itself stays on one line.
 */
export function dayLabel(date: string, locale: string): TemplateResult {
  const parts = fmt(locale, { dateStyle: 'full', timeZone: 'UTC' }).formatToParts(dayInstant(date));
  return html`${parts.map((p) => (p.type === 'weekday' ? html`<wbr />${p.value}<wbr />` : p.value))}`;
}
