import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../../../src/elements/civic-event-calendar/civic-event-calendar.js';
import type { CivicEventCalendar } from '../../../src/elements/civic-event-calendar/civic-event-calendar.js';
import { configureLoader, feedKey } from '../../../src/feed/load.js';
import { writeCachedFeed } from '../../../src/feed/cache.js';
import { todayIn } from '../../../src/feed/dates.js';
import { offsetAt } from '../../../src/feed/format.js';
import { animationsDone, resetFeeds, setPageLang } from '../../support/helpers.js';
import { cell, dialog, focused, key, poll, root, settled, text } from './calendar-helpers.js';

const TZ = 'Asia/Shanghai';
const today = todayIn(TZ);
const month = today.slice(0, 7);
const addDays = (d: string, n: number) => {
  const t = new Date(Date.parse(d + 'T12:00:00Z') + n * 86_400_000);
  return t.toISOString().slice(0, 10);
};
const addMonths = (m: string, n: number) => {
  const t = new Date(Date.UTC(+m.slice(0, 4), +m.slice(5, 7) - 1 + n, 1));
  return t.toISOString().slice(0, 7);
};

const categories = [
  { id: 'culture', title: { en: 'Culture', 'zh-Hans': '文化' }, color: '#7b3294' },
  { id: 'sports', title: { en: 'Sports', 'zh-Hans': '体育' }, color: '#b3261e' },
];

/** A small feed around a given month. */
function feedIn(m: string, extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    id: 'cal-test',
    lang: 'en',
    title: 'Test events',
    timeZone: TZ,
    sample: true,
    tasks: [{ id: 't1', title: { en: 'Village culture programme', 'zh-Hans': '乡村文化项目' }, status: 'in-progress' }],
    categories,
    events: [
      {
        id: 'gala',
        title: { en: 'Village gala', 'zh-Hans': '村晚' },
        summary: 'A show.',
        category: 'culture',
        start: `${m}-10T19:00:00+08:00`,
        end: `${m}-10T21:00:00+08:00`,
        location: { name: 'Town hall', address: '1 Main Street' },
        url: '/events/gala',
        task: 't1',
      },
      { id: 'run', title: 'Fun run', category: 'sports', start: `${m}-10`, status: 'cancelled' },
      { id: 'fair', title: 'Long fair', category: 'culture', start: `${m}-05`, end: `${m}-16` },
      { id: 'late', title: 'Postponed talk', category: 'culture', start: `${m}-20T10:00:00+08:00`, status: 'postponed' },
    ],
    ...extra,
  };
}

