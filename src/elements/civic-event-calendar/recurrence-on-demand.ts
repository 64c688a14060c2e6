/**
 * The expansion of recurring events (src/feed/recurrence.ts), loaded on demand: a feed without
 * any `recurrence` never needs it. For one with recurring events the import starts as soon as
 * the feed's text is in, side by side with the feed layer's validation (prefetchRecurrence, from
 * the calendar's FeedController `prefetch`), or else at the first view of the feed. Until it has
 * arrived the calendar shows each series as its first occurrence and marks the view busy. The
 * year view and the iCalendar chunk import recurrence.ts themselves (they are on demand too).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { requestFeedText } from '../../feed/share.js';
import type { FeedEvent } from '../../feed/types.js';

type Recurrence = typeof import('../../feed/recurrence.js');

let recurrence: Recurrence | undefined;
let loading: Promise<unknown> | undefined;
let settled = false;

/** True when some event recurs (and so the expansion is needed). */
export const hasRecurrence = (events: readonly FeedEvent[]): boolean => events.some((e) => e.recurrence);

/** True once the import has arrived or failed (so nobody waits for it again). */
export const recurrenceSettled = (): boolean => settled;

/** Starts loading the expansion (once); resolves when it is there or has failed. */
export function wantRecurrence(): Promise<unknown> {
  return (loading ??= import('../../feed/recurrence.js').then(
    (m) => {
      recurrence = m;
      settled = true;
    },
    () => {
      settled = true;
    },
  ));
}

/** The expansion module, once it has arrived. */
export const recurrenceModule = (): Recurrence | undefined => recurrence;

/**
 * True when some event has a lunar or solar-term rule (recurrence.ts's `needsLunar`, here so
 * that the lunar chunk can be requested side by side with this one, not after it).
 */
export const needsLunar = (events: readonly FeedEvent[]): boolean =>
  events.some((e) => e.recurrence?.lunar !== undefined || e.recurrence?.solarTerm !== undefined);

/** A `recurrence` member in a feed's JSON text (a false alarm only costs the early request). */
const MENTIONS = /"recurrence"\s*:/;

/** True when a feed not yet validated (an object, or its JSON text) seems to have a recurring event. */
function mentionsRecurrence(feed: unknown): boolean {
  if (typeof feed === 'string') return MENTIONS.test(feed);
  const events = (feed as { events?: unknown } | null)?.events;
  return Array.isArray(events) && events.some((e) => typeof e === 'object' && e !== null && 'recurrence' in e);
}

/**
 * Starts the import when the calendar's feed has recurring events, before the feed layer has
 * validated it: a `feed` property or inline JSON at once, a feed from `src` when its text has
 * arrived (joining the page's one request for that URL, let go when the text is in or the element
 * disconnects). A feed without `recurrence` never starts it.
 */
export function prefetchRecurrence(host: ReactiveControllerHost & HTMLElement & { src?: string | null; feed?: unknown }): void {
  const { feed, src } = host;
  if (feed !== undefined && feed !== null) return void (mentionsRecurrence(feed) && wantRecurrence());
  const inline = host.querySelector(':scope > script[type="application/json"]')?.textContent;
  if (inline !== undefined && inline !== null) return void (mentionsRecurrence(inline) && wantRecurrence());
  if (!src || settled) return;
  // After the element's own request for the feed has started (this one joins it).
  queueMicrotask(() => {
    const request = requestFeedText(src);
    const hold: ReactiveController = {
      hostDisconnected: () => {
        request.release();
        host.removeController(hold);
      },
    };
    host.addController(hold);
    request.text
      .then(
        (text) => void (MENTIONS.test(text) && wantRecurrence()),
        () => undefined,
      )
      .finally(() => hold.hostDisconnected?.());
  });
}
