/**
 * The expansion of recurring events (src/feed/recurrence.ts) is loaded on demand: a feed without
 * `recurrence` never requests it; with recurring events the calendar shows each series as its
 * first occurrence and marks the view busy until it has arrived, then shows the occurrences and
 * re-chooses the opening month; updateComplete waits for it.
 *
 * The order of the tests matters: the first one needs a page that has not loaded the chunk yet
 * (each test file runs in its own page).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/civic-event-calendar/civic-event-calendar.js';
import type { CivicEventCalendar } from '../../../src/elements/civic-event-calendar/civic-event-calendar.js';
import { recurrenceModule, recurrenceSettled } from '../../../src/elements/civic-event-calendar/recurrence-on-demand.js';
import { resetFeeds, setPageLang, until } from '../../support/helpers.js';

const TODAY = '2026-12-01';
const root = (el: Element) => el.shadowRoot!;
const cell = (el: Element, date: string) => root(el).querySelector<HTMLElement>(`[role=gridcell][data-date="${date}"]`);
const busy = (el: Element) => root(el).querySelector('.calendar')?.getAttribute('aria-busy');

/** The requests this page made for recurrence.ts (not recurrence-rule.ts). */
const recurrenceRequests = () =>
  performance.getEntriesByType('resource').filter((e) => /\/feed\/recurrence\.(ts|js)(\?|$)/.test(new URL(e.name).pathname + '?'));

/** One-off events only. */
const plainFeed = {
  version: 1,
  lang: 'en',
  title: 'One-off events',
  timeZone: 'Asia/Shanghai',
  events: [
    { id: 'fair', title: 'Winter fair', start: '2026-12-12', end: '2026-12-13' },
    { id: 'talk', title: 'Library talk', start: '2026-12-15T10:00:00+08:00', end: '2026-12-15T11:00:00+08:00' },
  ],
};

/**
 * A weekly series that began long ago (its first occurrence is in 2025) and a one-off event in
 * March 2027: without the expansion the calendar would open in March 2027; with it, on the
 * series' next occurrence (Thursday 2026-12-03).
 */
const recurringFeed = {
  version: 1,
  lang: 'en',
  title: 'Recurring events',
  timeZone: 'Asia/Shanghai',
  events: [
    { id: 'clinic', title: 'Weekly health clinic', start: '2025-01-02T09:00:00+08:00', end: '2025-01-02T11:00:00+08:00', recurrence: { rrule: 'FREQ=WEEKLY' } },
    { id: 'concert', title: 'Spring concert', start: '2027-03-20' },
  ],
};

describe('<civic-event-calendar>: recurrence expansion on demand', () => {
  beforeEach(async () => {
    await resetFeeds();
    await setPageLang('en');
  });

  it('a feed without recurrence never requests the recurrence chunk (month and agenda views)', async () => {
    const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar today=${TODAY} view="month" .feed=${plainFeed}></civic-event-calendar>`);
    expect(el.state).to.equal('ready');
    expect(el.shownMonth).to.equal('2026-12');
    expect(cell(el, '2026-12-12')!.textContent).to.contain('Winter fair');
    expect(cell(el, '2026-12-13')!.textContent).to.contain('Winter fair');
    expect(cell(el, '2026-12-15')!.textContent).to.contain('Library talk');
    expect(busy(el)).to.equal('false');
    el.view = 'agenda';
    await el.updateComplete;
    expect(root(el).textContent).to.contain('Library talk');
    // The same feed from a URL: the early look at its text (prefetch) finds no recurrence either.
    const url = URL.createObjectURL(new Blob([JSON.stringify(plainFeed)], { type: 'application/json' }));
    const fromUrl = await fixture<CivicEventCalendar>(html`<civic-event-calendar today=${TODAY} view="month" src=${url}></civic-event-calendar>`);
    await until(() => fromUrl.state !== 'loading' && fromUrl.state !== 'idle', 6000, 'feed from a URL');
    await fromUrl.updateComplete;
    expect(fromUrl.state).to.equal('ready');
    expect(cell(fromUrl, '2026-12-15')!.textContent).to.contain('Library talk');
    await new Promise((r) => setTimeout(r, 100));
    expect(recurrenceRequests(), 'requests for recurrence.ts').to.have.length(0);
    expect(recurrenceSettled()).to.equal(false);
    expect(recurrenceModule()).to.equal(undefined);
  });

  it('with recurrence: busy with the first occurrence until it arrives, then the occurrences and the re-chosen month; updateComplete waits', async () => {
    const seen: { busy?: string | null; month?: string }[] = [];
    const el = document.createElement('civic-event-calendar');
    el.setAttribute('today', TODAY);
    el.setAttribute('view', 'month');
    el.feed = recurringFeed;
    // Every render's state, before the chunk has arrived and after.
    const observer = new MutationObserver(() => seen.push({ busy: busy(el), month: el.shownMonth }));
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    observer.observe(root(el), { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
    await el.updateComplete;
    observer.disconnect();
    // updateComplete waited for the chunk: the occurrences are there, no polling.
    expect(recurrenceModule(), 'the expansion has arrived').to.not.equal(undefined);
    expect(recurrenceRequests().length, 'requests for recurrence.ts').to.be.greaterThan(0);
    expect(busy(el)).to.equal('false');
    expect(el.shownMonth, 'the opening month re-chosen: the next occurrence').to.equal('2026-12');
    for (const date of ['2026-12-03', '2026-12-10', '2026-12-17', '2026-12-24', '2026-12-31']) {
      expect(cell(el, date)!.textContent, date).to.contain('Weekly health clinic');
    }
    expect(cell(el, '2026-12-04')!.textContent).to.not.contain('Weekly health clinic');
    // Before it arrived: the view was marked busy, and opened on what the first occurrence allowed.
    expect(seen.some((s) => s.busy === 'true'), `aria-busy seen: ${JSON.stringify(seen)}`).to.equal(true);
    expect(seen.find((s) => s.busy === 'true')?.month).to.equal('2027-03');
  });

  it('a feed from a URL with recurring events (Miyun): occurrences once updateComplete resolves', async () => {
    const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar today=${TODAY} view="month" src="/test-feeds/miyun/on-demand"></civic-event-calendar>`);
    await until(() => el.state !== 'loading' && el.state !== 'idle', 6000, 'feed');
    await el.updateComplete;
    expect(busy(el)).to.equal('false');
    expect(el.shownMonth).to.equal('2026-12');
    expect(cell(el, '2026-12-20')!.textContent).to.contain('Miyun Ice and Snow Season');
  });

  it('occurrences in a month the visitor moves to', async () => {
    const el = await fixture<CivicEventCalendar>(html`<civic-event-calendar today=${TODAY} view="month" .feed=${recurringFeed}></civic-event-calendar>`);
    el.goMonths(2);
    await el.updateComplete;
    expect(el.shownMonth).to.equal('2027-02');
    expect(cell(el, '2027-02-04')!.textContent).to.contain('Weekly health clinic');
  });
});
