/**
 * Waiting helpers that poll with setTimeout instead of requestAnimationFrame: when the runner
 * has two test pages open, one of them is in the background and gets no animation frames.
 */
import { uiLocale } from '../../../src/internal/locale.js';

export async function poll(predicate: () => boolean, ms = 6000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Sets <html lang> and waits for the UI locale to follow. */
export async function setLang(lang: string): Promise<void> {
  document.documentElement.lang = lang;
  const want = lang.startsWith('zh') ? 'zh-Hans' : 'en';
  await poll(() => uiLocale() === want, 6000, `locale ${want}`);
  await new Promise((r) => setTimeout(r, 0));
}
