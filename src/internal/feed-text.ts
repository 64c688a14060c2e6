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
