/**
 * The expansion of recurring events (src/feed/recurrence.ts), loaded on demand: a feed without
 * any `recurrence` never needs it, and one with recurring events gets it one request after the
 * feed (the first view of such a feed starts the import). Until it has arrived the calendar
 * shows each series as its first occurrence and marks the view busy. The year view and the
 * .ics download import recurrence.ts themselves (they are loaded on demand too).
 */
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
