import type { Text } from './types.js';

const base = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The string of a Text for the language `lang`: the requested tag, then its base language,
 * then the feed's language, then the first one present. A plain string is returned as it is.
 */
export function pickText(text: Text | undefined, lang: string, feedLang = 'zh-Hans'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const keys = Object.keys(text);
  const find = (tag: string) => {
    const exact = keys.find((k) => k.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    return keys.find((k) => base(k) === base(tag));
  };
  const key = find(lang) ?? find(feedLang) ?? keys[0];
  return key === undefined ? '' : (text[key] ?? '');
}
