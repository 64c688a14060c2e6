/**
 * Helpers the calendar's browser tests share: its shadow root and parts, keys on the focused
 * control, and the waits.
 */
import type { CivicEventCalendar } from '../../../src/elements/civic-event-calendar/civic-event-calendar.js';
import { until } from '../../support/helpers.js';

export const root = (el: Element) => el.shadowRoot!;
/** The calendar's text, white space folded. */
export const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
/** The month grid's cell of `date` (YYYY-MM-DD). */
export const cell = (el: Element, date: string) => root(el).querySelector<HTMLElement>(`[role=gridcell][data-date="${date}"]`)!;
export const dialog = (el: Element) => root(el).querySelector('dialog')!;
/** The control focused inside the calendar, if any. */
export const focused = (el: Element) => root(el).activeElement as HTMLElement | null;

/** Sends key `k` to the focused control and waits for the calendar to render (twice: focus moves after a render). */
export const key = async (el: CivicEventCalendar, k: string, opts: KeyboardEventInit = {}) => {
  focused(el)!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true, ...opts }));
  await el.updateComplete;
  await el.updateComplete;
};

/** The shared `until` with 3 s by default (timers: rAF does not run in a background tab, where concurrent test files may be). */
export const poll = (predicate: () => boolean, ms = 3000, what = 'condition') => until(predicate, ms, what);

/** Resolves once the feed is in or has failed (the calendar is no longer idle or loading). */
export const settled = (el: CivicEventCalendar) => until(() => el.state !== 'loading' && el.state !== 'idle', 6000, 'feed');
