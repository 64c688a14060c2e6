/**
 * A UI label with a line-break opportunity (<wbr>) between its words (Intl.Segmenter), for labels
 * styled `word-break: keep-all`: Chinese then wraps between words ("加入日历" never splits
 * inside 加入) instead of not at all. Text without Han characters, or a browser without
 * Intl.Segmenter, gets the text as it is.
 */
import { html, type TemplateResult } from 'lit';

export function words(text: string): TemplateResult | string {
  if (typeof Intl.Segmenter !== 'function' || !/[\u3400-\u9fff]/.test(text)) return text;
  const parts = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].map((s) => s.segment);
  return html`${parts.map((p, i) => (i ? html`<wbr />${p}` : p))}`;
}
