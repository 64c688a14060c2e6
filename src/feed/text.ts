import type { Text } from './types.js';

const base = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The string of a Text for the language `lang`, and the language that string is in: the
 * requested tag, then its base language, then the feed's language, then the first one present.
 * A plain string is in the feed's language.
 */
export function textIn(text: Text | undefined, lang: string, feedLang = 'zh-Hans'): { value: string; lang: string } {
  if (text === undefined) return { value: '', lang };
  if (typeof text === 'string') return { value: text, lang: feedLang };
  const keys = Object.keys(text);
  const find = (tag: string) => {
    const exact = keys.find((k) => k.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    return keys.find((k) => base(k) === base(tag));
  };
  const key = find(lang) ?? find(feedLang) ?? keys[0];
  return key === undefined ? { value: '', lang } : { value: text[key] ?? '', lang: key };
}

/** The string of a Text for the language `lang` (see textIn). */
export function pickText(text: Text | undefined, lang: string, feedLang = 'zh-Hans'): string {
  return textIn(text, lang, feedLang).value;
}

/** True when two language tags name the same language (zh-Hans and zh-CN do; en and zh do not). */
export function sameLanguage(a: string, b: string): boolean {
  return base(a) === base(b);
}

/** The language to put on an element holding only this Text, or undefined when it is the UI's. */
export function langOf(text: Text | undefined, ui: string, feedLang = 'zh-Hans'): string | undefined {
  const t = textIn(text, ui, feedLang);
  return t.value && !sameLanguage(t.lang, ui) ? t.lang : undefined;
}
