import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/civic-indicator-board/civic-indicator-board.js';
import type { CivicIndicatorBoard } from '../../../src/elements/civic-indicator-board/civic-indicator-board.js';
import { configureLoader, feedKey } from '../../../src/feed/load.js';
import { writeCachedFeed } from '../../../src/feed/cache.js';
import { resetFeeds, until } from '../../support/helpers.js';
import { poll, setLang } from '../civic-progress-ring/poll.js';
import { captureWarnings } from '../../support/helpers.js';

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const cards = (el: Element) => [...root(el).querySelectorAll('[part=card]')];
const titles = (el: Element) => cards(el).map((c) => c.querySelector('[part=card-title]')!.textContent!.trim());
const settled = (el: CivicIndicatorBoard) => poll(() => el.state !== 'loading' && el.state !== 'idle', 6000, 'feed');

const feed = {
  version: 1,
  lang: 'en',
  sample: true,
  timeZone: 'Asia/Shanghai',
  sections: [
    { id: 's1', number: 1, title: 'Farming' },
    { id: 's2', number: 2, title: 'Villages' },
  ],
  tasks: [
    { id: 't1', section: 's1', number: 1, title: 'Grain', status: 'in-progress' },
    { id: 't2', section: 's2', number: 2, title: 'Toilets', status: 'in-progress' },
    { id: 't3', section: 's2', number: 3, title: 'Roads', status: 'completed' },
  ],
  indicators: [
    { id: 'a', task: 't1', title: 'Yield', unit: 'kg/mu', target: 378 },
    {
      id: 'b',
      task: 't1',
      title: 'Farmland',
      unit: { 'zh-Hans': '万亩', en: '10,000 mu' },
      target: 1.45,
      value: 1.2,
      asOf: '2024-09-30',
      history: [
        { date: '2024-05-31', value: 0.21 },
        { date: '2024-09-30', value: 1.2 },
        { date: '2024-07-31', value: 0.55 },
      ],
    },
    { id: 'c', task: 't2', title: 'Toilets', unit: 'households', target: 200, value: 240, asOf: '2024-09-30' },
    { id: 'd', task: 't3', title: 'Roads', unit: 'km', target: 30, value: 30, asOf: '2024-06-30' },
    { id: 'e', task: 't3', title: 'Relapses', unit: 'villages', target: 0, baseline: 4, comparison: 'at-most', value: 3 },
  ],
};

async function board(template: ReturnType<typeof html>) {
  const el = await fixture<CivicIndicatorBoard>(template);
  await settled(el);
  await el.updateComplete;
  return el;
}

const warnings = captureWarnings;

