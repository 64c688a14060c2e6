/**
 * A UI label with a line-break opportunity (<wbr>) between its words (Intl.Segmenter), for text
 * styled `word-break: keep-all`: Chinese then wraps between words ("加入日历" never splits inside
 * 加入) instead of not at all, as Chinese typesetting (W3C clreq) wants it:
 * - a number keeps what follows it ("2024年", "26 个", "30日"), so a date wraps only between its
 *   parts ("2024年9月 / 30日");
 * - no line starts with closing punctuation ("，", "。", "）") and none ends with opening ("（").
 * Text without Han characters, or a browser without Intl.Segmenter, gets the text as it is. The
 * text itself is unchanged (no invisible characters): find-in-page and screen readers read it whole.
 */
import { html, type TemplateResult } from 'lit';

const CLOSING = /^[，。、；：！？）》」』〉】〕…·,.;:!?)\]%％]/;
const OPENING = /[（《「『〈【〔([]$/;
const DIGIT_END = /[0-9０-９]$/;

/** One segmenter for all labels (making one loads the engine's word dictionary). */
let segmenter: Intl.Segmenter | undefined;

/** The segments of `text` before which a line may break (index > 0), as the rules above say. */
export function breakBefore(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const parts = [...segmenter.segment(text)].map((s) => s.segment);
  const out: string[] = [];
  for (const part of parts) {
    const prev = out[out.length - 1];
    const join = prev !== undefined && (CLOSING.test(part) || OPENING.test(prev) || DIGIT_END.test(prev) || /^\s/.test(part) || /\s$/.test(prev));
    if (join) out[out.length - 1] = prev + part;
    else out.push(part);
  }
  return out;
}

export function words(text: string): TemplateResult | string {
  if (typeof Intl.Segmenter !== 'function' || !/[\u3400-\u9fff]/.test(text)) return text;
  const parts = breakBefore(text);
  return html`${parts.map((p, i) => (i ? html`<wbr />${p}` : p))}`;
}
