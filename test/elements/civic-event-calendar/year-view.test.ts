import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/elements/civic-event-calendar/civic-event-calendar.js';
import type { CivicEventCalendar } from '../../../src/elements/civic-event-calendar/civic-event-calendar.js';
import type { Feed } from '../../../src/feed/types.js';
import { configureLoader } from '../../../src/feed/load.js';
import { resetFeeds, setPageLang, until } from '../../support/helpers.js';
import { fixClock } from '../../internal/fixed-clock.js';
import { focused, key, root } from './calendar-helpers.js';

let restoreClock: () => void;
let miyun: Feed;
const day = (el: Element, date: string) => root(el).querySelector<HTMLElement>(`.ygrid [data-date="${date}"]`)!;
const name = (cell: HTMLElement) => cell.querySelector('.visually-hidden')!.textContent!.replace(/\s+/g, ' ').trim();
const monthButton = (el: Element, month: string) => root(el).querySelector<HTMLButtonElement>(`.month-link[data-month="${month}"]`)!;

/** A year-view calendar of the Miyun feed (with its recurring events), once the view and the lunar rules are in. */
async function yearCalendar(month: string | null, attrs: { headingLevel?: string } = {}): Promise<CivicEventCalendar> {
  const el = await fixture<CivicEventCalendar>(
    html`<civic-event-calendar view="year" month=${month ?? ''} heading-level=${attrs.headingLevel ?? '2'} .feed=${miyun}></civic-event-calendar>`,
  );
  if (!month) el.removeAttribute('month');
  await until(() => !!root(el).querySelector('.months') && root(el).querySelector('.year-view')!.getAttribute('aria-busy') === 'false', 8000, 'year view');
  await el.updateComplete;
  return el;
}

/** The year view of 2025 (Miyun feed) in a box `width` wide with text of `fontSize`, once its months are in. */
async function yearInBox(width: string, fontSize: string): Promise<CivicEventCalendar> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  Object.assign(box.style, { width, fontSize });
  const el = document.createElement('civic-event-calendar') as CivicEventCalendar;
  el.setAttribute('view', 'year');
  el.setAttribute('month', '2025-09');
  el.feed = miyun;
  box.append(el);
  await until(() => !!root(el).querySelector('.months'), 8000, 'year view');
  await el.updateComplete;
  return el;
}

