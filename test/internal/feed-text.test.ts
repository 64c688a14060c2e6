import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/civic-task-list/civic-task-list.js';
import '../../src/elements/civic-event-calendar/civic-event-calendar.js';
import '../../src/elements/civic-indicator-board/civic-indicator-board.js';
import '../../src/elements/civic-feed-summary/civic-feed-summary.js';
import '../../src/elements/civic-progress-ring/civic-progress-ring.js';
import type { LitElement } from 'lit';
import { followPageLanguage } from '../../src/internal/locale.js';
import { feedTextWhole, keepNumbers } from '../../src/internal/feed-text.js';
import { setPageLang, until } from '../support/helpers.js';

/**
 * A feed written in Chinese only (plain strings and zh-Hans-only Text), as a district bureau
 * may publish it: on an English page its text must say it is Chinese (WCAG 3.1.2).
 */
const feed = {
  version: 1,
  lang: 'zh-Hans',
  timeZone: 'Asia/Shanghai',
  title: '示例规划',
  publisher: { name: { 'zh-Hans': '示例区农业农村局' } },
  sections: [
    { id: 's1', number: 1, title: '粮食安全' },
    { id: 's2', number: 2, title: { 'zh-Hans': '产业融合', en: 'Industries' } },
  ],
  tasks: [
    {
      id: 't1',
      section: 's1',
      number: 1,
      title: '压实粮食安全责任',
      summary: { 'zh-Hans': '落实责任制。' },
      status: 'in-progress',
      owners: ['区农业农村局', { 'zh-Hans': '各镇', en: 'The towns' }],
      links: [{ url: 'https://example.org/a', title: '通知' }],
    },
    { id: 't2', section: 's2', title: { 'zh-Hans': '发展产业', en: 'Grow industries' }, status: 'completed' },
  ],
  indicators: [{ id: 'i1', task: 't1', title: '粮食单产', value: 360, target: 378, unit: '公斤/亩', asOf: '2024-09-30' }],
  categories: [{ id: 'c1', title: '节庆' }],
  events: [{ id: 'e1', title: '丰收节', start: '2030-09-23', category: 'c1', location: { name: '密云' } }],
};

const root = (el: Element) => el.shadowRoot!;
/** The language each piece of text is read in: the nearest lang inside the widget, else its own. */
function langOfText(el: Element, text: string): string | undefined {
  const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent!.includes(text)) continue;
    const marked = n.parentElement!.closest('[lang]');
    return marked ? marked.getAttribute('lang')! : (el.closest('[lang]')?.getAttribute('lang') ?? undefined);
  }
  throw new Error(`"${text}" is not shown`);
}

async function mount<T extends LitElement>(template: ReturnType<typeof html>): Promise<T> {
  const el = await fixture<T>(template);
  await el.updateComplete;
  return el;
}

