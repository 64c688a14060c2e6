/**
 * UI localization (runtime @lit/localize): source locale en, target zh-Hans. The UI locale
 * follows <html lang> (zh, zh-CN, zh-Hans → zh-Hans; en* → en) and follows it when it changes;
 * when the page has no lang, the loaded feed's `lang` decides.
 */
import { configureLocalization, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { byShortId } from './message-ids.js';

export type UiLocale = 'en' | 'zh-Hans';

/** Texts loaded with the widgets' (the library's own pages add theirs: addPageTexts). */
const pageTexts: (() => Promise<LocaleModule>)[] = [];

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  // The widgets' texts only (scripts/locale-split.mjs); the built files' message ids are cut
  // short (message-ids.ts).
  loadLocale: () =>
    Promise.all([import('../generated/locales/zh-Hans-widgets.js'), ...pageTexts.map((load) => load())]).then((modules: LocaleModule[]) => ({
      templates: byShortId(Object.assign({}, ...modules.map((m) => m.templates))),
    })),
});

/**
 * Adds the Chinese texts of one of the library's own pages (the embed configurator, the iframe
 * embed page) to what a Chinese page loads with the widgets. Call it before anything on the
 * page asks for a language (before the first element connects).
 */
export function addPageTexts(load: () => Promise<LocaleModule>): void {
  pageTexts.push(load);
}

/** The UI locale for a BCP 47 tag, or undefined when we have no UI in that language. */
export function resolveLocale(tag: string | null | undefined): UiLocale | undefined {
  const t = (tag ?? '').trim().toLowerCase();
  if (t === 'zh' || t.startsWith('zh-')) return 'zh-Hans';
  if (t === 'en' || t.startsWith('en-')) return 'en';
  return undefined;
}

let feedLocale: UiLocale | undefined;
let observing = false;
/** False from the first language choice until that language's texts are in (or failed). */
let firstSettled = true;
let settling: Promise<unknown> = Promise.resolve();

function apply(): void {
  const page = resolveLocale(document.documentElement.getAttribute('lang'));
  const wanted = page ?? feedLocale ?? 'zh-Hans';
  // setLocale compares with the locale being loaded too, so a quick change back wins.
  const pending = setLocale(wanted).catch(() => undefined);
  if (firstSettled) return;
  if (getLocale() === wanted) {
    firstSettled = true;
    return;
  }
  // The shared promise settles when the latest request is done (or has failed).
  settling = pending.then(() => {
    firstSettled = true;
  });
}

/**
 * False while the page's first language is still loading: widgets then keep their loading
 * view instead of showing content in the source language (English) for a moment on a Chinese
 * page. Later language changes keep the content in the old language until the new one is in.
 */
export function localeSettled(): boolean {
  return firstSettled;
}

/** Resolves once localeSettled() is true. */
export async function whenLocaleSettled(): Promise<void> {
  while (!firstSettled) await settling;
}

/** Asks `host` to render again once the page's first language is in (when it is not yet). */
export function updateWhenLocaleSettles(host: { requestUpdate(): void }): void {
  if (!firstSettled) void whenLocaleSettled().then(() => host.requestUpdate());
}

/** Starts following <html lang> (idempotent). Called when the first widget connects. */
export function followPageLanguage(): void {
  if (observing || typeof document === 'undefined') return;
  observing = true;
  firstSettled = false;
  new MutationObserver(apply).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
  });
  apply();
}

/** A loaded feed's language decides the UI when the page has none. */
export function useFeedLanguage(lang: string): void {
  feedLocale = resolveLocale(lang) ?? feedLocale;
  if (typeof document !== 'undefined') apply();
}

/** The current UI locale, for Intl and for choosing Text. */
export function uiLocale(): UiLocale {
  return getLocale() as UiLocale;
}

export { setLocale };

/** Hosts whose `lang` attribute this module set (an editor's own `lang` is never touched). */
const marked = new WeakSet<Element>();

/** The lang an element inherits, across shadow roots (a ring inside a task list's shadow root). */
function inheritedLang(el: Element): string | undefined {
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof ShadowRoot) node = node.host;
    else if (node instanceof Element) {
      const lang = node.closest('[lang]');
      if (lang) return lang.getAttribute('lang') ?? undefined;
      const root = node.getRootNode();
      // Up to the shadow root's host; a document or a detached tree ends the search.
      node = root instanceof ShadowRoot ? root.host : null;
    } else node = null;
  }
  return undefined;
}

/**
 * Marks a widget's language when it differs from the language it inherits (a page without
 * `lang`, or in a language the UI does not speak, or a part of the page in another language),
 * so screen readers read the widget in the right voice (WCAG 3.1.2, language of parts).
 */
export function markLanguage(host: HTMLElement): void {
  if (host.hasAttribute('lang') && !marked.has(host)) return;
  const ui = uiLocale();
  const inherited = resolveLocale(inheritedLang(host));
  if (inherited === ui) {
    if (marked.has(host)) host.removeAttribute('lang');
    marked.delete(host);
  } else if (host.getAttribute('lang') !== ui) {
    host.setAttribute('lang', ui);
    marked.add(host);
  }
}