describe('<civic-event-calendar view="year">', () => {
  before(async () => {
    configureLoader({ retryDelay: 10, timeout: 1500 });
    miyun = (await (await fetch('/public/feeds/miyun-2024.json')).json()) as Feed;
  });
  beforeEach(async () => {
    await resetFeeds();
    await setPageLang('en');
    // The calendar reads today through `new Date()` (todayIn).
    restoreClock = fixClock('2025-09-10T04:00:00Z');
  });
  afterEach(() => restoreClock());

  it('shows the twelve months of the year of `month`, titled by the year', async function () {
    this.timeout(60_000);
    const el = await yearCalendar('2025-09');
    expect(el.currentView).to.equal('year');
    expect(root(el).querySelectorAll('.ym').length).to.equal(12);
    expect(root(el).querySelectorAll('.ygrid[role=grid]').length).to.equal(12);
    expect(root(el).querySelector('[part=title]')!.textContent!.trim()).to.equal('2025');
    expect(monthButton(el, '2025-01').textContent!.trim()).to.equal('January');
    expect(root(el).querySelector('.view-btn[aria-pressed=true]')!.textContent!.trim()).to.equal('Year view');
    await expect(el).to.be.accessible();
  });

  it('marks the days with events, the occurrences of recurring events included, with their number in the name', async () => {
    const el = await yearCalendar('2025-09');
    // 秋分 2025: the harvest festival's solar-term rule.
    expect(day(el, '2025-09-23').classList.contains('has')).to.equal(true);
    expect(name(day(el, '2025-09-23'))).to.equal('September 23, 1 event');
    // 元宵 2025 (lunar 1-15) during the ice-and-snow season: two events.
    expect(name(day(el, '2025-02-12'))).to.equal('February 12, 2 events');
    // The marathon's rule, third Sunday of October.
    expect(day(el, '2025-10-19').classList.contains('has')).to.equal(true);
    expect(day(el, '2025-09-22').classList.contains('has')).to.equal(false);
    expect(name(day(el, '2025-09-22'))).to.equal('September 22');
    // Today, in the feed's time zone.
    expect(day(el, '2025-09-10').getAttribute('aria-current')).to.equal('date');
    expect(name(day(el, '2025-09-10'))).to.equal('September 10, today');
    // The month's button names its events.
    expect(monthButton(el, '2025-09').getAttribute('aria-label')).to.equal('September 2025: 1 event');
    expect(monthButton(el, '2025-06').getAttribute('aria-label')).to.equal('June 2025: no events');
    // A mark, not a colour alone: the disc is a shape, and a legend says what it means.
    expect(root(el).querySelector('.legend')!.textContent).to.contain('Days with events');
  });

  it('shows 2026’s lantern festival on 3 March, with Chinese names', async function () {
    this.timeout(60_000);
    await setPageLang('zh-Hans');
    const el = await yearCalendar('2026-01');
    expect(root(el).querySelector('[part=title]')!.textContent!.trim()).to.equal('2026年');
    expect(name(day(el, '2026-03-03'))).to.equal('3月3日，1 项活动');
    expect(name(day(el, '2026-09-23'))).to.equal('9月23日，1 项活动');
    expect(monthButton(el, '2026-03').textContent!.trim()).to.equal('3月');
    expect(monthButton(el, '2026-03').getAttribute('aria-label')).to.equal('2026年3月：1 项活动');
    expect(root(el).querySelector('.legend')!.textContent).to.contain('有活动的日子');
    await expect(el).to.be.accessible();
  });

  it('without `month`, shows the year of the month the calendar is on', async () => {
    const el = await yearCalendar(null);
    expect(el.shownMonth).to.match(/^\d{4}-\d{2}$/);
    expect(root(el).querySelector('[part=title]')!.textContent!.trim()).to.equal(el.shownMonth!.slice(0, 4));
  });

  it('a month’s title switches to the month view and focuses its first day with events', async () => {
    const el = await yearCalendar('2025-01');
    monthButton(el, '2025-09').focus();
    monthButton(el, '2025-09').click();
    await until(() => el.currentView === 'month', 3000, 'month view');
    await el.updateComplete;
    expect(el.shownMonth).to.equal('2025-09');
    const cell = focused(el)!;
    expect(cell.getAttribute('role')).to.equal('gridcell');
    expect(cell.dataset.date).to.equal('2025-09-23');
    expect(root(el).querySelector('.view-btn[aria-pressed=true]')!.textContent!.trim()).to.equal('Month view');
    // Back to the year view with its button.
    root(el).querySelectorAll<HTMLButtonElement>('.view-btn')[2].click();
    await until(() => !!root(el).querySelector('.months'), 3000, 'year view again');
    expect(el.currentView).to.equal('year');
  });

  it('a month without events opens on its 1st, focused', async () => {
    const el = await yearCalendar('2025-01');
    monthButton(el, '2025-06').click();
    await until(() => el.currentView === 'month', 3000, 'month view');
    await el.updateComplete;
    expect(focused(el)!.dataset.date).to.equal('2025-06-01');
  });

  it('keyboard: one tab stop per month, the month grid’s keys, Enter opens the day’s month', async () => {
    const el = await yearCalendar('2025-09');
    const stops = [...root(el).querySelectorAll<HTMLElement>('.ygrid [tabindex="0"]')];
    expect(stops.length).to.equal(12);
    expect(stops[8].dataset.date).to.equal('2025-09-23');
    expect(stops[5].dataset.date).to.equal('2025-06-01');
    stops[8].focus();
    await key(el, 'ArrowRight');
    expect(focused(el)!.dataset.date).to.equal('2025-09-24');
    await key(el, 'ArrowDown');
    expect(focused(el)!.dataset.date).to.equal('2025-10-01');
    await key(el, 'PageDown');
    expect(focused(el)!.dataset.date).to.equal('2025-11-01');
    // Roving: the month left keeps one tab stop, the focused day is the new month's.
    expect(root(el).querySelectorAll('.ygrid [tabindex="0"]').length).to.equal(12);
    expect(focused(el)!.getAttribute('tabindex')).to.equal('0');
    await key(el, 'PageDown', { shiftKey: true });
    expect(focused(el)!.dataset.date, 'a year on stops at the year’s end').to.equal('2025-12-31');
    await key(el, 'ArrowRight');
    expect(focused(el)!.dataset.date).to.equal('2025-12-31');
    await key(el, 'Home', { ctrlKey: true });
    expect(focused(el)!.dataset.date).to.equal('2025-12-01');
    await key(el, 'ArrowUp');
    expect(focused(el)!.dataset.date).to.equal('2025-11-24');
    await key(el, 'Enter');
    await until(() => el.currentView === 'month', 3000, 'month view');
    await el.updateComplete;
    expect(el.shownMonth).to.equal('2025-11');
    expect(focused(el)!.dataset.date).to.equal('2025-11-24');
  });

  it('previous and next year move a year, keep focus and say the year', async () => {
    const el = await yearCalendar('2025-09');
    const next = root(el).querySelector<HTMLButtonElement>('.next-year')!;
    next.focus();
    next.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('[part=title]')!.textContent!.trim()).to.equal('2026');
    expect(el.shownMonth).to.equal('2026-09');
    expect(focused(el)).to.equal(root(el).querySelector('.next-year'));
    expect(root(el).querySelector('.calendar [role=status]')!.textContent).to.equal('2026: 5 events');
    expect(day(el, '2026-03-03').classList.contains('has')).to.equal(true);
    root(el).querySelector<HTMLButtonElement>('.prev-year')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shownMonth).to.equal('2025-09');
  });

  it('heading levels follow heading-level: month titles one below the top', async () => {
    const el = await yearCalendar('2025-09', { headingLevel: '3' });
    const titles = root(el).querySelectorAll('.ym-title');
    expect(titles.length).to.equal(12);
    expect([...titles].every((h) => h.localName === 'h4')).to.equal(true);
    const el2 = await yearCalendar('2025-09');
    expect(root(el2).querySelector('.ym-title')!.localName).to.equal('h3');
  });

  it('the view attribute chosen later wins over the visitor’s earlier choice', async () => {
    const el = await yearCalendar('2025-09');
    root(el).querySelectorAll<HTMLButtonElement>('.view-btn')[1].click();
    await el.updateComplete;
    expect(el.currentView).to.equal('agenda');
    el.view = 'year';
    await el.updateComplete;
    expect(el.currentView).to.equal('agenda', 'the same value: no change');
    el.view = 'month';
    await el.updateComplete;
    expect(el.currentView).to.equal('month');
  });

  it('prints all twelve months, not the agenda of the month', async () => {
    const el = await yearCalendar('2025-09');
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(root(el).querySelectorAll('.ym').length).to.equal(12);
    expect(root(el).querySelector('.print-agenda')).to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
  });

  it('fits 320 px at 200 % text without scrolling sideways, in one column', async () => {
    const el = await yearInBox('320px', '32px');
    const months = root(el).querySelector<HTMLElement>('.months')!;
    expect(getComputedStyle(months).gridTemplateColumns.split(' ').length).to.equal(1);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    for (const node of root(el).querySelectorAll<HTMLElement>('.ygrid, .year-bar')) expect(node.scrollWidth, node.className).to.be.at.most(node.clientWidth + 1);
  });

  it('four columns at 1280 px', async () => {
    const el = await yearInBox('1280px', '16px');
    expect(getComputedStyle(root(el).querySelector('.months')!).gridTemplateColumns.split(' ').length).to.equal(4);
  });

  describe('forced colours', () => {
    before(() => executeServerCommand('forced-colors', 'active'));
    after(() => executeServerCommand('forced-colors', 'none'));
    it('draws the days with events in system colours, and passes axe', async function () {
      this.timeout(60_000);
      const el = await yearCalendar('2025-09');
      const probe = document.createElement('span');
      probe.style.color = 'Highlight';
      document.body.append(probe);
      const highlight = getComputedStyle(probe).color;
      probe.remove();
      expect(getComputedStyle(day(el, '2025-09-23').querySelector('.yn')!).backgroundColor).to.equal(highlight);
      await expect(el).to.be.accessible();
    });
  });
});
