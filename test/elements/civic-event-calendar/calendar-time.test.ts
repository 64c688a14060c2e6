/**
 * The calendar in time (issue 18): where it opens, past events "Ended", add-to-calendar of what
 * is upcoming, recurring events on their dates (solar terms, lunar dates), focus never lost.
 * Clocks are fixed with the `today` attribute: 2026-12-01, and two years after a feed's last event.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../../src/elements/civic-event-calendar/civic-event-calendar.js';
import type { CivicEventCalendar } from '../../../src/elements/civic-event-calendar/civic-event-calendar.js';
import { configureLoader } from '../../../src/feed/load.js';
import { animationsDone, resetFeeds, setPageLang } from '../../support/helpers.js';
import { cell, dialog, poll, root, settled, text } from './calendar-helpers.js';

const TODAY = '2026-12-01';
const miyun = () => `/test-feeds/miyun/time-${Math.random().toString(36).slice(2)}`;
const title = (el: Element) => root(el).querySelector('[part=title]')!.textContent!.trim();
const addLabel = (el: Element) => root(el).querySelector('.feed-actions [part=add-to-calendar]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function load(el: CivicEventCalendar): Promise<CivicEventCalendar> {
  await settled(el);
  await el.updateComplete;
  return el;
}

/** The element focused, through shadow roots; never the page's body. */
function focusedIn(el: CivicEventCalendar, after: string): HTMLElement {
  expect(document.activeElement, `focus fell to the body after ${after}`).to.not.equal(document.body);
  const inner = root(el).activeElement as HTMLElement | null;
  expect(inner, `focus left the calendar after ${after}`).to.not.equal(null);
  return inner!;
}

/** Presses Enter on `control` (focused by keyboard) and waits for the calendar to render. */
async function press(el: CivicEventCalendar, control: HTMLElement): Promise<void> {
  control.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  await el.updateComplete;
}

/** A feed of one-off events that ended in 2024 (two years before 2026-12-01). */
const oldFeed = {
  version: 1,
  lang: 'en',
  title: 'Old events',
  timeZone: 'Asia/Shanghai',
  events: [
    { id: 'fair', title: 'Autumn fair', start: '2024-09-10', end: '2024-09-12' },
    { id: 'talk', title: 'Cancelled talk', start: '2024-09-20T10:00:00+08:00', status: 'cancelled' },
    { id: 'walk', title: 'Village walk', start: '2024-08-03' },
  ],
};

