/**
 * The date a figure from a feed is as of, when the figure has none of its own: the calendar
 * day (in the feed's time zone) of the feed's data (its `updated`, else its newest item date:
 * dataAsOf). Shared by the ring in feed mode, the board and the summary; feed code, so the
 * standalone ring never loads it.
 */
import { dataAsOf, dayOf } from '../../feed/timeliness.js';
import type { Feed } from '../../feed/types.js';

/** YYYY-MM-DD, or "" when the feed holds no date at all. */
export function feedDataDay(feed: Feed): string {
  const value = dataAsOf(feed);
  return (value && dayOf(value, feed.timeZone)) || '';
}
