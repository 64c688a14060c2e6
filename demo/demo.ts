// Demo pages only: a language toggle that switches <html lang> (which the widgets follow) and the
// page's own text with it, so an English voice never reads Chinese headings and the reverse.
import { PAGE_TEXT, type PageLang } from './page-text.js';

const root = document.documentElement;
const langOf = (): PageLang => (root.lang.startsWith('zh') ? 'zh' : 'en');

/** Puts every [data-text] element, the title and the description in one language. */
function showPage(lang: PageLang): void {
  root.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const text = PAGE_TEXT[el.dataset.text ?? '']?.[lang];
    if (text !== undefined) el.textContent = text;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-label]')) {
    const text = PAGE_TEXT[el.dataset.label ?? '']?.[lang];
    if (text !== undefined) el.setAttribute('aria-label', text);
  }
  const page = document.body.dataset.page ?? 'portal';
  const title = PAGE_TEXT[`${page}.title`]?.[lang];
  if (title) document.title = title;
  const description = PAGE_TEXT[`${page}.description`]?.[lang];
  if (description) document.querySelector('meta[name="description"]')?.setAttribute('content', description);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang-toggle]')) {
    // The button offers the other language, named in that language and marked so.
    const other: PageLang = lang === 'zh' ? 'en' : 'zh';
    button.textContent = other === 'en' ? 'English' : '中文';
    button.lang = other === 'en' ? 'en' : 'zh-CN';
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang-toggle]')) {
  button.addEventListener('click', () => showPage(langOf() === 'zh' ? 'en' : 'zh'));
}
showPage(langOf());
