/**
 * Feed text in templates, marked with its language when that is not the UI language (a
 * Chinese-only feed on an English page): screen readers then read it in its own language
 * (WCAG 3.1.2, language of parts). Always text: never parsed as HTML.
 */
import { html, type TemplateResult } from 'lit';
import { sameLanguage, textIn } from '../feed/text.js';
import type { Text } from '../feed/types.js';

/** `value` as it is when it is in the UI language `ui`, else in a <span lang>. */
export function inLang(value: string, lang: string, ui: string): string | TemplateResult {
  return !value || sameLanguage(lang, ui) ? value : html`<span lang=${lang}>${value}</span>`;
}

/** The Text in the UI language (or the best other one, marked); `fallback` when there is none. */
export function feedText(text: Text | undefined, ui: string, feedLang: string, fallback: string | TemplateResult = ''): string | TemplateResult {
  const t = textIn(text, ui, feedLang);
  return t.value ? inLang(t.value, t.lang, ui) : fallback;
}

/**
 * A number in text: digits with their separators and %, or a Chinese date or month
 * ("1.45", "64%", "10月", "2024年9月30日"), two characters or more.
 */
const NUMBER = /[0-9０-９][0-9０-９.,:/%％年月日]*[0-9０-９%％年月日]/g;

/**
 * `value` with each number in a `<span class="nobr">` (white-space: nowrap, in stateStyles):
 * Chinese text may break between any two characters, but a number or date must not be split
 * ("2024年/9月", "10/月") at large text sizes. Always text: never parsed as HTML.
 */
export function keepNumbers(value: string): (string | TemplateResult)[] {
  const parts: (string | TemplateResult)[] = [];
  let at = 0;
  for (const m of value.matchAll(NUMBER)) {
    parts.push(value.slice(at, m.index), html`<span class="nobr">${m[0]}</span>`);
    at = m.index + m[0].length;
  }
  parts.push(value.slice(at));
  return parts;
}

/** feedText with its numbers kept whole (keepNumbers), for feed text shown as text. */
export function feedTextWhole(text: Text | undefined, ui: string, feedLang: string, fallback: string | TemplateResult = ''): string | TemplateResult {
  const t = textIn(text, ui, feedLang);
  if (!t.value) return fallback;
  const parts = keepNumbers(t.value);
  return sameLanguage(t.lang, ui) ? html`${parts}` : html`<span lang=${t.lang}>${parts}</span>`;
}

