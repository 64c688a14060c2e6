/**
 * Truth as time passes, in the task list (issue 17): due dates judged honestly at a fixed clock
 * (the `now` property), the "of which" counts, the progress narrative, the date of every figure,
 * and heading-level.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/civic-task-list/civic-task-list.js';
import type { CivicTaskList } from '../../../src/elements/civic-task-list/civic-task-list.js';
import { followPageLanguage } from '../../../src/internal/locale.js';
import { setPageLang } from './wait.js';

interface RawUpdate {
  date: string;
  text: Record<string, string> | string;
  progress?: number;
}
interface RawTask {
  id: string;
  status: string;
  due?: string;
  updated?: string;
  progress?: number;
  title: Record<string, string>;
  updates?: RawUpdate[];
  milestones?: { title: Record<string, string>; due?: string; done?: boolean }[];
}
interface RawFeed {
  updated: string;
  tasks: RawTask[];
  sections: { id: string }[];
}

let miyun: RawFeed;
const root = (el: Element) => el.shadowRoot!;
const all = <T extends Element = HTMLElement>(el: Element, sel: string) => [...root(el).querySelectorAll<T>(sel)];
const one = <T extends Element = HTMLElement>(el: Element, sel: string) => root(el).querySelector<T>(sel)!;
const taskItem = (el: Element, id: string) => all(el, 'li.task').find((li) => li.dataset.id === id)!;
const idsWith = (el: Element, part: string) => all(el, 'li.task').filter((li) => li.querySelector(`.meta [part=${part}]`)).map((li) => li.dataset.id);
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const number = (el: Element, sel: string) => Number(root(el).querySelector(sel)?.textContent ?? NaN);
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The three moments of the proof, in Beijing. */
const BEFORE = new Date('2024-06-01T12:00:00+08:00');
const JUST_AFTER = new Date('2024-10-01T09:00:00+08:00');
const TWO_YEARS = new Date('2026-12-01T12:00:00+08:00');

async function list(feed: unknown, now: Date | null): Promise<CivicTaskList> {
  const el = await fixture<CivicTaskList>(html`<civic-task-list .feed=${feed} .now=${now}></civic-task-list>`);
  await el.updateComplete;
  return el;
}

