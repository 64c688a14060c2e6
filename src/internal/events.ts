/**
 * The custom events the widgets fire, with the type of each one's `detail`, so that
 * `el.addEventListener('civic-feed-load', (e) => e.detail.feed)` is typed without a cast.
 * Every event bubbles and is composed (it crosses shadow roots); only civic-indicator-select
 * is cancelable. A new event: add its detail type here, its line to CivicEventDetails and to
 * CivicEventMap below, an `@fires` line to the element's JSDoc, and fire it with
 * `this.emit(…)` (CivicFeedElement) or `fire(…)` (a controller).
 */
import type { LoadErrorKind } from '../feed/errors.js';
import type { Feed, Problem } from '../feed/types.js';

/** Where a widget's feed came from: the `feed` property, inline JSON, or the `src` URL. */
export type FeedSourceKind = 'property' | 'inline' | 'url' | 'none';

/** civic-feed-load: the feed was loaded (every widget; the ring only in feed mode). */
export interface FeedLoadDetail {
  feed: Feed;
  /** What the validator repaired or left out. */
  problems: Problem[];
  source: FeedSourceKind;
  /** True when the last good copy is shown because the feed could not be refreshed. */
  stale: boolean;
}

/** civic-feed-error: the feed could not be loaded. */
export interface FeedErrorDetail {
  kind: LoadErrorKind;
  message: string;
  url: string;
  /** The HTTP status, when the server answered with an error. */
  status?: number;
  problems: Problem[];
}

/** civic-indicator-select (<civic-indicator-board>, cancelable): a card's task link was chosen. */
export interface IndicatorSelectDetail {
  indicator: string;
  task: string;
}

/** civic-task-toggle (<civic-task-list>): a task was opened or closed. */
export interface TaskToggleDetail {
  id: string;
  open: boolean;
}

/** civic-filter-change (<civic-task-list>): the resident changed the filters. */
export interface FilterChangeDetail {
  statuses: string[];
  sections: string[];
  query: string;
}

/** civic-event-select (<civic-event-calendar>): an event's details were opened. */
export interface EventSelectDetail {
  id: string;
}

/** civic-month-change (<civic-event-calendar>): the visitor changed the month shown. */
export interface MonthChangeDetail {
  /** YYYY-MM */
  month: string;
}

/** Each event's type → its detail (what `emit` and `fire` accept). */
export interface CivicEventDetails {
  'civic-feed-load': FeedLoadDetail;
  'civic-feed-error': FeedErrorDetail;
  'civic-indicator-select': IndicatorSelectDetail;
  'civic-task-toggle': TaskToggleDetail;
  'civic-filter-change': FilterChangeDetail;
  'civic-event-select': EventSelectDetail;
  'civic-month-change': MonthChangeDetail;
}

export type CivicEventType = keyof CivicEventDetails;

/** Each event's type → the event a listener gets. */
export interface CivicEventMap {
  'civic-feed-load': CustomEvent<FeedLoadDetail>;
  'civic-feed-error': CustomEvent<FeedErrorDetail>;
  'civic-indicator-select': CustomEvent<IndicatorSelectDetail>;
  'civic-task-toggle': CustomEvent<TaskToggleDetail>;
  'civic-filter-change': CustomEvent<FilterChangeDetail>;
  'civic-event-select': CustomEvent<EventSelectDetail>;
  'civic-month-change': CustomEvent<MonthChangeDetail>;
}

// Listeners on an element, or on the document (the events bubble and are composed), are typed.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends CivicEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends CivicEventMap {}
}

/**
 * Fires one of the widgets' events on `target`: bubbling and composed, cancelable when asked.
 * Returns dispatchEvent's answer (false when a listener called preventDefault on a cancelable
 * event). Elements call their `emit`, which calls this; controllers call it directly.
 */
export function fire<K extends CivicEventType>(target: EventTarget, type: K, detail: CivicEventDetails[K], options?: { cancelable?: boolean }): boolean {
  return target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, cancelable: !!options?.cancelable, detail }));
}
