/**
 * "Add to calendar": the .ics file is made in the browser. The iCalendar writer
 * (src/feed/ical.ts) is loaded on the first click, not with the page.
 */
import type { Feed, FeedEvent } from '../../feed/types.js';
import { lunarModule, wantLunar } from './lunar-on-demand.js';
import { needsLunar } from './recurrence-on-demand.js';
import { isInAppBrowser } from './calendar-model.js';

/** True in in-app browsers, which cannot download files (the element shows a note instead). */
export function inApp(): boolean {
  return typeof navigator !== 'undefined' && isInAppBrowser(navigator.userAgent);
}

/**
 * Downloads `events` as `<name>.ics`, through a link added to `root` for the click. A lunar or
 * solar-term series gets its dates (RDATE) from the lunar rules, loaded with the writer (which
 * brings the recurrence expansion with it: this module does not load recurrence.ts statically).
 */
export async function downloadICalendar(root: Node, feed: Feed, events: readonly FeedEvent[], name: string, lang: string): Promise<void> {
  const [{ icsFileName, toICalendar }, lunar] = await Promise.all([
    import('../../feed/ical.js'),
    needsLunar(events) ? wantLunar().then(lunarModule) : undefined,
  ]);
  const text = toICalendar(feed, [...events], { lang, baseUrl: document.baseURI, lunar });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = icsFileName(name);
  a.hidden = true;
  root.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