describe('feed text in another language than the UI is marked with its language (WCAG 3.1.2)', function () {
  this.timeout(20_000);
  before(() => followPageLanguage());
  after(() => setPageLang('zh-CN'));

  it('task list: titles, summary, owners, sections, links on an English page', async () => {
    await setPageLang('en');
    const el = await mount<LitElement>(html`<civic-task-list expanded .feed=${feed}></civic-task-list>`);
    expect(langOfText(el, 'Search tasks')).to.equal('en');
    for (const text of ['压实粮食安全责任', '落实责任制。', '区农业农村局', '粮食安全', '通知']) {
      expect(langOfText(el, text), text).to.equal('zh-Hans');
    }
    const ring = root(el).querySelector('civic-progress-ring')!;
    await (ring as LitElement).updateComplete;
    expect(ring.shadowRoot!.querySelector('.label')!.getAttribute('lang'), 'the ring’s label').to.equal('zh-Hans');
    const owners = (el: Element) => root(el).querySelector('.owners')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(owners(el)).to.equal('Lead: 区农业农村局, The towns');
    // Text the feed has in English is not marked; the section option carries the language.
    expect(langOfText(el, 'The towns')).to.equal('en');
    expect(langOfText(el, 'Grow industries')).to.equal('en');
    const option = [...root(el).querySelectorAll('option')].find((o) => o.value === 's1')!;
    expect(option.lang).to.equal('zh-Hans');
    await expect(el).to.be.accessible();
  });

  it('calendar, board, summary and ring on an English page', async () => {
    await setPageLang('en');
    const cal = await mount<LitElement>(html`<civic-event-calendar view="agenda" .feed=${feed}></civic-event-calendar>`);
    for (const text of ['丰收节', '密云', '节庆']) expect(langOfText(cal, text), text).to.equal('zh-Hans');
    const board = await mount<LitElement>(html`<civic-indicator-board .feed=${feed}></civic-indicator-board>`);
    expect(langOfText(board, '粮食单产')).to.equal('zh-Hans');
    expect(langOfText(board, '压实粮食安全责任')).to.equal('zh-Hans');
    const link = root(board).querySelector('a.task-link')!;
    expect(link.textContent).to.match(/^\s*Task 1: /);
    expect(link.closest('[lang]'), 'the link itself is in the UI language').to.equal(null);
    const summary = await mount<LitElement>(html`<civic-feed-summary .feed=${feed}></civic-feed-summary>`);
    expect(langOfText(summary, '示例规划')).to.equal('zh-Hans');
    expect(langOfText(summary, '示例区农业农村局')).to.equal('zh-Hans');
    const ring = await mount<LitElement & { state: string }>(html`<civic-progress-ring indicator="i1" .feed=${feed}></civic-progress-ring>`);
    await until(() => ring.state === 'ready', 6000, 'the ring’s feed');
    await ring.updateComplete;
    expect(langOfText(ring, '粮食单产')).to.equal('zh-Hans');
  });

  it('adds no marks on a Chinese page, where the feed text is in the UI language', async () => {
    await setPageLang('zh-CN');
    const list = await mount<LitElement>(html`<civic-task-list expanded .feed=${feed}></civic-task-list>`);
    const board = await mount<LitElement>(html`<civic-indicator-board .feed=${feed}></civic-indicator-board>`);
    const cal = await mount<LitElement>(html`<civic-event-calendar view="agenda" .feed=${feed}></civic-event-calendar>`);
    // (Lunar dates are always Chinese and always marked, whatever the page.)
    for (const el of [list, board, cal]) expect([...root(el).querySelectorAll('[lang]:not(.lunar)')].map((x) => x.outerHTML.slice(0, 120)), el.localName).to.deep.equal([]);
    expect(langOfText(list, '压实粮食安全责任')).to.equal('zh-CN');
    expect(root(list).querySelector('.owners')!.textContent!.replace(/\s+/g, '')).to.equal('牵头单位：区农业农村局、各镇');
    const link = root(board).querySelector('a.task-link')!;
    expect(link.textContent!.replace(/\s+/g, '')).to.equal('任务1：压实粮食安全责任');
  });
});

describe('keepNumbers and feedTextWhole: a number in feed text is never split', () => {
  it('wraps each number or Chinese date of two characters or more in a span, and changes no text', async () => {
    const text = '预计10月中旬，2024年9月30日完成64%，第3批，1.45万亩';
    const p = await fixture<HTMLParagraphElement>(html`<p>${keepNumbers(text)}</p>`);
    expect([...p.querySelectorAll('.nobr')].map((s) => s.textContent)).to.deep.equal(['10月', '2024年9月30日', '64%', '1.45']);
    expect(p.textContent).to.equal(text);
  });

  it('leaves text without numbers as it is', () => {
    expect(keepNumbers('压实粮食安全责任').join('')).to.equal('压实粮食安全责任');
  });

  it('marks feed text in another language than the UI, numbers kept', async () => {
    const p = await fixture<HTMLParagraphElement>(html`<p>${feedTextWhole({ 'zh-Hans': '2024年任务' }, 'en', 'zh-Hans')}</p>`);
    expect(p.querySelector('span[lang]')!.getAttribute('lang')).to.equal('zh-Hans');
    expect(p.querySelector('[lang] .nobr')!.textContent).to.equal('2024年');
    const same = await fixture<HTMLParagraphElement>(html`<p>${feedTextWhole({ 'zh-Hans': '2024年任务' }, 'zh-Hans', 'zh-Hans')}</p>`);
    expect(same.querySelector('[lang]')).to.equal(null);
    expect(same.textContent).to.equal('2024年任务');
    const none = await fixture<HTMLParagraphElement>(html`<p>${feedTextWhole(undefined, 'en', 'zh-Hans', 'Untitled')}</p>`);
    expect(none.textContent).to.equal('Untitled');
  });
});
