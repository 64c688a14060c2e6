/**
 * "Add to calendar": the .ics file is made in the browser. The iCalendar writer
 * (src/feed/ical.ts) is loaded on the first click, not with the page.
 */
import type { Feed } from '../../feed/types.js';
import { isInAppBrowser, type CalEvent } from './calendar-model.js';

/** True in in-app browsers, which cannot download files (the element shows a note instead). */
export function inApp(): boolean {
  return typeof navigator !== 'undefined' && isInAppBrowser(navigator.userAgent);
}

/** Downloads `events` as `<name>.ics`, through a link added to `root` for the click. */
export async function downloadICalendar(root: Node, feed: Feed, events: readonly CalEvent[], name: string, lang: string): Promise<void> {
  const { icsFileName, toICalendar } = await import('../../feed/ical.js');
  const text = toICalendar(
    feed,
    events.map((e) => e.source),
    { lang, baseUrl: document.baseURI },
  );
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
