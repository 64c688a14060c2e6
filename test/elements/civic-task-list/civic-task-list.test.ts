import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/civic-task-list/civic-task-list.js';
import type { CivicTaskList } from '../../../src/elements/civic-task-list/civic-task-list.js';
import { configureLoader, feedKey } from '../../../src/feed/load.js';
import { writeCachedFeed } from '../../../src/feed/cache.js';
import { followPageLanguage } from '../../../src/internal/locale.js';
import { requestCount } from '../../support/helpers.js';
import { resetOwnFeeds, setPageLang, until } from './wait.js';

interface RawTask {
  id: string;
  section?: string;
  status: string;
  due?: string;
  progress?: number;
  owners?: Record<string, string>[];
  title: Record<string, string>;
}
interface RawFeed {
  tasks: RawTask[];
  sections: { id: string; title: Record<string, string> }[];
  events: { task?: string }[];
}

let miyun: RawFeed;
let path = 0;
/** A fresh Miyun URL for each test (the server counts requests per path). */
const miyunUrl = () => `/test-feeds/miyun/task-list-${++path}-${Date.now()}`;

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const all = <T extends Element = HTMLElement>(el: Element, sel: string) => [...root(el).querySelectorAll<T>(sel)];
const one = <T extends Element = HTMLElement>(el: Element, sel: string) => root(el).querySelector<T>(sel)!;
const taskItem = (el: Element, id: string) => all(el, 'li.task').find((li) => li.dataset.id === id)!;
const toggleOf = (el: Element, id: string) => taskItem(el, id).querySelector<HTMLButtonElement>('.toggle')!;
const settled = (el: CivicTaskList) => until(() => el.state !== 'loading' && el.state !== 'idle', 6000, 'feed');
const visibleIds = (el: Element) => all(el, 'li.task').map((li) => li.dataset.id);

async function miyunList(template = (src: string) => html`<civic-task-list src=${src}></civic-task-list>`): Promise<CivicTaskList> {
  const el = await fixture<CivicTaskList>(template(miyunUrl()));
  await settled(el);
  await el.updateComplete;
  return el;
}

/**
 * A fixture inside a box of the given width and font size. (A plain <div> fixture waits for an
 * animation frame, which never comes in a hidden tab when test files run in parallel.)
 */
async function boxed(template: TemplateResult, width: string, fontSize = '100%'): Promise<CivicTaskList> {
  const box = document.createElement('div');
  box.style.setProperty('width', width);
  box.style.setProperty('font-size', fontSize);
  return fixture<CivicTaskList>(template, { parentNode: box });
}

function clearHash(): void {
  history.replaceState(null, '', location.pathname + location.search);
}

