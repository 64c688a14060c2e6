import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/civic-feed-summary/civic-feed-summary.js';
import '../../src/elements/civic-progress-ring/civic-progress-ring.js';
import type { CivicFeedSummary } from '../../src/elements/civic-feed-summary/civic-feed-summary.js';
import { followPageLanguage, markLanguage, uiLocale } from '../../src/internal/locale.js';
import { setPageLang, until } from '../support/helpers.js';

const feed = { version: 1, lang: 'zh-Hans', title: { en: 'Test plan', 'zh-Hans': '测试规划' }, tasks: [] };

/** Sets <html lang> to a value the UI does not follow (or removes it) and waits for the UI. */
async function setOtherLang(lang: string | null, want: 'zh-Hans' | 'en'): Promise<void> {
  if (lang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.lang = lang;
  await until(() => uiLocale() === want, 4000, `locale ${want}`);
}

describe('widgets mark their language when it differs from the page’s (WCAG 3.1.2)', () => {
  before(() => followPageLanguage());
  afterEach(() => setPageLang('zh-CN'));

  it('adds no lang attribute when the page is in the UI’s language', async () => {
    await setPageLang('zh-CN');
    const el = await fixture<CivicFeedSummary>(html`<civic-feed-summary .feed=${feed}></civic-feed-summary>`);
    expect(el.hasAttribute('lang')).to.equal(false);
    const ring = await fixture(html`<civic-progress-ring value="1" max="2" label="环"></civic-progress-ring>`);
    expect(ring.hasAttribute('lang')).to.equal(false);
  });

  it('says zh-Hans on a page without lang (the UI follows the feed’s language)', async () => {
    await setPageLang('zh-CN');
    await setOtherLang(null, 'zh-Hans');
    const el = await fixture<CivicFeedSummary>(html`<civic-feed-summary .feed=${feed}></civic-feed-summary>`);
    expect(el.getAttribute('lang')).to.equal('zh-Hans');
    await expect(el).to.be.accessible();
  });

  it('says zh-Hans on a page in a language the UI does not speak', async () => {
    await setPageLang('zh-CN');
    await setOtherLang('fr', 'zh-Hans');
    const ring = await fixture(html`<civic-progress-ring value="1" max="2" label="环"></civic-progress-ring>`);
    expect(ring.getAttribute('lang')).to.equal('zh-Hans');
  });

  it('marks a widget inside a part of the page in another language', async () => {
    await setPageLang('zh-CN');
    const box = await fixture(html`<div lang="en"><civic-feed-summary .feed=${feed}></civic-feed-summary></div>`);
    const el = box.querySelector<CivicFeedSummary>('civic-feed-summary')!;
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('zh-Hans');
  });

  it('keeps an editor’s own lang attribute', async () => {
    await setPageLang('zh-CN');
    const el = await fixture<CivicFeedSummary>(html`<civic-feed-summary lang="zh-CN" .feed=${feed}></civic-feed-summary>`);
    await setPageLang('en');
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('zh-CN');
  });

  it('follows a page language change, and removes its mark when it is no longer needed', async () => {
    await setPageLang('zh-CN');
    await setOtherLang('fr', 'zh-Hans');
    const el = await fixture<CivicFeedSummary>(html`<civic-feed-summary .feed=${feed}></civic-feed-summary>`);
    expect(el.getAttribute('lang')).to.equal('zh-Hans');
    await setPageLang('en');
    await until(() => !el.hasAttribute('lang'), 3000, 'lang removed');
    expect(el.shadowRoot!.textContent).to.contain('Test plan');
  });

  it('inherits the language across shadow roots, and ends in a detached tree', async () => {
    await setPageLang('en');
    // A widget inside another one's shadow root, in a part of the page in Chinese: inherits it.
    const outer = await fixture(html`<div lang="zh-CN"><div></div></div>`);
    const shadow = outer.firstElementChild!.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    markLanguage(inner);
    expect(inner.getAttribute('lang')).to.equal('en', 'the UI is English, the part of the page Chinese');
    // A detached tree: nothing is inherited (and the search ends).
    const detached = document.createElement('div');
    const child = document.createElement('span');
    detached.append(child);
    markLanguage(child);
    expect(child.getAttribute('lang')).to.equal('en');
    await setPageLang('zh-CN');
    markLanguage(inner);
    expect(inner.hasAttribute('lang')).to.equal(false, 'now the UI is Chinese like the part of the page');
  });
});
