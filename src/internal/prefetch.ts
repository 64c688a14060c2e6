/**
 * Helpers for what a widget starts loading when it connects (FeedControllerOptions.prefetch),
 * side by side with its feed, instead of after the feed has arrived and rendered.
 */
import { DEFAULT_TIME_ZONE, isTimeZone } from '../feed/dates.js';
import { resolveLocale } from './locale.js';

/**
 * True when the widgets' UI will be Chinese on this page, as far as is known when an element
 * connects: <html lang> is Chinese, or names no language the UI speaks (then the feed's language
 * decides, and a missing one means Chinese). Only an English page says no.
 */
export function pageLooksChinese(): boolean {
  return typeof document !== 'undefined' && resolveLocale(document.documentElement.getAttribute('lang')) !== 'en';
}

/** Runs `task` when the main thread is idle (within a second at the latest), else after a timer. */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 1000 });
  else setTimeout(task, 0);
}

/**
 * Makes the default time zone's date formatter (the one the validator's time-zone check makes
 * first) in an idle moment while the feed is on its way, instead of after it has arrived: the
 * engine's first Intl.DateTimeFormat with a time zone loads its time-zone data, the largest
 * single cost of the first render on a slow phone (docs/performance.md, "Where the time goes").
 * The formatter is cached (dates.ts), so the check is then free for a feed in that zone and the
 * data is loaded for any other. Calling it again costs a cache look-up.
 */
export function warmTimeZoneData(schedule: (task: () => void) => void = whenIdle): void {
  schedule(() => void isTimeZone(DEFAULT_TIME_ZONE));
}