describe('<civic-indicator-board>', () => {
  before(() => configureLoader({ retryDelay: 10, timeout: 1500 }));
  beforeEach(async () => {
    await resetFeeds();
    await setLang('en');
  });
  afterEach(() => {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows every indicator as a card, grouped by section, with the sample badge', async () => {
    const el = await board(html`<civic-indicator-board .feed=${feed}></civic-indicator-board>`);
    expect(el.state).to.equal('ready');
    const sections = [...root(el).querySelectorAll('[part=section-title]')].map((h) => h.textContent);
    expect(sections).to.deep.equal(['Farming', 'Villages']);
    expect(titles(el)).to.deep.equal(['Yield', 'Farmland', 'Toilets', 'Roads', 'Relapses']);
    expect(root(el).querySelector('[part=sample-badge]')).to.not.equal(null);
    expect(text(el)).to.contain('5 indicators');
    await expect(el).to.be.accessible();
  });

  it('each card: title naming the ring, value/target/unit, as-of date, honest states', async () => {
    const el = await board(html`<civic-indicator-board .feed=${feed}></civic-indicator-board>`);
    const [yieldCard, farmland, toilets, roads, relapses] = cards(el);
    const bar = (c: Element) => c.querySelector('[role=progressbar]')!;
    expect(c(farmland)).to.contain('1.2 / 1.45 10,000 mu');
    expect(c(farmland)).to.contain('As of September 30, 2024');
    expect(bar(farmland).getAttribute('aria-valuetext')).to.equal('1.2 of 1.45 10,000 mu, 83 percent, as of September 30, 2024');
    const labelId = bar(farmland).getAttribute('aria-labelledby')!;
    expect(root(el).getElementById(labelId)!.textContent).to.equal('Farmland');
    expect(c(yieldCard)).to.contain('No data yet');
    expect(c(toilets)).to.contain('120%');
    expect(c(toilets)).to.contain('Target exceeded');
    expect(c(roads)).to.contain('Target reached');
    expect(c(relapses)).to.contain('25%');
    expect(c(relapses)).to.contain('3 / ≤ 0 villages');
    function c(card: Element) {
      return card.textContent!.replace(/\s+/g, ' ');
    }
  });

  it('draws a trend line with a description of first → last when there is history', async () => {
    const el = await board(html`<civic-indicator-board .feed=${feed}></civic-indicator-board>`);
    const trends = root(el).querySelectorAll('[part=trend]');
    expect(trends).to.have.length(1);
    const t = trends[0];
    expect(t.getAttribute('role')).to.equal('img');
    expect(t.getAttribute('aria-label')).to.equal(
      'Trend: from 0.21 10,000 mu on May 31, 2024 to 1.2 10,000 mu on September 30, 2024',
    );
    const points = t.querySelector('polyline')!.getAttribute('points')!.split(' ');
    expect(points).to.have.length(3);
    expect(points[0].startsWith('0.00,')).to.equal(true);
    expect(points[2].startsWith('100.00,')).to.equal(true);
  });

  it('links each card to its task and fires civic-indicator-select, then sets the hash', async () => {
    const el = await board(html`<civic-indicator-board .feed=${feed}></civic-indicator-board>`);
    const link = cards(el)[2].querySelector<HTMLAnchorElement>('[part=task-link]')!;
    expect(link.getAttribute('href')).to.equal('#task-t2');
    expect(link.textContent!.trim()).to.equal('Task 2: Toilets');
    const event = oneEvent(document, 'civic-indicator-select');
    link.click();
    const e = (await event) as CustomEvent;
    expect(e.detail).to.deep.equal({ indicator: 'c', task: 't2' });
    expect(e.bubbles && e.composed && e.cancelable).to.equal(true);
    expect(location.hash).to.equal('#task-t2');
  });

  it('does not touch the hash when the page cancels civic-indicator-select', async () => {
    const el = await board(html`<civic-indicator-board .feed=${feed}></civic-indicator-board>`);
    const stop = (e: Event) => e.preventDefault();
    document.addEventListener('civic-indicator-select', stop);
    try {
      cards(el)[0].querySelector<HTMLAnchorElement>('[part=task-link]')!.click();
    } finally {
      document.removeEventListener('civic-indicator-select', stop);
    }
    expect(location.hash).to.equal('');
  });

  it('filters by section (no grouping for one section)', async () => {
    const el = await board(html`<civic-indicator-board .feed=${feed} section="s2"></civic-indicator-board>`);
    expect(titles(el)).to.deep.equal(['Toilets', 'Roads', 'Relapses']);
    expect(root(el).querySelector('[part=section-title]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('filters by task', async () => {
    const el = await board(html`<civic-indicator-board .feed=${feed} task="t1"></civic-indicator-board>`);
    expect(titles(el)).to.deep.equal(['Yield', 'Farmland']);
    el.task = 't3, t2';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Toilets', 'Roads', 'Relapses']);
  });

  it('shows the listed indicators in the listed order (space or comma separated)', async () => {
    const el = await board(html`<civic-indicator-board .feed=${feed} indicators="d, b a"></civic-indicator-board>`);
    // Grouped by section (feed order of sections), the listed order inside each.
    expect(titles(el)).to.deep.equal(['Farmland', 'Yield', 'Roads']);
    el.indicators = 'b a';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Farmland', 'Yield']);
  });

  it('sorts by progress: furthest behind first, no data last', async () => {
    const el = await board(html`<civic-indicator-board .feed=${feed} sort="progress" section="s1 s2"></civic-indicator-board>`);
    expect(titles(el)).to.deep.equal(['Farmland', 'Yield', 'Relapses', 'Roads', 'Toilets']);
  });

  it('an indicator id that is not in the feed: a clear note and a warning', async () => {
    let el!: CivicIndicatorBoard;
    const warned = await warnings(async () => {
      el = await board(html`<civic-indicator-board .feed=${feed} indicators="b nope"></civic-indicator-board>`);
    });
    expect(titles(el)).to.deep.equal(['Farmland']);
    expect(root(el).querySelector('[part=notice]')!.textContent).to.contain('Not in this feed, so not shown: nope');
    expect(warned.some((w) => w.includes('nope'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says so when nothing matches', async () => {
    let el!: CivicIndicatorBoard;
    const warned = await warnings(async () => {
      el = await board(html`<civic-indicator-board .feed=${feed} indicators="nope"></civic-indicator-board>`);
    });
    expect(cards(el)).to.have.length(0);
    expect(text(el)).to.contain('No indicators match this selection.');
    expect(root(el).querySelector('[part=view-toggle]')).to.equal(null);
    expect(warned.length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('a table view: a real toggle button, an accessible table with the same data', async () => {
    const el = await board(html`<civic-indicator-board .feed=${feed}></civic-indicator-board>`);
    const button = root(el).querySelector<HTMLButtonElement>('[part=view-toggle]')!;
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(el.table).to.equal(true);
    // Grouped: a table per section, under the section's heading (issue 20 item 5).
    const tables = [...root(el).querySelectorAll('table')];
    expect(tables.map((t) => t.caption!.textContent)).to.deep.equal(['Indicators (2)', 'Indicators (3)']);
    expect([...root(el).querySelectorAll('[part=section-title]')].map((h) => h.textContent)).to.deep.equal(['Farming', 'Villages']);
    const table = tables[0];
    const heads = [...table.querySelectorAll('thead th')].map((th) => [th.getAttribute('scope'), th.textContent]);
    expect(heads).to.deep.equal([
      ['col', 'Indicator'],
      ['col', 'Value'],
      ['col', 'Target'],
      ['col', 'Unit'],
      ['col', 'Progress'],
      ['col', 'As of'],
    ]);
    const rows = [...root(el).querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent!.trim()),
    );
    expect(rows[1]).to.deep.equal(['Farmland', '1.2', '1.45', '10,000 mu', '83%', 'September 30, 2024']);
    expect(rows[0][1]).to.equal('–');
    expect(rows[0][4]).to.equal('No data yet');
    expect(rows[2][4]).to.equal('120% (Target exceeded)');
    expect(rows[4][2]).to.equal('≤ 0');
    expect(root(el).querySelectorAll('th[scope=rowgroup], th[scope=colgroup], [headers]')).to.have.length(0);
    expect(root(el).querySelectorAll('th[scope=row]')).to.have.length(5);
    expect(cards(el)).to.have.length(0);
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(cards(el)).to.have.length(5);
  });

  it('loads from src (Miyun): loading skeleton first, then 20 cards in 5 sections', async () => {
    const el = await fixture<CivicIndicatorBoard>(html`<civic-indicator-board src="/test-feeds/miyun/board"></civic-indicator-board>`);
    expect(el.state).to.equal('loading');
    expect(root(el).querySelector('[part=loading]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await settled(el);
    await el.updateComplete;
    expect(cards(el)).to.have.length(20);
    expect(root(el).querySelectorAll('[part=section-title]').length).to.be.greaterThan(1);
    await expect(el).to.be.accessible();
  });

  it('shows the error state with fallback content', async () => {
    const el = await board(html`<civic-indicator-board src="/test-feeds/server-error/board"><a href="/plan.pdf">Plan</a></civic-indicator-board>`);
    expect(el.state).to.equal('error');
    expect(text(el)).to.contain('could not be loaded right now');
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('shows the empty state for a feed without indicators', async () => {
    const el = await board(html`<civic-indicator-board .feed=${{ version: 1, tasks: [] }}></civic-indicator-board>`);
    expect(el.state).to.equal('empty');
    expect(text(el)).to.contain('This plan has no indicators yet.');
    await expect(el).to.be.accessible();
  });

  it('keeps bad indicators safe: a "cannot compute" card, never a made-up percentage', async () => {
    const bad = {
      version: 1,
      lang: 'en',
      indicators: [
        { id: 'z', title: 'Zero target', unit: 'x', target: 0, value: 3 },
        { id: 'm', title: 'No baseline', unit: 'x', target: 1, value: 3, comparison: 'at-most' },
        { id: 'u', title: 'Odd', unit: 'x', target: 5, value: 3, comparison: 'sideways' },
        { id: 'n', title: 'No unit', target: 5, value: 'three' },
      ],
    };
    const el = await board(html`<civic-indicator-board .feed=${bad} debug></civic-indicator-board>`);
    const t = text(el);
    expect(t).to.contain('target must be a number above zero');
    expect(t).to.contain('needs a starting value');
    expect(el.problems.map((p) => p.code)).to.include('unknown-comparison');
    expect(root(el).querySelector('[part=debug]')!.textContent).to.contain('/indicators/2/comparison');
    // A value that is not a number was dropped by the validator: "no data yet", with no unit to show.
    const noUnit = cards(el)[3];
    expect(noUnit.textContent).to.contain('No data yet');
    expect(noUnit.querySelector('.amount')!.textContent!.trim()).to.equal('Target: 5');
    expect(el.problems.map((p) => p.code)).to.include('invalid-field');
    for (const c of cards(el).slice(0, 2)) expect(c.textContent).to.not.match(/\d%/);
    // An unknown comparison in a feed is repaired by the validator to "at-least", with a problem listed.
    expect(cards(el)[2].textContent).to.contain('60%');
    await expect(el).to.be.accessible();
  });

  it('follows the page language: Chinese titles, units and words', async () => {
    await setLang('zh-CN');
    const el = await board(html`<civic-indicator-board .feed=${feed} indicators="b"></civic-indicator-board>`);
    expect(text(el)).to.contain('1.2 / 1.45 万亩');
    expect(text(el)).to.contain('截至2024年9月30日');
    expect(text(el)).to.contain('示例数据');
    await expect(el).to.be.accessible();
  });

  it('uses one column in a 280px container and nothing overflows', async () => {
    const wrap = await fixture(html`<div style="width: 280px"><civic-indicator-board .feed=${feed}></civic-indicator-board></div>`);
    const el = wrap.querySelector('civic-indicator-board')!;
    await el.updateComplete;
    const cs = cards(el);
    expect(cs[0].getBoundingClientRect().left).to.equal(cs[1].getBoundingClientRect().left);
    for (const c of cs) expect(c.getBoundingClientRect().right).to.be.at.most(wrap.getBoundingClientRect().right + 0.5);
    expect(el.scrollWidth).to.be.at.most(280);
  });

  it('shows the last good copy with a notice when the network fails', async () => {
    const path = '/test-feeds/server-error/board-stale';
    writeCachedFeed(feedKey(path), JSON.stringify(feed), new Date('2024-09-30T09:00:00Z'));
    const el = await board(html`<civic-indicator-board src=${path}></civic-indicator-board>`);
    expect(el.state).to.equal('stale');
    expect(root(el).querySelector('[part=stale-notice]')!.textContent).to.contain('Could not refresh');
    expect(cards(el)).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme, cards and table', async () => {
    const el = await board(html`<civic-indicator-board theme="dark" .feed=${feed}></civic-indicator-board>`);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 25, 29)');
    await expect(el).to.be.accessible();
    el.table = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is keyboard usable: the toggle and the task links are in the tab order', async () => {
    const el = await board(html`<civic-indicator-board .feed=${feed}></civic-indicator-board>`);
    const focusable = [...root(el).querySelectorAll<HTMLElement>('button, a[href]')];
    expect(focusable.length).to.equal(6);
    for (const f of focusable) expect(f.tabIndex).to.equal(0);
    el.table = true;
    await el.updateComplete;
    // A table that fits is no tab stop and no landmark (IBM's element_tabbable_role_valid).
    const wrap = root(el).querySelector<HTMLElement>('.table-wrap')!;
    expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth + 1);
    expect(wrap.hasAttribute('tabindex')).to.equal(false);
    expect(root(el).querySelectorAll('[role=region]')).to.have.length(0);
    // Too narrow for its table, it scrolls sideways: a keyboard user can reach and scroll it.
    el.style.inlineSize = '150px';
    await until(() => root(el).querySelector('[role=region]') !== null, 4000, 'the scrolling table to become a region');
    const region = root(el).querySelector<HTMLElement>('[role=region]')!;
    expect(region.tabIndex).to.equal(0);
    // Grouped: each table's region is named by its section's heading and its caption.
    expect(region.getAttribute('aria-labelledby')).to.equal('s-0 c-0');
    expect(root(el).getElementById('s-0')!.textContent).to.equal('Farming');
    expect(root(el).getElementById('c-0')!.textContent).to.equal('Indicators (2)');
    // Wide again: the tab stop, role and name go.
    el.style.inlineSize = '';
    await until(() => !wrap.hasAttribute('tabindex'), 4000, 'the tab stop to go');
    expect(wrap.hasAttribute('role') || wrap.hasAttribute('aria-labelledby')).to.equal(false);
  });
});