describe('<civic-event-calendar>', () => {
  before(() => configureLoader({ retryDelay: 10, timeout: 1500 }));
  beforeEach(async () => {
    await resetFeeds();
    await setPageLang('en');
  });

  describe('month grid', () => {
    it('opens on the month of the next occurrence (Miyun data on 2026-12-01: the ice-and-snow season)', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar today="2026-12-01" src="/test-feeds/miyun/initial"></civic-event-calendar>`);
      await settled(el);
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(el.shownMonth).to.equal('2026-12');
      expect(root(el).querySelector('[part=title]')!.textContent).to.contain('December 2026');
      expect(text(el)).to.contain('Miyun Ice and Snow Season');
      expect(root(el).querySelector('[part=sample-badge]')).to.not.equal(null);
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('opens on the current month when it has events, else on the next month with events', async () => {
      const now = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feedIn(month)}></civic-event-calendar>`);
      expect(now.shownMonth).to.equal(month);
      const later = addMonths(month, 3);
      const past = addMonths(month, -5);
      const feed = feedIn(later, { events: [...feedIn(later).events, { id: 'old', title: 'Old', start: `${past}-02` }] });
      const next = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feed}></civic-event-calendar>`);
      expect(next.shownMonth).to.equal(later);
    });

    it('opens on the last month with events of the chosen categories', async () => {
      const feed = feedIn('2024-03', {
        events: [
          { id: 'c', title: 'Culture day', category: 'culture', start: '2024-03-03' },
          { id: 's', title: 'Sports day', category: 'sports', start: '2024-06-03' },
        ],
      });
      const all = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feed}></civic-event-calendar>`);
      expect(all.shownMonth).to.equal('2024-06');
      const culture = await fixture<CivicEventCalendar>(html`<civic-event-calendar category="culture" .feed=${feed}></civic-event-calendar>`);
      expect(culture.shownMonth).to.equal('2024-03');
    });

    it('starts weeks on Monday for en-GB (the page language\'s week)', async () => {
      await setPageLang('en-GB');
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feedIn('2024-09')}></civic-event-calendar>`);
      expect(root(el).querySelector('[role=columnheader] .visually-hidden')!.textContent).to.equal('Monday');
    });

    it('opens on the month attribute and follows it', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar month="2024-09" src="/test-feeds/miyun/month-attr"></civic-event-calendar>`);
      await settled(el);
      expect(el.shownMonth).to.equal('2024-09');
      expect(text(el)).to.contain('First Apimondia Asian Beekeeping Congress');
      el.month = '2024-10';
      await el.updateComplete;
      expect(el.shownMonth).to.equal('2024-10');
      expect(text(el)).to.contain('Miyun International Eco Marathon');
    });

    it('starts weeks on Monday in Chinese and on Sunday for en-US', async () => {
      await setPageLang('en-US');
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feedIn('2024-09')}></civic-event-calendar>`);
      const first = () => root(el).querySelector('[role=columnheader] .visually-hidden')!.textContent;
      expect(first()).to.equal('Sunday');
      expect(root(el).querySelectorAll('[role=row]')).to.have.length(7);
      await setPageLang('zh-CN');
      await el.updateComplete;
      expect(first()).to.equal('星期一');
      // 2024-09-01 was a Sunday: in a Monday-first grid it is the last cell of the first row.
      const firstRow = root(el).querySelectorAll('[role=row]')[1];
      expect(firstRow.querySelectorAll('[role=gridcell]')[6].getAttribute('data-date')).to.equal('2024-09-01');
    });

    it('marks today, and dims days outside the month', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feedIn(month)}></civic-event-calendar>`);
      const t = cell(el, today);
      expect(t.getAttribute('aria-current')).to.equal('date');
      expect(t.textContent).to.contain('today');
      expect(root(el).querySelectorAll('[aria-current=date]')).to.have.length(1);
      const outside = root(el).querySelector('[role=gridcell].out');
      expect(outside).to.not.equal(null);
      expect(outside!.getAttribute('data-date')!.slice(0, 7)).to.not.equal(month);
    });

    it('names each event with its title, time and status', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feedIn('2024-09')}></civic-event-calendar>`);
      const gala = root(el).querySelector<HTMLButtonElement>('button[part=event][data-id=gala]')!;
      expect(gala.localName).to.equal('button');
      // The whole name is the aria-label (issue 20: no space before its comma).
      expect(gala.getAttribute('aria-label')).to.match(/7:00.*Village gala.*9:00/);
      const run = root(el).querySelector<HTMLButtonElement>('button[part=event][data-id=run]')!;
      expect(run.textContent).to.contain('Fun run');
      expect(run.textContent).to.contain('Cancelled');
      expect(getComputedStyle(run.querySelector('.ev-title')!).textDecorationLine).to.equal('line-through');
      const late = root(el).querySelector<HTMLButtonElement>('button[part=event][data-id=late]')!;
      expect(late.textContent).to.contain('Postponed');
    });

    it('draws a multi-day event as one bar per week across the days', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feedIn('2024-09')}></civic-event-calendar>`);
      // 2024-09-05 (Thu) to 09-16 (Mon), weeks from Sunday: 3 bars.
      const bars = [...root(el).querySelectorAll<HTMLElement>('button[part=event][data-id=fair]')];
      expect(bars).to.have.length(3);
      expect(bars[1].classList.contains('cont-before')).to.equal(true);
      expect(bars[1].classList.contains('cont-after')).to.equal(true);
      const day = cell(el, '2024-09-08').getBoundingClientRect().width;
      expect(bars[1].getBoundingClientRect().width).to.be.greaterThan(day * 6.5);
      const start = cell(el, '2024-09-08').getBoundingClientRect().left;
      expect(Math.abs(bars[1].getBoundingClientRect().left - start)).to.be.lessThan(day / 4);
    });

    it('shows "+N more" for a day with 400 events, and lists them all on demand', async () => {
      const many = Array.from({ length: 400 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: `2024-09-12T${String(8 + (i % 10)).padStart(2, '0')}:00:00+08:00` }));
      const t0 = performance.now();
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${{ version: 1, lang: 'en', timeZone: TZ, events: many }}></civic-event-calendar>`);
      expect(performance.now() - t0).to.be.lessThan(3000);
      const c = cell(el, '2024-09-12');
      const shown = c.querySelectorAll('button[part=event]').length;
      expect(shown).to.be.greaterThan(0).and.lessThan(4);
      const more = c.querySelector<HTMLButtonElement>('[part=more]')!;
      expect(more.textContent).to.contain(`+${400 - shown} more`);
      more.click();
      await poll(() => dialog(el).open);
      await el.updateComplete;
      expect(dialog(el).querySelectorAll('.day-event')).to.have.length(400);
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('has one tab stop and moves by arrow keys, Home/End and PageUp/PageDown', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feedIn('2024-09')}></civic-event-calendar>`);
      const stops = root(el).querySelectorAll('[role=grid] [tabindex="0"]');
      expect(stops).to.have.length(1);
      expect(root(el).querySelectorAll('[role=grid] button:not([tabindex="-1"])')).to.have.length(0);
      (stops[0] as HTMLElement).focus();
      const start = focused(el)!.dataset.date!;
      expect(start.slice(0, 7)).to.equal('2024-09');
      await key(el, 'ArrowRight');
      expect(focused(el)!.dataset.date).to.equal(addDays(start, 1));
      await key(el, 'ArrowDown');
      expect(focused(el)!.dataset.date).to.equal(addDays(start, 8));
      await key(el, 'ArrowLeft');
      await key(el, 'ArrowUp');
      expect(focused(el)!.dataset.date).to.equal(start);
      expect(root(el).querySelectorAll('[role=grid] [tabindex="0"]')).to.have.length(1);
      await key(el, 'Home');
      const home = focused(el)!;
      expect(home.parentElement!.firstElementChild).to.equal(home);
      await key(el, 'End');
      const end = focused(el)!;
      expect(end.parentElement!.lastElementChild).to.equal(end);
      await setPageLang('en');
      const changes: string[] = [];
      el.addEventListener('civic-month-change', (e) => changes.push((e as CustomEvent).detail.month));
      const before = focused(el)!.dataset.date!;
      await key(el, 'PageDown');
      expect(el.shownMonth).to.equal('2024-10');
      expect(focused(el)!.dataset.date).to.equal(`2024-10-${before.slice(8)}`);
      expect(changes).to.deep.equal(['2024-10']);
      expect(root(el).querySelector('[role=status][aria-live]')!.textContent).to.contain('October 2024');
      await key(el, 'PageUp');
      expect(el.shownMonth).to.equal('2024-09');
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('moves into the next month with the arrow keys past the last day', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar month="2024-09" .feed=${feedIn('2024-09')}></civic-event-calendar>`);
      cell(el, '2024-09-01').focus();
      await el.updateComplete;
      await key(el, 'ArrowUp');
      expect(el.shownMonth).to.equal('2024-08');
      expect(focused(el)!.dataset.date).to.equal('2024-08-25');
    });

    it('opens the day with Enter: one event → its details, several → the day list; focus comes back', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feedIn('2024-09')}></civic-event-calendar>`);
      const selected: string[] = [];
      el.addEventListener('civic-event-select', (e) => selected.push((e as CustomEvent).detail.id));
      cell(el, '2024-09-20').focus();
      await el.updateComplete;
      await key(el, 'Enter');
      await poll(() => dialog(el).open);
      expect(dialog(el).querySelector('h2')!.textContent).to.contain('Postponed talk');
      expect(selected).to.deep.equal(['late']);
      await animationsDone(el);
      await expect(el).to.be.accessible();
      dialog(el).close();
      await poll(() => !dialog(el).open && !!focused(el), 2000, 'focus back');
      expect(focused(el)!.dataset.date).to.equal('2024-09-20');

      cell(el, '2024-09-10').focus();
      await el.updateComplete;
      await key(el, 'Enter');
      await poll(() => dialog(el).open);
      const items = [...dialog(el).querySelectorAll<HTMLButtonElement>('.day-event')];
      expect(items.map((b) => b.textContent!.trim())).to.have.members(['Fun run', 'Long fair', 'Village gala']);
      items.find((b) => b.textContent!.includes('Village gala'))!.click();
      await el.updateComplete;
      await poll(() => !!dialog(el).querySelector('[part=detail]'));
      expect(selected).to.deep.equal(['late', 'gala']);
      dialog(el).close();
      await poll(() => !dialog(el).open && !!focused(el), 2000, 'focus back');
      expect(focused(el)!.dataset.date).to.equal('2024-09-10');
    });

    it('opens with Space too, jumps to the month ends with Ctrl+Home/End, and says when a day is empty', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feedIn('2024-09')}></civic-event-calendar>`);
      cell(el, '2024-09-12').focus();
      await key(el, 'End', { ctrlKey: true });
      expect(focused(el)!.dataset.date).to.equal('2024-09-30');
      await key(el, 'Home', { ctrlKey: true });
      expect(focused(el)!.dataset.date).to.equal('2024-09-01');
      await key(el, ' ');
      expect(dialog(el).open).to.equal(false);
      expect(root(el).querySelector('[role=status][aria-live]')!.textContent).to.contain('No events on this day');
      cell(el, '2024-09-20').focus();
      await key(el, ' ');
      await poll(() => dialog(el).open);
      expect(dialog(el).querySelector('h2')!.textContent).to.contain('Postponed talk');
      el.closeDialog();
    });

    it('opens an event from its button and gives focus back to it', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feedIn('2024-09')}></civic-event-calendar>`);
      const button = root(el).querySelector<HTMLButtonElement>('button[part=event][data-id=late]')!;
      button.focus();
      button.click();
      await poll(() => dialog(el).open);
      expect(dialog(el).querySelector('[part=detail]')!.textContent).to.contain('Postponed');
      dialog(el).close();
      await poll(() => root(el).activeElement === button, 2000, 'focus on the event');
    });

    it('changes month with the buttons and the month/year picker, announcing it', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feedIn('2024-09')}></civic-event-calendar>`);
      const live = () => root(el).querySelector('[role=status][aria-live]')!.textContent!;
      root(el).querySelector<HTMLButtonElement>('.next')!.click();
      await el.updateComplete;
      expect(el.shownMonth).to.equal('2024-10');
      expect(live()).to.contain('October 2024: no events');
      root(el).querySelector<HTMLButtonElement>('.prev')!.click();
      await el.updateComplete;
      expect(live()).to.contain('September 2024: 4 events');
      const year = root(el).querySelector<HTMLSelectElement>('.pick-year')!;
      year.value = String(+today.slice(0, 4));
      year.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.shownMonth).to.equal(`${today.slice(0, 4)}-09`);
      const m = root(el).querySelector<HTMLSelectElement>('.pick-month')!;
      m.value = '2';
      m.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.shownMonth).to.equal(`${today.slice(0, 4)}-02`);
      root(el).querySelector<HTMLButtonElement>('.today-btn')!.click();
      await el.updateComplete;
      expect(el.shownMonth).to.equal(month);
    });
  });

  describe('names, live messages and narrow widths (issue 20)', () => {
    it('names event buttons "title, dates, status" with no space before a comma', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feedIn('2024-09')}></civic-event-calendar>`);
      const name = (id: string) => root(el).querySelector(`button[part=event][data-id=${id}]`)!.getAttribute('aria-label')!;
      expect(name('fair')).to.equal('Long fair, September 5 – 16, 2024, Ended');
      expect(name('run')).to.equal('Fun run, Cancelled, Tuesday, September 10, 2024');
      expect(name('gala')).to.match(/^7:00 PM Village gala, Tuesday, September 10, 2024.*7:00.*9:00 PM, Ended$/);
      for (const id of ['fair', 'run', 'gala', 'late']) expect(name(id)).to.not.match(/\s,/);
    });

    it('reads a day cell as date, events, then the lunar date marked 农历 (the drawn lunar label is hidden)', async () => {
      await setPageLang('zh-CN');
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar month="2024-09" src="/test-feeds/miyun/lunar"></civic-event-calendar>`);
      await settled(el);
      await poll(() => !!cell(el, '2024-09-10').querySelector('.lunar'), 3000, 'lunar labels');
      await el.updateComplete;
      const day = cell(el, '2024-09-10');
      expect(day.querySelector('.lunar')!.getAttribute('aria-hidden')).to.equal('true');
      const spoken = day.lastElementChild as HTMLElement;
      expect(spoken.className).to.equal('visually-hidden');
      expect(spoken.textContent).to.equal('农历八月初八');
      expect(day.querySelector('.day-head .visually-hidden')!.textContent).to.match(/^2024年9月10日星期二/);
      expect(cell(el, '2024-09-22').lastElementChild!.textContent).to.equal('农历八月二十，秋分');
    });

    it('clears "No events on this day." once the visitor moves to another day', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feedIn('2024-09')}></civic-event-calendar>`);
      const live = () => root(el).querySelector('[role=status][aria-live]')!.textContent!.trim();
      cell(el, '2024-09-01').focus();
      await key(el, 'Enter');
      expect(live()).to.equal('No events on this day.');
      await key(el, 'ArrowRight');
      expect(focused(el)!.dataset.date).to.equal('2024-09-02');
      expect(live()).to.equal('');
    });

    it('hands the month grid over to a list, saying so, when 200 % text leaves it under 16em', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px; font-size: 32px"></div>`);
      const el = document.createElement('civic-event-calendar');
      el.feed = feedIn('2024-09');
      el.view = 'month';
      el.month = '2024-09';
      wrap.append(el);
      await poll(() => !!root(el).querySelector('.month-list'), 3000, 'the list');
      await el.updateComplete;
      expect(el.currentView).to.equal('month');
      expect(root(el).querySelector('[role=grid]')).to.equal(null);
      expect(root(el).querySelector('[part=narrow-note]')!.textContent).to.contain('Shown as a list on this narrow screen.');
      expect(root(el).querySelector('[part=title]')!.textContent).to.contain('September 2024');
      const titles = [...root(el).querySelectorAll('.month-list .agenda-title')].map((b) => b.textContent!.trim());
      expect(titles).to.include.members(['Long fair', 'Village gala', 'Fun run', 'Postponed talk']);
      root(el).querySelector<HTMLButtonElement>('.next')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('.month-list .no-events')!.textContent).to.contain('No events this month.');
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      await animationsDone(el);
      await expect(el).to.be.accessible();
      // The same width with 16 px text (20em) keeps the grid.
      wrap.style.fontSize = '16px';
      el.remove();
      const grid = document.createElement('civic-event-calendar');
      grid.feed = feedIn('2024-09');
      grid.view = 'month';
      wrap.append(grid);
      await grid.updateComplete;
      await new Promise((r) => setTimeout(r, 100));
      await grid.updateComplete;
      expect(root(grid).querySelector('[role=grid]')).to.not.equal(null);
      expect(root(grid).querySelector('.month-list')).to.equal(null);
    });

    it('draws the pressed ✓ with empty alternative text, so names carry no glyph', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feedIn('2024-09')}></civic-event-calendar>`);
      const pressed = root(el).querySelector<HTMLButtonElement>('.views button[aria-pressed=true]')!;
      expect(getComputedStyle(pressed, '::before').content).to.match(/"✓ ?"\s*\/\s*""/);
      expect(pressed.textContent!.trim()).to.equal('Month view');
    });
  });

  describe('lunar dates', () => {
    it('shows lunar dates and 秋分 on the harvest festival in Chinese; lunar="off" hides them', async () => {
      await setPageLang('zh-CN');
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar month="2024-09" src="/test-feeds/miyun/lunar"></civic-event-calendar>`);
      await settled(el);
      const harvest = cell(el, '2024-09-22');
      expect(harvest.querySelector('.lunar.term')!.textContent).to.equal('秋分');
      expect(harvest.textContent).to.contain('中国农民丰收节密云区活动');
      expect(cell(el, '2024-09-17').querySelector('.lunar')!.textContent).to.equal('十五');
      await animationsDone(el);
      await expect(el).to.be.accessible();
      el.lunar = 'off';
      await el.updateComplete;
      expect(root(el).querySelector('.lunar')).to.equal(null);
    });

    it('does not show lunar dates in English', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar month="2024-09" .feed=${feedIn('2024-09')}></civic-event-calendar>`);
      expect(root(el).querySelector('.lunar')).to.equal(null);
    });
  });

  describe('agenda', () => {
    it('lists upcoming events by day with headings; past events behind a control', async () => {
      const feed = feedIn(month, {
        events: [
          { id: 'soon', title: 'Soon', start: addDays(today, 2) + 'T10:00:00+08:00', location: { name: 'Library' }, category: 'culture' },
          { id: 'soon2', title: 'Also soon', start: addDays(today, 2) },
          { id: 'later', title: 'Later', start: addDays(today, 9), status: 'cancelled' },
          { id: 'gone', title: 'Gone', start: addDays(today, -3) },
        ],
      });
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar view="agenda" .feed=${feed}></civic-event-calendar>`);
      expect(el.currentView).to.equal('agenda');
      const headings = [...root(el).querySelectorAll('h3.agenda-day')];
      expect(headings).to.have.length(2);
      const items = [...root(el).querySelectorAll('[part=agenda-item]')].map((i) => i.textContent!.replace(/\s+/g, ' '));
      expect(items[0]).to.contain('Also soon');
      expect(items[1]).to.contain('Soon').and.contain('Library').and.contain('Culture');
      expect(items[2]).to.contain('Later').and.contain('Cancelled');
      expect(text(el)).to.not.contain('Gone');
      const toggle = root(el).querySelector<HTMLButtonElement>('.past-toggle')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.textContent).to.contain('(1)');
      const addAll = () => root(el).querySelector('.feed-actions [part=add-to-calendar]')?.textContent ?? '';
      expect(addAll(), 'the agenda adds the upcoming events it lists').to.contain('3 upcoming events');
      await animationsDone(el);
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(text(el)).to.contain('Gone');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(addAll(), 'with the past shown, still the upcoming ones (issue 18: past is past)').to.contain('3 upcoming events');
      root(el).querySelector<HTMLButtonElement>('.agenda-title[data-id=soon]')!.click();
      await poll(() => dialog(el).open);
      expect(dialog(el).textContent).to.contain('Library');
    });

    it('offers no "add these events" when nothing is upcoming: the most recent events, which say they ended', async () => {
      const feed = feedIn(month, { events: [{ id: 'gone', title: 'Gone', start: addDays(today, -3) }] });
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar view="agenda" .feed=${feed}></civic-event-calendar>`);
      expect(root(el).querySelector('[part=title]')!.textContent).to.contain('Recent events');
      expect(text(el)).to.contain('Gone').and.contain('Ended');
      expect(root(el).querySelector('.feed-actions')).to.equal(null);
      root(el).querySelector<HTMLButtonElement>('.past-toggle')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('.feed-actions')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('switches to the agenda when the element is narrower than 480px, unless view is set', async () => {
      const wrap = document.createElement('div');
      wrap.style.width = '300px';
      const auto = document.createElement('civic-event-calendar');
      const fixed = document.createElement('civic-event-calendar');
      auto.feed = feedIn('2024-09');
      fixed.feed = feedIn('2024-09');
      fixed.view = 'month';
      wrap.append(auto, fixed);
      document.body.append(wrap);
      try {
        await poll(() => auto.currentView === 'agenda', 3000, 'agenda');
        await auto.updateComplete;
        expect(root(auto).querySelector('[part=agenda]')).to.not.equal(null);
        expect(fixed.currentView).to.equal('month');
        expect(root(fixed).querySelector('[role=grid]')).to.not.equal(null);
        expect(fixed.getBoundingClientRect().width).to.be.at.most(300);
        await animationsDone(auto);
        await expect(auto).to.be.accessible();
        if (document.visibilityState === 'visible' && document.hasFocus()) {
          // Resizing later goes through the ResizeObserver, which only reports in a rendered (front) page.
          wrap.style.width = '900px';
          await poll(() => auto.currentView === 'month', 3000, 'month');
        }
      } finally {
        wrap.remove();
      }
    });

    it('lets the visitor switch views with pressed buttons', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feedIn('2024-09')}></civic-event-calendar>`);
      const agenda = root(el).querySelectorAll<HTMLButtonElement>('.view-btn')[1];
      agenda.click();
      await el.updateComplete;
      expect(el.currentView).to.equal('agenda');
      expect(root(el).querySelectorAll<HTMLButtonElement>('.view-btn')[1].getAttribute('aria-pressed')).to.equal('true');
    });
  });

  describe('filters', () => {
    it('filters by category with chips that carry the colour and the name', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feedIn('2024-09')}></civic-event-calendar>`);
      const chips = [...root(el).querySelectorAll<HTMLButtonElement>('[part=chip]')];
      expect(chips.map((c) => c.textContent!.trim())).to.deep.equal(['All categories', 'Culture', 'Sports']);
      expect(chips[1].style.getPropertyValue('--civic-event-color')).to.equal('#7b3294');
      chips[2].click();
      await el.updateComplete;
      expect(chips[2].getAttribute('aria-pressed')).to.equal('true');
      expect(root(el).querySelector('[data-id=run]')).to.not.equal(null);
      expect(root(el).querySelector('[data-id=gala]')).to.equal(null);
      chips[0].click();
      await el.updateComplete;
      expect(root(el).querySelector('[data-id=gala]')).to.not.equal(null);
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('reads the category attribute (space or comma separated)', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar category="sports, nope" .feed=${feedIn('2024-09')}></civic-event-calendar>`);
      expect(root(el).querySelector('[data-id=gala]')).to.equal(null);
      expect(root(el).querySelector('[data-id=run]')).to.not.equal(null);
      el.category = 'culture sports';
      await el.updateComplete;
      expect(root(el).querySelector('[data-id=gala]')).to.not.equal(null);
    });
  });

  describe('details', () => {
    it('shows place, summary, category, status, related task and a safe link; names the zone when it differs', async () => {
      const viewer = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const at = new Date('2024-09-10T11:00:00Z');
      const other = offsetAt(at, viewer) === 480 ? 'America/New_York' : TZ;
      const feed = { ...feedIn('2024-09'), timeZone: other };
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar today="2024-09-01" .feed=${feed}></civic-event-calendar>`);
      el.openEvent('gala');
      await poll(() => dialog(el).open);
      const d = dialog(el).textContent!.replace(/\s+/g, ' ');
      expect(d).to.contain('Village gala').and.contain('Town hall').and.contain('1 Main Street').and.contain('A show.');
      expect(d).to.contain('Culture').and.contain('Scheduled').and.contain('Village culture programme');
      expect(dialog(el).querySelector<HTMLAnchorElement>('a[part=link]')!.getAttribute('href')).to.equal('/events/gala');
      expect(dialog(el).querySelector('.zone')).to.not.equal(null);
      expect(d).to.contain('Your time');
      await animationsDone(el);
      await expect(el).to.be.accessible();
      el.closeDialog();
      const same = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${{ ...feedIn('2024-09'), timeZone: viewer }}></civic-event-calendar>`);
      same.openEvent('gala');
      await poll(() => dialog(same).open);
      expect(dialog(same).querySelector('.zone')).to.equal(null);
      same.closeDialog();
    });

    it('gives no link for an unsafe URL', async () => {
      const feed = feedIn('2024-09');
      (feed.events[0] as Record<string, unknown>).url = 'javascript:alert(1)';
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feed}></civic-event-calendar>`);
      el.openEvent('gala');
      await poll(() => dialog(el).open);
      expect(dialog(el).querySelector('a')).to.equal(null);
      el.closeDialog();
    });
  });

  describe('add to calendar', () => {
    let blobs: Blob[];
    const original = URL.createObjectURL;
    beforeEach(() => {
      blobs = [];
      URL.createObjectURL = (b: Blob | MediaSource) => {
        blobs.push(b as Blob);
        return original.call(URL, b);
      };
    });
    afterEach(() => {
      URL.createObjectURL = original;
    });

    it('downloads one event as .ics from the details', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feedIn('2024-09')}></civic-event-calendar>`);
      el.openEvent('gala');
      await poll(() => dialog(el).open);
      dialog(el).querySelector<HTMLButtonElement>('[part=add-to-calendar]')!.click();
      await poll(() => blobs.length > 0);
      expect(blobs).to.have.length(1);
      expect(blobs[0].type).to.contain('text/calendar');
      const cal = new ICAL.Component(ICAL.parse(await blobs[0].text()));
      const events = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
      expect(events.map((e) => e.summary)).to.deep.equal(['Village gala']);
      expect(events[0].component.getFirstPropertyValue('url')).to.equal(new URL('/events/gala', document.baseURI).href);
      el.closeDialog();
    });

    it('downloads the filtered events of the feed', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar today="2024-09-01" category="culture" .feed=${feedIn('2024-09')}></civic-event-calendar>`);
      const button = root(el).querySelector<HTMLButtonElement>('.feed-actions [part=add-to-calendar]')!;
      expect(button.textContent).to.contain('3 upcoming events');
      button.click();
      await poll(() => blobs.length > 0);
      const cal = new ICAL.Component(ICAL.parse(await blobs[0].text()));
      const names = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c).summary);
      expect(names).to.have.members(['Village gala', 'Long fair', 'Postponed talk']);
    });

    it('shows how to open the page in the browser inside WeChat, not a dead button', async () => {
      Object.defineProperty(navigator, 'userAgent', { configurable: true, get: () => 'Mozilla/5.0 (iPhone) MicroMessenger/8.0.47' });
      try {
        const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar today="2024-09-01" .feed=${feedIn('2024-09')}></civic-event-calendar>`);
        expect(root(el).querySelector('[part=add-to-calendar]')).to.equal(null);
        expect(root(el).querySelector('[part=in-app-note]')!.textContent).to.contain('open this page in your browser');
      } finally {
        delete (navigator as unknown as Record<string, unknown>).userAgent;
      }
      expect(navigator.userAgent).to.not.contain('MicroMessenger');
    });
  });

  describe('states', () => {
    it('shows a skeleton while loading, then the calendar', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar src="/test-feeds/slow-good/cal"></civic-event-calendar>`);
      expect(el.state).to.equal('loading');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
      await animationsDone(el);
      await expect(el).to.be.accessible();
      await settled(el);
      expect(el.state).to.equal('empty');
    });

    it('shows the error state and keeps the fallback content', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar src="/test-feeds/server-error/cal">
        <a href="/events.html">All events</a>
      </civic-event-calendar>`);
      await settled(el);
      expect(el.state).to.equal('error');
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('shows the empty state for a feed without events', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${{ version: 1, sample: true, tasks: [] }}></civic-event-calendar>`);
      expect(el.state).to.equal('empty');
      expect(root(el).querySelector('[part=empty]')!.textContent).to.contain('No events');
      expect(root(el).querySelector('[part=sample-badge]')).to.not.equal(null);
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('shows the last good copy with a notice', async () => {
      const path = '/test-feeds/server-error/cal-stale';
      writeCachedFeed(feedKey(path), JSON.stringify(feedIn('2024-09')), new Date('2024-09-30T09:00:00Z'));
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar src=${path}></civic-event-calendar>`);
      await settled(el);
      expect(el.state).to.equal('stale');
      expect(root(el).querySelector('[part=stale-notice]')).to.not.equal(null);
      expect(text(el)).to.contain('Village gala');
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible in dark theme and in Chinese', async () => {
      await setPageLang('zh-CN');
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar theme="dark" month="2024-09" src="/test-feeds/miyun/dark"></civic-event-calendar>`);
      await settled(el);
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('prints the agenda of the shown month', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feedIn('2024-09')}></civic-event-calendar>`);
      expect(root(el).querySelector('.print-agenda')).to.equal(null);
      window.dispatchEvent(new Event('beforeprint'));
      const print = root(el).querySelector('.print-agenda')!;
      expect(print.querySelectorAll('[part=agenda-item]')).to.have.length(4);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(root(el).querySelector('.print-agenda')).to.equal(null);
    });
  });

  describe('bad input', () => {
    it('an end before its start: warned, shown on its start day', async () => {
      const feed = feedIn('2024-09', { events: [{ id: 'b', title: 'Backwards', start: '2024-09-12T10:00:00+08:00', end: '2024-09-11T10:00:00+08:00' }] });
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feed}></civic-event-calendar>`);
      expect(el.problems.map((p) => p.code)).to.include('end-before-start');
      expect(cell(el, '2024-09-12').textContent).to.contain('Backwards');
      expect(cell(el, '2024-09-11').textContent).to.not.contain('Backwards');
    });

    it('an all-day end given as a date-time: warned, read as its date', async () => {
      const feed = feedIn('2024-09', { events: [{ id: 'm', title: 'Mixed', start: '2024-09-02', end: '2024-09-04T18:00:00+08:00' }] });
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feed}></civic-event-calendar>`);
      expect(el.problems.map((p) => p.code)).to.include('all-day-end-time');
      const bar = root(el).querySelector('[data-id=m]')!;
      expect(bar.classList.contains('span-3')).to.equal(true);
    });

    it('a date-time without offset: warned, read as wall time in the feed zone', async () => {
      const feed = feedIn('2024-09', { events: [{ id: 'w', title: 'Wall clock', start: '2024-09-12T23:30:00' }] });
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feed}></civic-event-calendar>`);
      expect(el.problems.map((p) => p.code)).to.include('no-offset');
      const ev = cell(el, '2024-09-12').querySelector('[data-id=w]')!;
      expect(ev.textContent).to.contain('11:30');
    });

    it('29 February', async () => {
      const feed = feedIn('2024-02', { events: [{ id: 'leap', title: 'Leap fair', start: '2024-02-29' }] });
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feed}></civic-event-calendar>`);
      expect(el.shownMonth).to.equal('2024-02');
      expect(cell(el, '2024-02-29').textContent).to.contain('Leap fair');
      await key(el, 'PageDown').catch(() => undefined);
    });

    it('events across a daylight-saving change in another zone keep their wall time', async () => {
      const feed = {
        version: 1,
        lang: 'en',
        timeZone: 'America/New_York',
        events: [
          { id: 'before', title: 'Saturday supper', start: '2024-03-09T18:00:00', end: '2024-03-09T20:00:00' },
          { id: 'after', title: 'Sunday brunch', start: '2024-03-10T11:00:00', end: '2024-03-10T13:00:00' },
          { id: 'night', title: 'Overnight', start: '2024-03-09T22:00:00-05:00', end: '2024-03-10T04:00:00-04:00' },
        ],
      };
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feed}></civic-event-calendar>`);
      expect(el.shownMonth).to.equal('2024-03');
      expect(cell(el, '2024-03-09').querySelector('[data-id=before]')!.textContent).to.contain('6:00');
      expect(cell(el, '2024-03-10').querySelector('[data-id=after]')!.textContent).to.contain('11:00');
      // 22:00 EST Saturday to 04:00 EDT Sunday: two days (Sunday starts a new row in en-US weeks).
      const night = [...root(el).querySelectorAll('[data-id=night]')];
      expect(night.map((n) => n.closest('[role=gridcell]')!.getAttribute('data-date'))).to.deep.equal(['2024-03-09', '2024-03-10']);
      expect(night[0].classList.contains('cont-after')).to.equal(true);
      expect(night[0].getAttribute('aria-label')).to.contain('March 10, 2024');
    });

    it('an unknown category: warned, the event still shown', async () => {
      const feed = feedIn('2024-09', { events: [{ id: 'u', title: 'Mystery', category: 'nope', start: '2024-09-03' }] });
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feed}></civic-event-calendar>`);
      expect(el.problems.map((p) => p.code)).to.include('missing-ref');
      expect(cell(el, '2024-09-03').textContent).to.contain('Mystery');
    });

    it('a missing title: the event is left out with an error, the others shown', async () => {
      const feed = feedIn('2024-09', { events: [{ id: 'x', start: '2024-09-03' }, { id: 'ok', title: 'Fine', start: '2024-09-04' }] });
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feed}></civic-event-calendar>`);
      expect(el.problems.some((p) => p.path.startsWith('/events/0'))).to.equal(true);
      expect(root(el).querySelector('[data-id=x]')).to.equal(null);
      expect(cell(el, '2024-09-04').textContent).to.contain('Fine');
    });

    it('HTML in text is shown as text', async () => {
      const feed = feedIn('2024-09', {
        events: [{ id: 'h', title: '<img src=x onerror="window.__calPwned=1">', summary: '<b>bold</b>', start: '2024-09-03' }],
      });
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar .feed=${feed}></civic-event-calendar>`);
      expect(root(el).querySelector('img')).to.equal(null);
      expect(cell(el, '2024-09-03').textContent).to.contain('<img src=x');
      el.openEvent('h');
      await poll(() => dialog(el).open);
      expect(dialog(el).querySelector('b')).to.equal(null);
      expect(dialog(el).textContent).to.contain('<b>bold</b>');
      expect((window as { __calPwned?: number }).__calPwned).to.equal(undefined);
      el.closeDialog();
    });

    it('lists the problems with the debug attribute', async () => {
      const feed = feedIn('2024-09', { events: [{ id: 'w', title: 'Wall clock', start: '2024-09-12T23:30:00' }] });
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar debug .feed=${feed}></civic-event-calendar>`);
      expect(root(el).querySelector('[part=debug]')!.textContent).to.contain('/events/0/start');
    });
  });

  it('fires civic-feed-load', async () => {
    const el = document.createElement('civic-event-calendar');
    el.feed = feedIn('2024-09');
    const ev = oneEvent(document.body, 'civic-feed-load');
    document.body.append(el);
    expect((await ev).detail.feed.events).to.have.length(4);
    el.remove();
  });
});