describe('<civic-event-calendar> in time (issue 18)', () => {
  before(() => configureLoader({ retryDelay: 10, timeout: 1500 }));
  beforeEach(async () => {
    await resetFeeds();
    await setPageLang('en');
  });

  describe('where it opens', () => {
    it('month view on 2026-12-01: the month of the next occurrence (the ice-and-snow season)', async () => {
      const el = await load(await fixture<CivicEventCalendar>(html`<civic-event-calendar today=${TODAY} view="month" src=${miyun()}></civic-event-calendar>`));
      expect(el.shownMonth).to.equal('2026-12');
      expect(cell(el, '2026-12-20').textContent).to.contain('Miyun Ice and Snow Season');
      expect(addLabel(el)).to.equal('Add this upcoming event to your calendar');
    });

    it('agenda on 2026-12-01: upcoming occurrences of the recurring events, counted in "Add to calendar"', async () => {
      const el = await load(await fixture<CivicEventCalendar>(html`<civic-event-calendar today=${TODAY} view="agenda" src=${miyun()}></civic-event-calendar>`));
      expect(title(el)).to.equal('Upcoming events');
      const items = [...root(el).querySelectorAll('[part=agenda-item]')].map((i) => i.textContent!.replace(/\s+/g, ' '));
      expect(items[0]).to.contain('Miyun Ice and Snow Season');
      expect(text(el)).to.contain('Miyun Lantern Festival fair').and.contain("Farmers' Harvest Festival in Miyun").and.contain('Miyun International Eco Marathon');
      expect(text(el)).to.contain('Saturday, February 20, 2027', '元宵节 2027 (lunar 1-15)');
      expect(text(el)).to.not.contain('Ended');
      expect(addLabel(el)).to.equal(`Add these ${items.length} upcoming events to your calendar`);
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('honours `month` in the agenda: it lists from that month', async () => {
      const el = await load(await fixture<CivicEventCalendar>(html`<civic-event-calendar today=${TODAY} view="agenda" month="2024-10" src=${miyun()}></civic-event-calendar>`));
      expect(title(el)).to.equal('Events from October 2024');
      expect(root(el).querySelector('.agenda-day')!.textContent).to.contain('October 8, 2024');
      expect(text(el), 'ended events say so').to.contain('Ended');
    });

    it('two years after the last event: the month of the last one; the agenda shows "Recent events"', async () => {
      const month = await fixture<CivicEventCalendar>(html`<civic-event-calendar today=${TODAY} view="month" .feed=${oldFeed}></civic-event-calendar>`);
      expect(month.shownMonth).to.equal('2024-09');
      expect(addLabel(month), 'nothing upcoming to add').to.equal('');
      const agenda = await fixture<CivicEventCalendar>(html`<civic-event-calendar today=${TODAY} view="agenda" .feed=${oldFeed}></civic-event-calendar>`);
      expect(title(agenda)).to.equal('Recent events');
      expect(root(agenda).querySelector('h2[part=title]')).to.not.equal(null);
      expect(text(agenda)).to.contain('these are the most recent events');
      const items = [...root(agenda).querySelectorAll('[part=agenda-item]')].map((i) => i.textContent!.replace(/\s+/g, ' '));
      expect(items).to.have.length(3);
      expect(items.find((i) => i.includes('Autumn fair'))).to.contain('Ended');
      expect(items.find((i) => i.includes('Cancelled talk')), 'cancelled keeps its status').to.contain('Cancelled').and.not.contain('Ended');
      await animationsDone(agenda);
      await expect(agenda).to.be.accessible();
    });

    it('heading-level moves the title and the agenda days', async () => {
      const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar today=${TODAY} heading-level="3" view="agenda" .feed=${oldFeed}></civic-event-calendar>`);
      expect(root(el).querySelector('h3[part=title]')).to.not.equal(null);
      expect(root(el).querySelectorAll('h4.agenda-day').length).to.be.greaterThan(0);
    });
  });

  describe('recurring events', () => {
    it('shows occurrences on their dates: 秋分 2025-09-23 and 2026-09-23, the Lantern Festival 2026-03-03', async () => {
      const el = await load(await fixture<CivicEventCalendar>(html`<civic-event-calendar today=${TODAY} view="month" month="2025-09" src=${miyun()}></civic-event-calendar>`));
      expect(cell(el, '2025-09-23').textContent).to.contain("Farmers' Harvest Festival in Miyun");
      el.month = '2026-09';
      await el.updateComplete;
      expect(cell(el, '2026-09-23').textContent).to.contain("Farmers' Harvest Festival in Miyun");
      expect(cell(el, '2026-09-22').textContent).to.not.contain('Harvest');
      el.month = '2026-03';
      await el.updateComplete;
      expect(cell(el, '2026-03-03').textContent).to.contain('Miyun Lantern Festival fair');
      el.month = '2026-10';
      await el.updateComplete;
      expect(cell(el, '2026-10-18').textContent, 'the marathon on the 3rd Sunday of October').to.contain('Eco Marathon');
    });

    it('an occurrence opens its own details: its date, "Ended", and how it repeats', async () => {
      const el = await load(await fixture<CivicEventCalendar>(html`<civic-event-calendar today=${TODAY} view="month" month="2026-09" src=${miyun()}></civic-event-calendar>`));
      cell(el, '2026-09-23').querySelector<HTMLButtonElement>('[part=event]')!.click();
      await poll(() => dialog(el).open);
      const d = dialog(el).textContent!.replace(/\s+/g, ' ');
      expect(d).to.contain('September 23, 2026').and.contain('Every year on the autumn equinox').and.contain('Ended');
      dialog(el).querySelector<HTMLButtonElement>('.close')!.click();
      await poll(() => !dialog(el).open);
    });

    it('says 每年秋分 and 每年农历正月十五 in Chinese', async () => {
      await setPageLang('zh-CN');
      const el = await load(await fixture<CivicEventCalendar>(html`<civic-event-calendar today=${TODAY} view="month" month="2026-03" src=${miyun()}></civic-event-calendar>`));
      el.openEvent('lantern-festival@2026-03-03');
      await poll(() => dialog(el).open);
      expect(dialog(el).textContent).to.contain('每年农历正月十五');
      el.closeDialog();
      await new Promise((r) => setTimeout(r, 50)); // the dialog's close event
      el.openEvent('harvest-festival@2025-09-23');
      await poll(() => dialog(el).textContent!.includes('每年秋分'));
      expect(dialog(el).textContent).to.contain('已结束');
      el.closeDialog();
    });

    it('"Add to calendar" of a lunar occurrence writes the series with its dates (RDATE)', async () => {
      const blobs: Blob[] = [];
      const original = URL.createObjectURL;
      URL.createObjectURL = (b: Blob | MediaSource) => (blobs.push(b as Blob), original.call(URL, b));
      try {
        const el = await load(await fixture<CivicEventCalendar>(html`<civic-event-calendar today=${TODAY} src=${miyun()}></civic-event-calendar>`));
        el.openEvent('lantern-festival@2027-02-20');
        await poll(() => dialog(el).open);
        dialog(el).querySelector<HTMLButtonElement>('[part=add-to-calendar]')!.click();
        await poll(() => blobs.length > 0);
        const cal = new ICAL.Component(ICAL.parse(await blobs[0].text()));
        const [event] = cal.getAllSubcomponents('vevent');
        const rdates = event.getAllProperties('rdate').flatMap((p) => p.getValues().map(String));
        expect(rdates.some((d) => d.startsWith('2026-03-03'))).to.equal(true);
        expect(rdates.some((d) => d.startsWith('2027-02-20'))).to.equal(true);
        el.closeDialog();
      } finally {
        URL.createObjectURL = original;
      }
    });
  });

  describe('focus never lost', () => {
    it('walks every control that moves or goes away by keyboard; focus stays in the calendar', async () => {
      const el = await load(await fixture<CivicEventCalendar>(html`<civic-event-calendar today=${TODAY} month="2026-06" src=${miyun()}></civic-event-calendar>`));
      expect(el.currentView, 'wide enough for the month view').to.equal('month');
      const q = (sel: string) => root(el).querySelector<HTMLElement>(sel)!;
      expect(text(el)).to.contain('No events this month.');
      // The empty month offers the months before and after that have events.
      await press(el, q('.nearest.after'));
      expect(el.shownMonth).to.equal('2026-09');
      expect(focusedIn(el, 'the next month with events').dataset.date, 'the day of its first event').to.equal('2026-09-23');
      el.month = '2026-05';
      await el.updateComplete;
      await press(el, q('.nearest.before'));
      expect(el.shownMonth).to.equal('2026-03');
      expect(focusedIn(el, 'the previous month with events').dataset.date).to.equal('2026-03-03');
      await press(el, q('.today-btn'));
      expect(el.shownMonth).to.equal('2026-12');
      focusedIn(el, 'Today');
      await press(el, q('.next'));
      focusedIn(el, 'Next month');
      await press(el, q('.prev'));
      focusedIn(el, 'Previous month');
      // An event's details, closed with the Close button: focus back on the event.
      await press(el, cell(el, '2026-12-20').querySelector<HTMLElement>('[part=event]')!);
      await poll(() => dialog(el).open);
      await press(el, dialog(el).querySelector<HTMLElement>('.close')!);
      await poll(() => !dialog(el).open);
      expect(focusedIn(el, 'closing the dialog').dataset.id).to.equal('ice-snow-season@2026-12-20');
      // The view switch: the buttons move (the month navigation goes), focus stays on the one pressed.
      const views = root(el).querySelectorAll<HTMLElement>('.view-btn');
      await press(el, views[1]);
      expect(el.currentView).to.equal('agenda');
      expect(focusedIn(el, 'the agenda button').getAttribute('aria-pressed')).to.equal('true');
      await press(el, q('.past-toggle'));
      expect(focusedIn(el, 'show past events').classList.contains('past-toggle')).to.equal(true);
      await press(el, q('.past-toggle'));
      focusedIn(el, 'hide past events');
      await press(el, root(el).querySelectorAll<HTMLElement>('.view-btn')[0]);
      focusedIn(el, 'the month button');
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('closing a dialog whose opener is gone focuses the grid (month) or the agenda', async () => {
      const el = await load(await fixture<CivicEventCalendar>(html`<civic-event-calendar today=${TODAY} view="month" src=${miyun()}></civic-event-calendar>`));
      el.openEvent('ice-snow-season@2026-12-20');
      await poll(() => dialog(el).open);
      el.closeDialog();
      await poll(() => !dialog(el).open);
      await el.updateComplete;
      focusedIn(el, 'closing a dialog opened by script');
    });
  });
});