describe('<civic-task-list>', function () {
  // The axe checks and full renders are slow on a busy 2-core machine with test files in parallel.
  this.timeout(30_000);
  before(async () => {
    configureLoader({ retryDelay: 10, timeout: 1500 });
    followPageLanguage();
    miyun = await (await fetch('/public/feeds/miyun-2024.json')).json();
  });
  beforeEach(async () => {
    resetOwnFeeds('task-list');
    await setPageLang('zh-CN');
    clearHash();
  });
  afterEach(clearHash);

  describe('the Miyun feed', () => {
    it('shows all 22 tasks in the 5 sections, in feed order', async () => {
      const el = await miyunList();
      expect(el.state).to.equal('ready');
      expect(visibleIds(el)).to.deep.equal(miyun.tasks.map((t) => t.id));
      expect(all(el, '[part=section]')).to.have.length(miyun.sections.length);
      const headings = all(el, '[part=section-heading]').map((h) => h.textContent!.replace(/\s+/g, ''));
      miyun.sections.forEach((s, i) => expect(headings[i]).to.contain(s.title['zh-Hans'].replace(/\s+/g, '')));
      await expect(el).to.be.accessible();
    });

    it('summarises the counts per status, overall progress, update date and the sample badge', async () => {
      const el = await miyunList();
      await setPageLang('en');
      await el.updateComplete;
      const summary = one(el, '[part=summary]');
      const countOf = (cls: string) => Number(summary.querySelector(`.count.status-${cls} strong`)!.textContent);
      for (const s of ['completed', 'in-progress', 'delayed', 'not-started']) {
        expect(countOf(s), s).to.equal(miyun.tasks.filter((t) => t.status === s).length);
      }
      expect(summary.textContent).to.contain(`${miyun.tasks.length} tasks`);
      expect(summary.textContent).to.contain('Updated on');
      expect(summary.textContent).to.contain('2024');
      expect(summary.querySelector('[part=sample-badge]')!.textContent).to.contain('Sample data');
      const withFigure = miyun.tasks.map((t) => t.progress ?? (t.status === 'completed' ? 100 : undefined)).filter((p) => p !== undefined) as number[];
      const mean = withFigure.reduce((a, b) => a + b, 0) / withFigure.length;
      const overall = summary.querySelector('[role=progressbar]')!;
      expect(Number(overall.getAttribute('aria-valuenow'))).to.equal(Math.round(mean));
    });

    it('on today\'s clock, marks no task overdue that was on time at its last update: due ones are "due, no update since"', async () => {
      const el = await miyunList();
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
      // Every due date of the feed is on or after its last update (30 September 2024): none was overdue then.
      const expected = miyun.tasks.filter((t) => t.status !== 'completed' && t.due && t.due < today).map((t) => t.id);
      expect(expected.length).to.be.greaterThan(0);
      const marked = all(el, 'li.task').filter((li) => li.querySelector('[part=due-no-update]')).map((li) => li.dataset.id);
      expect(marked).to.deep.equal(expected);
      expect(all(el, 'li.task [part=overdue]')).to.have.length(0);
      const completed = miyun.tasks.find((t) => t.status === 'completed')!;
      expect(taskItem(el, completed.id).querySelector('[part=due-no-update]')).to.equal(null);
    });

    it('shows each task with number, title, status text and shape, progress, lead departments and due date', async () => {
      const el = await miyunList();
      const t = miyun.tasks[0];
      const li = taskItem(el, t.id);
      expect(li.querySelector('.toggle')!.textContent).to.contain(t.title['zh-Hans']);
      const tag = li.querySelector('[part=status]')!;
      expect(tag.textContent!.trim()).to.equal('进行中');
      expect(tag.querySelector('svg.icon-in-progress')).to.not.equal(null);
      const bar = li.querySelector('[role=progressbar]')!;
      expect(bar.getAttribute('aria-valuenow')).to.equal(String(t.progress));
      expect(li.textContent).to.contain(t.owners![0]['zh-Hans']);
      expect(li.textContent).to.contain('2024年12月31日');
    });

    it('keeps each status shape distinct, so status never depends on colour', async () => {
      const el = await miyunList();
      const shapes = new Map<string, string>();
      for (const li of all(el, 'li.task')) {
        const status = [...li.classList].find((c) => c.startsWith('status-'))!;
        shapes.set(status, li.querySelector('[part=status] svg')!.innerHTML);
      }
      expect(shapes.size).to.equal(4);
      expect(new Set(shapes.values()).size).to.equal(4);
    });
  });

  describe('opening tasks', () => {
    it('opens with the mouse: aria-expanded, the details, and civic-task-toggle', async () => {
      const el = await miyunList();
      const t = miyun.tasks[0];
      const button = toggleOf(el, t.id);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const details = root(el).getElementById(button.getAttribute('aria-controls')!)!;
      expect(details.hidden).to.equal(true);
      const event = oneEvent(el, 'civic-task-toggle');
      button.click();
      const { detail } = await event;
      expect(detail).to.deep.equal({ id: t.id, open: true });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(details.hidden).to.equal(false);
      expect(details.textContent).to.contain('春播完成');
      await expect(el).to.be.accessible();
    });

    it('works with the keyboard: Tab reaches the toggle, Enter and Space open and close', async () => {
      const el = await miyunList();
      const first = miyun.tasks[0].id;
      one<HTMLInputElement>(el, 'input[type=search]').focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(toggleOf(el, first));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggleOf(el, first).getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggleOf(el, first).getAttribute('aria-expanded')).to.equal('false');
      // The status chips are buttons too.
      one<HTMLButtonElement>(el, '[part=chip]').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(one(el, '[part=chip]').getAttribute('aria-pressed')).to.equal('true');
    });

    it('shows milestones, indicators with value/target, related events and the copy-link control', async () => {
      const el = await miyunList((src) => html`<civic-task-list src=${src} expanded></civic-task-list>`);
      await setPageLang('en');
      await el.updateComplete;
      const li = taskItem(el, 't2');
      expect(li.querySelector('.milestones') ?? li.querySelector('.indicators')).to.not.equal(null);
      const indicators = [...li.querySelectorAll('.indicator')].map((x) => x.textContent!.replace(/\s+/g, ' '));
      expect(indicators[0]).to.contain('Annual vegetable output');
      expect(indicators[0]).to.contain('14.2');
      expect(indicators[0]).to.contain('≥');
      expect(indicators[0]).to.contain('19');
      expect(indicators[0]).to.contain('10,000 t');
      const eventful = miyun.tasks.find((t) => miyun.events.some((e) => e.task === t.id))!;
      const n = miyun.events.filter((e) => e.task === eventful.id).length;
      expect(taskItem(el, eventful.id).querySelectorAll('.events li')).to.have.length(n);
      expect(li.querySelector('[part=copy-link]')!.textContent).to.contain('Copy link');
    });

    it('opens every task with the expanded attribute', async () => {
      const el = await miyunList((src) => html`<civic-task-list src=${src} expanded></civic-task-list>`);
      const toggles = all(el, '.toggle');
      expect(toggles).to.have.length(miyun.tasks.length);
      expect(toggles.every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('filters', () => {
    it('filters by status chip with counts, without reloading, and fires civic-filter-change', async () => {
      const src = miyunUrl();
      const el = await fixture<CivicTaskList>(html`<civic-task-list src=${src}></civic-task-list>`);
      await settled(el);
      const chip = all(el, '[part=chip]').find((c) => c.dataset.status === 'delayed')!;
      const delayed = miyun.tasks.filter((t) => t.status === 'delayed').map((t) => t.id);
      expect(Number(chip.querySelector('.chip-count')!.textContent)).to.equal(delayed.length);
      expect(chip.getAttribute('aria-pressed')).to.equal('false');
      const event = oneEvent(el, 'civic-filter-change');
      chip.click();
      const { detail } = await event;
      expect(detail).to.deep.equal({ statuses: ['delayed'], sections: [], query: '' });
      await el.updateComplete;
      expect(chip.getAttribute('aria-pressed')).to.equal('true');
      expect(visibleIds(el)).to.deep.equal(delayed);
      expect(one(el, '.result-count').textContent).to.contain(`${delayed.length}`);
      expect(await requestCount(src)).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('filters by section', async () => {
      const el = await miyunList();
      const select = one<HTMLSelectElement>(el, 'select');
      const id = miyun.sections[2].id;
      select.value = id;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(visibleIds(el)).to.deep.equal(miyun.tasks.filter((t) => t.section === id).map((t) => t.id));
      expect(el.filters.sections).to.deep.equal([id]);
    });

    it('searches Chinese by substring in titles, summaries and departments', async () => {
      const el = await miyunList();
      const input = one<HTMLInputElement>(el, 'input[type=search]');
      input.focus();
      await sendKeys({ type: '园林' });
      await el.updateComplete;
      const ids = visibleIds(el);
      const expected = miyun.tasks
        .filter((t) => JSON.stringify([t.title['zh-Hans'], (t as { summary?: Record<string, string> }).summary?.['zh-Hans'], t.owners?.map((o) => o['zh-Hans'])]).includes('园林'))
        .map((t) => t.id);
      expect(expected.length).to.be.greaterThan(0);
      expect(ids).to.deep.equal(expected);
      expect(el.filters.query).to.equal('园林');
    });

    it('searches in English after the page language changes', async () => {
      const el = await miyunList();
      await setPageLang('en');
      el.filters = { query: 'vegetable' };
      await el.updateComplete;
      const expected = miyun.tasks
        .filter((t) => JSON.stringify([t.title.en, (t as { summary?: Record<string, string> }).summary?.en, t.owners?.map((o) => o.en)]).toLowerCase().includes('vegetable'))
        .map((t) => t.id);
      expect(visibleIds(el)).to.deep.equal(expected);
    });

    it('says when nothing matches and offers to clear the filters', async () => {
      const el = await miyunList();
      el.filters = { query: '没有这样的任务zzz' };
      await el.updateComplete;
      expect(all(el, 'li.task')).to.have.length(0);
      const none = one(el, '[part=no-results]');
      expect(none.textContent).to.contain('没有符合筛选条件的任务');
      await expect(el).to.be.accessible();
      one<HTMLButtonElement>(el, '[part=clear-filters]').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(all(el, 'li.task')).to.have.length(miyun.tasks.length);
      expect(root(el).activeElement).to.equal(one(el, 'input[type=search]'));
      expect(one<HTMLInputElement>(el, 'input[type=search]').value).to.equal('');
    });
  });

  describe('attributes', () => {
    it('section, status and owner narrow the list', async () => {
      const el = await miyunList((src) => html`<civic-task-list src=${src} section="s1, s2"></civic-task-list>`);
      expect(visibleIds(el)).to.deep.equal(miyun.tasks.filter((t) => t.section === 's1' || t.section === 's2').map((t) => t.id));
      el.removeAttribute('section');
      el.setAttribute('status', 'completed delayed');
      await el.updateComplete;
      expect(visibleIds(el)).to.deep.equal(miyun.tasks.filter((t) => t.status === 'completed' || t.status === 'delayed').map((t) => t.id));
      el.removeAttribute('status');
      el.setAttribute('owner', '文旅');
      await el.updateComplete;
      const expected = miyun.tasks.filter((t) => t.owners?.some((o) => o['zh-Hans'].includes('文旅'))).map((t) => t.id);
      expect(expected.length).to.be.greaterThan(0);
      expect(visibleIds(el)).to.deep.equal(expected);
      expect(one(el, '[part=summary]').textContent).to.contain(`${expected.length}`);
    });

    it('limit shows the first N and a "show all" button that moves focus to the next task', async () => {
      const el = await miyunList((src) => html`<civic-task-list src=${src} limit="5"></civic-task-list>`);
      expect(visibleIds(el)).to.deep.equal(miyun.tasks.slice(0, 5).map((t) => t.id));
      const more = one<HTMLButtonElement>(el, '[part=show-all]');
      expect(more.textContent).to.contain(String(miyun.tasks.length));
      more.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(visibleIds(el)).to.have.length(miyun.tasks.length);
      expect(root(el).activeElement).to.equal(toggleOf(el, miyun.tasks[5].id));
      expect(one(el, '[part=show-all]')).to.equal(null);
    });

    it('compact: one line a task, no filters', async () => {
      const host = await boxed(html`<civic-task-list src=${miyunUrl()} compact></civic-task-list>`, '280px');
      await settled(host);
      await host.updateComplete;
      expect(one(host, '[part=filters]')).to.equal(null);
      const toggles = all(host, '.toggle');
      expect(toggles).to.have.length(miyun.tasks.length);
      const lineHeight = parseFloat(getComputedStyle(toggles[0]).lineHeight);
      for (const b of toggles) expect(b.getBoundingClientRect().height).to.be.lessThan(lineHeight * 1.9);
      // Status still in text for assistive technology, and in shape on screen.
      expect(toggles[0].querySelector('.status-text')!.textContent).to.equal('进行中');
      expect(toggles[0].querySelector('svg')).to.not.equal(null);
      await expect(host).to.be.accessible();
    });

    it('hide-filters and hide-summary', async () => {
      const el = await miyunList((src) => html`<civic-task-list src=${src} hide-filters hide-summary></civic-task-list>`);
      expect(one(el, '[part=filters]')).to.equal(null);
      expect(one(el, '[part=summary]')).to.equal(null);
      expect(all(el, 'li.task')).to.have.length(miyun.tasks.length);
    });

    it('theme="dark" passes the contrast check', async () => {
      const el = await miyunList((src) => html`<civic-task-list src=${src} theme="dark" expanded limit="3"></civic-task-list>`);
      expect(getComputedStyle(el).backgroundColor).to.not.equal('rgb(255, 255, 255)');
      await expect(el).to.be.accessible();
    });

    it('fits 280px and a doubled font size without sideways scrolling', async () => {
      const el = await boxed(html`<civic-task-list src=${miyunUrl()} expanded></civic-task-list>`, '280px', '200%');
      await settled(el);
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.be.at.most(280);
      for (const node of all(el, '*')) {
        const box = node.getBoundingClientRect();
        if (!box.width) continue;
        expect(box.right, node.className.toString()).to.be.at.most(el.getBoundingClientRect().right + 1);
      }
    });
  });

  describe('large text', () => {
    /** The client rects of `word` in `root`'s text, one per line it is drawn on. */
    function linesOf(root: Element, word: string): number {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf(word);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + word.length);
        return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
      }
      throw new Error(`"${word}" not found`);
    }

    it('narrow with 200 % text, a task title takes the row\'s full width: a long English word stays on one line', async () => {
      await setPageLang('en');
      const feed = { version: 1, lang: 'en', tasks: [{ id: 'g', number: 1, title: 'Fulfil grain-security responsibilities', status: 'in-progress', progress: 40 }] };
      const el = await boxed(html`<civic-task-list .feed=${feed}></civic-task-list>`, '304px', '200%');
      await settled(el);
      await el.updateComplete;
      const toggle = toggleOf(el, 'g');
      const title = toggle.querySelector('.task-title')!;
      // Below the chevron and number, as wide as the button.
      expect(title.getBoundingClientRect().top).to.be.greaterThan(toggle.querySelector('.task-number')!.getBoundingClientRect().bottom - 1);
      expect(title.getBoundingClientRect().width).to.be.closeTo(toggle.getBoundingClientRect().width, 1);
      expect(linesOf(title, 'responsibilities')).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('wide, the title stays beside its number', async () => {
      await setPageLang('en');
      const feed = { version: 1, lang: 'en', tasks: [{ id: 'g', number: 1, title: 'Fulfil grain-security responsibilities', status: 'in-progress' }] };
      const el = await boxed(html`<civic-task-list .feed=${feed}></civic-task-list>`, '600px');
      await settled(el);
      await el.updateComplete;
      const toggle = toggleOf(el, 'g');
      const title = toggle.querySelector('.task-title')!.getBoundingClientRect();
      expect(title.left).to.be.greaterThan(toggle.querySelector('.task-number')!.getBoundingClientRect().right - 1);
    });

    it('a number or date in Chinese feed text (title, latest update) is never split across lines', async () => {
      const feed = {
        version: 1,
        lang: 'zh-Hans',
        timeZone: 'Asia/Shanghai',
        tasks: [
          {
            id: 'z',
            title: '完成2024年度宅基地确权登记颁证工作',
            status: 'in-progress',
            updates: [{ date: '2024-09-25', text: '外业调查完成约四成；试点方案预计10月中旬报区政府审定。' }],
          },
        ],
      };
      const el = await boxed(html`<civic-task-list .feed=${feed}></civic-task-list>`, '150px', '200%');
      await settled(el);
      await el.updateComplete;
      const row = taskItem(el, 'z');
      const kept = [...row.querySelectorAll('.nobr')].map((s) => s.textContent);
      expect(kept).to.include.members(['2024年', '10月']);
      for (const s of row.querySelectorAll('.nobr')) expect(getComputedStyle(s).whiteSpace).to.equal('nowrap');
      expect(linesOf(row.querySelector('.task-title')!, '2024年')).to.equal(1);
      expect(linesOf(row.querySelector('.latest')!, '10月')).to.equal(1);
      // The text reads as it was: the spans add nothing.
      expect(row.querySelector('.task-title')!.textContent).to.equal('完成2024年度宅基地确权登记颁证工作');
    });
  });

  describe('media', () => {
    afterEach(() => emulateMedia({ media: 'screen', reducedMotion: 'no-preference' }));

    it('prints without the controls', async () => {
      const el = await miyunList((src) => html`<civic-task-list src=${src} limit="3"></civic-task-list>`);
      expect(getComputedStyle(one(el, '[part=filters]')).display).to.not.equal('none');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(one(el, '[part=filters]')).display).to.equal('none');
      expect(getComputedStyle(one(el, '[part=show-all]')).display).to.equal('none');
      expect(getComputedStyle(one(el, '[part=task]')).display).to.not.equal('none');
    });

    it('drops the chevron animation with prefers-reduced-motion', async () => {
      const el = await miyunList((src) => html`<civic-task-list src=${src} limit="1"></civic-task-list>`);
      const icon = one(el, '.chevron .icon');
      expect(getComputedStyle(icon).transitionDuration).to.not.equal('0s');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(icon).transitionDuration).to.equal('0s');
    });
  });

  describe('deep links', () => {
    it('opens and focuses the task named in the page address', async () => {
      const target = miyun.tasks[19].id;
      history.replaceState(null, '', `#task-${target}`);
      const el = await miyunList();
      await until(() => toggleOf(el, target)?.getAttribute('aria-expanded') === 'true', 3000, 'open');
      await until(() => root(el).activeElement === toggleOf(el, target), 3000, 'focus');
      await until(() => {
        const top = taskItem(el, target).getBoundingClientRect().top;
        return top >= -2 && top < innerHeight - 40;
      }, 3000, 'scroll');
    });

    it('follows hashchange, clearing filters and the limit that hide the task', async () => {
      const el = await miyunList((src) => html`<civic-task-list src=${src} limit="3"></civic-task-list>`);
      el.filters = { statuses: ['completed'] };
      await el.updateComplete;
      const target = miyun.tasks.find((t) => t.status === 'delayed')!.id;
      location.hash = `#task-${target}`;
      await until(() => !!taskItem(el, target) && toggleOf(el, target).getAttribute('aria-expanded') === 'true', 3000, 'open');
      expect(el.filters.statuses).to.deep.equal([]);
    });

    it('ignores a link to a task that is not in the list', async () => {
      const el = await miyunList((src) => html`<civic-task-list src=${src} section="s1"></civic-task-list>`);
      const before = visibleIds(el);
      location.hash = '#task-t22';
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(visibleIds(el)).to.deep.equal(before);
      expect(all(el, '.toggle[aria-expanded=true]')).to.have.length(0);
    });

    it('copies the task link to the clipboard and confirms it', async () => {
      const copied: string[] = [];
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
      try {
        const el = await miyunList((src) => html`<civic-task-list src=${src} expanded limit="2"></civic-task-list>`);
        await setPageLang('en');
        await el.updateComplete;
        taskItem(el, 't1').querySelector<HTMLButtonElement>('[part=copy-link]')!.click();
        await until(() => copied.length === 1, 2000, 'clipboard');
        expect(copied[0]).to.equal(location.href.split('#')[0] + '#task-t1');
        await el.updateComplete;
        expect(taskItem(el, 't1').querySelector('.copied')!.textContent).to.contain('Link copied');
        expect(one(el, 'p[role=status].visually-hidden').textContent).to.contain('Link copied');
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });

    it('without a clipboard, shows the link selected in a text field', async () => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      try {
        const el = await miyunList((src) => html`<civic-task-list src=${src} expanded limit="2"></civic-task-list>`);
        taskItem(el, 't2').querySelector<HTMLButtonElement>('[part=copy-link]')!.click();
        await until(() => !!root(el).querySelector('input.link-field'), 2000, 'field');
        await el.updateComplete;
        const field = one<HTMLInputElement>(el, 'input.link-field');
        expect(field.value).to.equal(location.href.split('#')[0] + '#task-t2');
        expect(root(el).activeElement).to.equal(field);
        expect(field.selectionStart).to.equal(0);
        expect(field.selectionEnd).to.equal(field.value.length);
        await expect(el).to.be.accessible();
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });
  });

  describe('states', () => {
    it('loading: a skeleton that reserves space', async () => {
      const el = await fixture<CivicTaskList>(html`<civic-task-list src="/test-feeds/slow-good/task-list-${Date.now()}"></civic-task-list>`);
      expect(el.state).to.equal('loading');
      expect(one(el, '[part=loading]').getAttribute('aria-busy')).to.equal('true');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(el).to.be.accessible();
      await settled(el);
      expect(el.state).to.equal('ready');
      expect(text(el)).to.contain('First task');
    });

    it('error: a message, retry, and the fallback content stays visible', async () => {
      const el = await fixture<CivicTaskList>(html`<civic-task-list src="/test-feeds/not-found/task-list-${Date.now()}">
        <a href="/plan.pdf">The plan (PDF)</a>
      </civic-task-list>`);
      await settled(el);
      expect(el.state).to.equal('error');
      expect(one(el, '[part=retry]')).to.not.equal(null);
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('stale: the last good copy with a notice', async () => {
      const src = `/test-feeds/server-error/task-list-${Date.now()}`;
      const good = await (await fetch('/public/feeds/miyun-2024.json')).text();
      writeCachedFeed(feedKey(src), good, new Date('2024-09-30T09:00:00Z'));
      const el = await fixture<CivicTaskList>(html`<civic-task-list src=${src}></civic-task-list>`);
      await settled(el);
      expect(el.state).to.equal('stale');
      expect(one(el, '[part=stale-notice]')).to.not.equal(null);
      expect(all(el, 'li.task')).to.have.length(miyun.tasks.length);
      await expect(el).to.be.accessible();
    });

    it('empty: a feed without tasks says so', async () => {
      const el = await fixture<CivicTaskList>(html`<civic-task-list .feed=${{ version: 1, sample: true }}></civic-task-list>`);
      expect(el.state).to.equal('empty');
      expect(one(el, '[part=empty]').textContent).to.contain('还没有任务');
      expect(one(el, '[part=sample-badge]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('debug lists the feed problems', async () => {
      const feed = { version: 1, tasks: [{ id: 'x', title: 'X', status: 'paused' }] };
      const el = await fixture<CivicTaskList>(html`<civic-task-list debug .feed=${feed}></civic-task-list>`);
      expect(one(el, '[part=debug]').textContent).to.contain('/tasks/0/status');
      expect(el.problems.map((p) => p.code)).to.deep.equal(['unknown-status']);
    });
  });

  describe('bad input', () => {
    const bad = {
      version: 1,
      lang: 'en',
      sections: [{ id: 's1', title: 'Section one' }],
      tasks: [
        { id: 'u', section: 's1', title: 'Unknown status task', status: 'paused' },
        { id: 'o', section: 'nowhere', title: 'Orphan task', status: 'completed' },
        { id: 'dup', section: 's1', title: 'First copy', status: 'completed' },
        { id: 'dup', section: 's1', title: 'Second copy', status: 'completed' },
        { id: 'nt', section: 's1', status: 'completed' },
        { id: 'long', section: 's1', title: 'W'.repeat(10_000), status: 'in-progress' },
        { id: 'neg', section: 's1', title: 'Negative', status: 'in-progress', progress: -5 },
        { id: 'big', section: 's1', title: 'Big', status: 'in-progress', progress: 150 },
        { id: 'abc', section: 's1', title: 'Letters', status: 'in-progress', progress: 'abc' },
      ],
    };
    let el: CivicTaskList;
    beforeEach(async () => {
      await setPageLang('en');
      el = await boxed(html`<civic-task-list .feed=${bad}></civic-task-list>`, '320px');
    });
    const codes = () => el.problems.map((p) => `${p.path} ${p.code}`);

    it('shows an unknown status as "Unknown", with a warning', () => {
      expect(taskItem(el, 'u').querySelector('[part=status]')!.textContent!.trim()).to.equal('Status unknown');
      expect(codes()).to.include('/tasks/0/status unknown-status');
      expect(all(el, '[part=chip]').map((c) => c.dataset.status)).to.include('unknown');
    });

    it('puts a task whose section is missing under "Other", with a warning', () => {
      const sections = all(el, '[part=section]');
      const last = sections[sections.length - 1];
      expect(last.querySelector('h3')!.textContent).to.contain('Other');
      expect(last.querySelector('li.task')!.getAttribute('data-id')).to.equal('o');
      expect(codes()).to.include('/tasks/1/section missing-ref');
    });

    it('keeps the first of duplicate ids, with a warning', () => {
      expect(visibleIds(el).filter((id) => id === 'dup')).to.have.length(1);
      expect(text(el)).to.contain('First copy');
      expect(text(el)).to.not.contain('Second copy');
      expect(codes()).to.include('/tasks/3/id duplicate-id');
    });

    it('leaves out a task without a title, with an error', () => {
      expect(visibleIds(el)).to.not.include('nt');
      expect(el.problems.find((p) => p.path === '/tasks/4')!.severity).to.equal('error');
    });

    it('cuts a 10,000-character title and wraps it inside 320px', () => {
      const title = taskItem(el, 'long').querySelector('.task-title')!;
      expect(title.textContent!.length).to.be.lessThan(5_100);
      expect(codes()).to.include('/tasks/5/title string-too-long');
      expect(title.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 1);
    });

    it('clamps progress -5 and 150, ignores "abc", each with a warning', () => {
      const now = (id: string) => taskItem(el, id).querySelector('[role=progressbar]')?.getAttribute('aria-valuenow');
      expect(now('neg')).to.equal('0');
      expect(now('big')).to.equal('100');
      expect(now('abc')).to.equal(undefined);
      expect(taskItem(el, 'abc').querySelector('.no-progress')!.textContent).to.contain('No progress figure');
      expect(codes()).to.include.members(['/tasks/6/progress out-of-range', '/tasks/7/progress out-of-range', '/tasks/8/progress invalid-field']);
    });

    it('passes the accessibility check with all of it', async () => {
      await expect(el).to.be.accessible();
    });
  });

  it('renders HTML and script in every text field as text, never as markup', async () => {
    const x = '<img src=x onerror="window.__pwnedTask=1"><script>window.__pwnedTask=2</script>';
    const feed = {
      version: 1,
      lang: 'en',
      title: x,
      sections: [{ id: 's1', number: x, title: x, summary: x }],
      tasks: [
        {
          id: 't1',
          section: 's1',
          number: x,
          title: x,
          summary: x,
          owners: [x],
          status: 'in-progress',
          progress: 50,
          due: '2024-12-31',
          indicators: ['i1'],
          milestones: [{ title: x, due: '2024-05-01', done: true }],
          links: [
            { title: x, url: 'https://example.org/evidence' },
            { title: 'bad', url: 'javascript:alert(1)' },
          ],
        },
      ],
      indicators: [{ id: 'i1', title: x, unit: x, target: 10, value: 5 }],
      events: [{ id: 'e1', title: x, start: '2024-05-01', task: 't1' }],
    };
    await setPageLang('en');
    const el = await fixture<CivicTaskList>(html`<civic-task-list expanded .feed=${feed}></civic-task-list>`);
    expect(root(el).querySelector('img, script:not([type])')).to.equal(null);
    const occurrences = text(el).split('<img src=x').length - 1;
    expect(occurrences).to.be.at.least(10);
    const links = all<HTMLAnchorElement>(el, '.links a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/evidence']);
    expect((window as { __pwnedTask?: number }).__pwnedTask).to.equal(undefined);
  });

  it('switches language with <html lang>', async () => {
    const el = await miyunList();
    expect(text(el)).to.contain('压实粮食安全责任制');
    expect(one(el, '[part=summary]').textContent).to.contain('示例数据');
    await setPageLang('en');
    await el.updateComplete;
    expect(text(el)).to.contain('Fulfil grain-security responsibilities');
    expect(text(el)).to.contain('In progress');
    await expect(el).to.be.accessible();
  });

  it('reads a feed given as a property and re-renders when it changes', async () => {
    const feed = { version: 1, lang: 'en', tasks: [{ id: 'a', title: 'Alpha', status: 'completed' }] };
    const el = await fixture<CivicTaskList>(html`<civic-task-list .feed=${feed}></civic-task-list>`);
    expect(visibleIds(el)).to.deep.equal(['a']);
    el.feed = { ...feed, tasks: [...feed.tasks, { id: 'b', title: 'Beta', status: 'delayed' }] };
    await el.updateComplete;
    expect(visibleIds(el)).to.deep.equal(['a', 'b']);
  });

  it('validates a very large feed between frames: the loading view shows meanwhile, then the tasks', async () => {
    const tasks = Array.from({ length: 8000 }, (_, i) => ({ id: `t${i}`, title: `Task ${i}`, status: i % 2 ? 'in-progress' : 'completed' }));
    const el = document.createElement('civic-task-list') as CivicTaskList;
    el.feed = { version: 1, lang: 'en', tasks };
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.append(el);
    // Not validated at once: the element is still loading when the page gets its turn back.
    expect(el.state).to.equal('loading');
    expect(el.hasAttribute('data-loading')).to.equal(true);
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(text(el)).to.contain('8,000');
    expect(visibleIds(el).slice(0, 3)).to.deep.equal(['t0', 't1', 't2']);
  });

  it('makes the date formatter of the feed’s time zone while a large feed is validated, before the first render', async () => {
    // A zone no other test uses, so the formatter cache cannot have it yet.
    const timeZone = 'America/Lima';
    const made: number[] = [];
    const Original = Intl.DateTimeFormat;
    const spy = function (this: unknown, locale?: string | string[], options?: Intl.DateTimeFormatOptions) {
      if (options?.timeZone === timeZone && options.timeStyle) made.push(performance.now());
      return new Original(locale, options);
    } as unknown as typeof Intl.DateTimeFormat;
    spy.supportedLocalesOf = Original.supportedLocalesOf;
    Intl.DateTimeFormat = spy;
    try {
      const tasks = Array.from({ length: 8000 }, (_, i) => ({ id: `t${i}`, title: `Task ${i}`, status: 'in-progress' }));
      const el = document.createElement('civic-task-list') as CivicTaskList;
      let loaded = 0;
      el.addEventListener('civic-feed-load', () => (loaded = performance.now()));
      el.feed = { version: 1, lang: 'en', timeZone, updated: '2024-09-30T17:00:00-05:00', tasks };
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.append(el);
      expect(el.state).to.equal('loading');
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(made.length, 'date-time formatters made for America/Lima').to.equal(1);
      expect(loaded).to.be.greaterThan(0);
      expect(made[0]).to.be.lessThan(loaded);
    } finally {
      Intl.DateTimeFormat = Original;
    }
  });

  it('a feed set while a large one is being validated wins over it', async () => {
    const tasks = Array.from({ length: 8000 }, (_, i) => ({ id: `t${i}`, title: `Task ${i}`, status: 'in-progress' }));
    const el = document.createElement('civic-task-list') as CivicTaskList;
    el.feed = { version: 1, lang: 'en', tasks };
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.append(el);
    expect(el.state).to.equal('loading');
    el.feed = { version: 1, lang: 'en', tasks: [{ id: 'small', title: 'Small', status: 'completed' }] };
    await el.updateComplete;
    expect(visibleIds(el)).to.deep.equal(['small']);
    // The large feed's validation ends later and must not replace it.
    await new Promise((r) => setTimeout(r, 1500));
    await el.updateComplete;
    expect(visibleIds(el)).to.deep.equal(['small']);
  });

  it('renders a long list a chunk a frame, then all of it', async () => {
    const tasks = Array.from({ length: 400 }, (_, i) => ({ id: `t${i}`, title: `Task ${i}`, status: 'in-progress', progress: i % 100 }));
    const el = await fixture<CivicTaskList>(html`<civic-task-list .feed=${{ version: 1, lang: 'en', tasks }}></civic-task-list>`);
    expect(all(el, 'li.task').length).to.be.lessThan(400);
    await until(() => all(el, 'li.task').length === 400, 4000, 'all tasks');
    expect(visibleIds(el)).to.deep.equal(tasks.map((t) => t.id));
  });
});