describe('<civic-task-list>: truth as time passes', function () {
  this.timeout(30_000);
  before(async () => {
    followPageLanguage();
    miyun = await (await fetch('/public/feeds/miyun-2024.json')).json();
  });
  beforeEach(() => setPageLang('zh-CN'));

  describe('at three moments (Miyun, updated 30 September 2024, tasks due 31 December 2024)', () => {
    const moments: [string, Date, { overdue: number; dueNoUpdate: number }][] = [
      ['before the due dates (1 June 2024)', BEFORE, { overdue: 0, dueNoUpdate: 0 }],
      ['just after the feed’s update (1 October 2024)', JUST_AFTER, { overdue: 0, dueNoUpdate: 0 }],
      ['two years later (1 December 2026)', TWO_YEARS, { overdue: 0, dueNoUpdate: 21 }],
    ];
    for (const [name, now, expected] of moments) {
      it(`${name}: the statuses add up to the total, the markers follow the rule, axe passes`, async () => {
        const el = await list(miyun, now);
        const statuses = all(el, '.counts .count strong').map((s) => Number(s.textContent));
        expect(statuses).to.have.length(4);
        expect(statuses.reduce((a, b) => a + b, 0)).to.equal(miyun.tasks.length);
        // Neither overdue nor "due, no update since" is a status: the counts list holds only the four.
        expect(all(el, '.counts .overdue-count, .counts .due-no-update-count')).to.have.length(0);
        expect(all(el, 'li.task [part=overdue]')).to.have.length(expected.overdue);
        expect(idsWith(el, 'due-no-update')).to.have.length(expected.dueNoUpdate);
        if (expected.dueNoUpdate) {
          const due = miyun.tasks.filter((t) => t.status !== 'completed').map((t) => t.id);
          expect(idsWith(el, 'due-no-update')).to.deep.equal(due);
          expect(number(el, '[part=due-counts] .due-no-update-count strong')).to.equal(expected.dueNoUpdate);
          expect(root(el).querySelector('[part=due-counts] .overdue-count')).to.equal(null);
        } else {
          expect(root(el).querySelector('[part=due-counts]')).to.equal(null);
        }
        await expect(el).to.be.accessible();
      });
    }

    it('the neutral marker is not red, and says what it means in words (both languages)', async () => {
      const el = await list(miyun, TWO_YEARS);
      const marker = one(el, 'li.task .meta [part=due-no-update]');
      expect(squash(marker.textContent)).to.equal('已到期，未更新进展');
      expect(marker.querySelectorAll('wbr').length, 'it may wrap between its words (words.ts)').to.be.greaterThan(0);
      expect(marker.querySelector('svg')).to.not.equal(null);
      const danger = getComputedStyle(one(el, '[part=summary]')).getPropertyValue('--civic-color-danger').trim();
      const probe = document.createElement('span');
      probe.style.setProperty('color', danger);
      document.body.append(probe);
      const red = getComputedStyle(probe).color;
      probe.remove();
      expect(getComputedStyle(marker).color).to.not.equal(red);
      expect(squash(one(el, '[part=due-counts]').textContent)).to.equal('其中： 已到期未更新 21');
      await setPageLang('en');
      await el.updateComplete;
      expect(squash(one(el, 'li.task .meta [part=due-no-update]').textContent)).to.equal('Due, no update since');
      expect(squash(one(el, '[part=due-counts]').textContent)).to.equal('Of which: due, no update since 21');
    });

    it('an "of which" count reads as a line of text on a phone with 200 % text: icon, label and number not each on a line of its own', async () => {
      await setPageLang('en');
      const el = await list(miyun, TWO_YEARS);
      // 320 px with 200 % text: 32 px text in the page's width less its gutters.
      el.style.cssText = 'display: block; width: 300px; font-size: 32px';
      await el.updateComplete;
      const count = one(el, '[part=due-counts] .due-no-update-count');
      const lines = [...count.querySelector('.count-label')!.getClientRects()];
      const middle = (r: DOMRect) => r.top + r.height / 2;
      const icon = count.querySelector('svg')!.getBoundingClientRect();
      const figure = count.querySelector('strong')!.getBoundingClientRect();
      const em = 32;
      expect(Math.abs(middle(icon) - middle(lines[0])), 'the icon is on the label\'s first line').to.be.lessThan(em / 2);
      expect(icon.right, 'before it').to.be.at.most(lines[0].left + 1);
      const last = lines[lines.length - 1];
      expect(Math.abs(middle(figure) - middle(last)), 'the number follows the label\'s last word on its line').to.be.lessThan(em / 2);
      expect(figure.left).to.be.at.least(last.right - 1);
      expect(lines.length, 'the label wrapped between its words (what this test is about)').to.be.greaterThan(1);
      expect(el.scrollWidth, 'nothing sticks out').to.be.at.most(el.clientWidth);
    });

    it('a task whose due date had passed when it was last reported on is overdue: red, and counted "of which"', async () => {
      const feed = copy(miyun);
      // Task 2, in progress, last reported on 26 September 2024 with a due date of 1 September.
      feed.tasks[1].due = '2024-09-01';
      const el = await list(feed, TWO_YEARS);
      expect(all(el, 'li.task').filter((li) => li.querySelector('.meta [part=overdue]')).map((li) => li.dataset.id)).to.deep.equal(['t2']);
      expect(taskItem(el, 't2').querySelector('[part=due-no-update]')).to.equal(null);
      const marker = taskItem(el, 't2').querySelector('[part=overdue]')!;
      expect(squash(marker.textContent)).to.equal('已逾期');
      expect(number(el, '[part=due-counts] .overdue-count strong')).to.equal(1);
      expect(number(el, '[part=due-counts] .due-no-update-count strong')).to.equal(20);
      expect(squash(one(el, '[part=due-counts]').textContent)).to.equal('其中： 已逾期 1 已到期未更新 20');
      // Before its due date nothing is marked.
      el.now = new Date('2024-08-01T12:00:00+08:00');
      await el.updateComplete;
      expect(all(el, 'li.task [part=overdue], li.task [part=due-no-update]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('judges the opened task’s milestones by the same rule', async () => {
      const el = await list(miyun, JUST_AFTER);
      el.setAttribute('expanded', '');
      el.setAttribute('section', 's1 s4');
      await el.updateComplete;
      const milestone = (id: string, n: number) => taskItem(el, id).querySelectorAll('.milestones li')[n];
      // t17's milestone was due 31 August and not done when reported on 25 September: overdue.
      const t17 = miyun.tasks.find((t) => t.id === 't17')!;
      const late = t17.milestones!.findIndex((m) => m.due === '2024-08-31');
      expect(milestone('t17', late).querySelector('.overdue')).to.not.equal(null);
      // t1's "due 15 October" milestone: nothing yet on 1 October, "due, no update since" two years later.
      expect(milestone('t1', 1).querySelector('.overdue, .due-no-update')).to.equal(null);
      el.now = TWO_YEARS;
      await el.updateComplete;
      expect(squash(milestone('t1', 1).querySelector('.due-no-update')?.textContent)).to.equal('已到期，未更新进展');
      expect(milestone('t1', 0).querySelector('.overdue, .due-no-update'), 'done').to.equal(null);
      expect(milestone('t17', late).querySelector('.overdue')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('the progress narrative', () => {
    it('shows each task’s newest update with its date', async () => {
      const el = await list(miyun, TWO_YEARS);
      for (const t of miyun.tasks) {
        const latest = taskItem(el, t.id).querySelector('[part=latest-update]');
        const first = t.updates![0];
        const [y, m, d] = first.date.slice(0, 10).split('-').map(Number);
        expect(squash(latest?.textContent), t.id).to.equal(squash(`最新进展（${y}年${m}月${d}日）： ${(first.text as Record<string, string>)['zh-Hans']}`));
      }
      await setPageLang('en');
      await el.updateComplete;
      expect(squash(taskItem(el, 't1').querySelector('[part=latest-update]')!.textContent)).to.equal(
        `Latest (September 27, 2024): ${(miyun.tasks[0].updates![0].text as Record<string, string>).en}`,
      );
    });

    it('the opened task shows every update as a dated timeline, newest first, with its progress', async () => {
      const feed = copy(miyun);
      // Given oldest first: the list still shows them newest first.
      feed.tasks[0].updates!.reverse();
      const el = await list(feed, TWO_YEARS);
      el.setAttribute('expanded', '');
      el.setAttribute('section', 's1');
      await el.updateComplete;
      const items = [...taskItem(el, 't1').querySelectorAll('[part=timeline] > li')];
      expect(items.map((li) => squash(li.querySelector('.when')!.textContent))).to.deep.equal(['2024年9月27日', '2024年6月7日', '2024年4月26日']);
      expect(squash(items[0].querySelector('.update-progress')!.textContent)).to.equal('进度 75%');
      expect(items[0].textContent).to.contain('秋粮长势良好');
      expect(taskItem(el, 't1').querySelector('[part=timeline]')!.tagName).to.equal('OL');
      expect(squash(taskItem(el, 't1').querySelector('[part=timeline]')!.previousElementSibling!.textContent)).to.equal('进展情况');
      // The row's latest line is the newest too.
      expect(taskItem(el, 't1').querySelector('[part=latest-update]')!.textContent).to.contain('秋粮长势良好');
      await expect(el).to.be.accessible();
    });

    it('renders update text as text, marked with its own language when it is not the UI’s', async () => {
      await setPageLang('en');
      const feed = {
        version: 1,
        lang: 'zh-Hans',
        updated: '2024-09-30',
        tasks: [{ id: 'a', title: '任务', status: 'in-progress', updates: [{ date: '2024-09-01', text: '<img src=x onerror=alert(1)>进展' }] }],
      };
      const el = await list(feed, JUST_AFTER);
      const latest = one(el, '[part=latest-update]');
      expect(latest.querySelector('img')).to.equal(null);
      const span = latest.querySelector('[lang]')!;
      expect(span.getAttribute('lang')).to.equal('zh-Hans');
      expect(span.textContent).to.equal('<img src=x onerror=alert(1)>进展');
      expect(latest.textContent).to.contain('Latest (September 1, 2024):');
    });

    it('a task without updates shows no narrative line', async () => {
      const feed = { version: 1, lang: 'en', tasks: [{ id: 'a', title: 'Alpha', status: 'in-progress' }] };
      const el = await list(feed, JUST_AFTER);
      expect(root(el).querySelector('[part=latest-update]')).to.equal(null);
    });
  });

  describe('as-of on every figure', () => {
    it('each task’s progress, each section’s and the overall progress say what date they are as of, visibly and to screen readers', async () => {
      const el = await list(miyun, TWO_YEARS);
      const bar = taskItem(el, 't1').querySelector('[role=progressbar]')!;
      expect(bar.getAttribute('aria-valuetext')).to.equal('75%（截至2024年9月27日）');
      expect(squash(taskItem(el, 't1').querySelector('.meta [part=as-of]')!.textContent)).to.equal('截至2024年9月27日');
      for (const section of all(el, '[part=section]')) {
        expect(section.querySelector('.section-meta [role=progressbar]')!.getAttribute('aria-valuetext')).to.match(/（截至2024年9月30日）$/);
      }
      const overall = one(el, '[part=summary] [role=progressbar]');
      expect(overall.getAttribute('aria-valuetext')).to.match(/^\d+%（截至2024年9月30日）$/);
      expect(squash(one(el, '[part=summary] [part=as-of]').textContent)).to.equal('截至2024年9月30日');
      await setPageLang('en');
      await el.updateComplete;
      expect(taskItem(el, 't1').querySelector('[role=progressbar]')!.getAttribute('aria-valuetext')).to.equal('75% (as of September 27, 2024)');
    });

    it('without any date in the feed, the figures carry none', async () => {
      const feed = { version: 1, lang: 'en', tasks: [{ id: 'a', title: 'Alpha', status: 'in-progress', progress: 40 }] };
      const el = await list(feed, JUST_AFTER);
      expect(one(el, 'li.task [role=progressbar]').getAttribute('aria-valuetext')).to.equal('40%');
      expect(root(el).querySelector('[part=as-of]')).to.equal(null);
    });

    it('each task’s bar is named by its task, each section’s by its section', async () => {
      const el = await list(miyun, TWO_YEARS);
      const bar = taskItem(el, 't1').querySelector('[role=progressbar]')!;
      const name = root(el).getElementById(bar.getAttribute('aria-labelledby')!)!;
      expect(name.textContent).to.equal('压实粮食安全责任制');
      const section = one(el, '[part=section] .section-meta [role=progressbar]');
      expect(root(el).getElementById(section.getAttribute('aria-labelledby')!)!.getAttribute('part')).to.equal('section-heading');
    });
  });

  describe('heading-level', () => {
    const tags = (el: Element) => ({
      section: one(el, '[part=section-heading]').tagName,
      task: one(el, 'li.task .task-heading').tagName,
      details: one(el, 'li.task .details-heading').tagName,
    });
    for (const [level, expected] of [
      [null, ['H3', 'H4', 'H5']],
      ['2', ['H2', 'H3', 'H4']],
      ['3', ['H3', 'H4', 'H5']],
      ['4', ['H4', 'H5', 'H6']],
      ['6', ['H6', 'H6', 'H6']],
      ['9', ['H3', 'H4', 'H5']],
    ] as const) {
      it(`${level === null ? 'default (3)' : level}: sections ${expected[0]}, tasks ${expected[1]}, inside an opened task ${expected[2]}`, async () => {
        const el = await fixture<CivicTaskList>(
          html`<civic-task-list expanded section="s1" heading-level=${level ?? ''} .feed=${miyun} .now=${TWO_YEARS}></civic-task-list>`,
        );
        if (level === null) el.removeAttribute('heading-level');
        await el.updateComplete;
        const got = tags(el);
        expect([got.section, got.task, got.details]).to.deep.equal([...expected]);
        // The section keeps its name from its heading, whatever the level.
        expect(one(el, '[part=section]').getAttribute('aria-labelledby')).to.equal(one(el, '[part=section-heading]').id);
      });
    }
  });
});
