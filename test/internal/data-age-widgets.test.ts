/**
 * Every feed widget shows the age of its data through the shared state views (staleNotice):
 * the five elements with the Miyun sample feed (updated 2024-09-30), at a fixed clock just after
 * it and two years later.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/elements/civic-task-list/civic-task-list.js';
import '../../src/elements/civic-indicator-board/civic-indicator-board.js';
import '../../src/elements/civic-event-calendar/civic-event-calendar.js';
import '../../src/elements/civic-feed-summary/civic-feed-summary.js';
import '../../src/elements/civic-progress-ring/civic-progress-ring.js';
import type { CivicFeedElement } from '../../src/internal/civic-feed-element.js';
import { setPageLang, until } from '../support/helpers.js';
import { fixClock } from './fixed-clock.js';

const WIDGETS = ['civic-task-list', 'civic-indicator-board', 'civic-event-calendar', 'civic-feed-summary', 'civic-progress-ring'];

let miyun: unknown;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function widget(name: string, now: string, staleAfter?: string): Promise<CivicFeedElement> {
  const restore = fixClock(now);
  try {
    const el = document.createElement(name) as CivicFeedElement;
    el.setAttribute('indicator', 'grain-yield');
    el.setAttribute('stale-after', staleAfter ?? '90');
    el.feed = miyun;
    await fixture(el);
    await until(() => el.state === 'ready' && !!el.shadowRoot?.querySelector('[part~=data-age]'), 6000, `${name} ready`);
    await el.updateComplete;
    return el;
  } finally {
    restore();
  }
}

describe('data age: every feed widget', () => {
  before(async () => {
    await setPageLang('en');
    miyun = await (await fetch('/test-feeds/miyun')).json();
  });

  for (const name of WIDGETS) {
    it(`<${name}>: the quiet line when fresh, the notice when old`, async function () {
      this.timeout(60_000); // axe on the full task list takes a while on a busy machine
      const fresh = await widget(name, '2024-10-01T09:00:00+08:00');
      const line = fresh.shadowRoot!.querySelector('[part~=data-age]')!;
      expect(line.getAttribute('part')).to.equal('data-age');
      expect(text(line)).to.equal('Data updated September 30, 2024');

      const old = await widget(name, '2026-12-01T15:58:00+08:00');
      const notice = old.shadowRoot!.querySelector('[part~=old-data]')!;
      expect(text(notice)).to.equal('Last updated September 30, 2024, over 26 months ago');
      // Before the widget's content, in its own space.
      expect(old.shadowRoot!.querySelectorAll('[part~=data-age]')).to.have.length(1);
      await expect(old).to.be.accessible();

      const lenient = await widget(name, '2026-12-01T15:58:00+08:00', '3650');
      expect(lenient.shadowRoot!.querySelector('[part~=old-data]')).to.equal(null);
    });
  }

  for (const name of WIDGETS) {
    it(`<${name}>: the \`now\` property is the clock the age is judged by (the real clock is two years on)`, async () => {
      const el = document.createElement(name) as CivicFeedElement;
      el.setAttribute('indicator', 'grain-yield');
      el.now = new Date('2024-10-01T09:00:00+08:00');
      el.feed = miyun;
      await fixture(el);
      await until(() => el.state === 'ready' && !!el.shadowRoot?.querySelector('[part~=data-age]'), 6000, `${name} ready`);
      expect(el.shadowRoot!.querySelector('[part~=old-data]')).to.equal(null);
      el.now = new Date('2026-12-01T15:58:00+08:00');
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('[part~=old-data]'))).to.equal('Last updated September 30, 2024, over 26 months ago');
    });
  }
});
