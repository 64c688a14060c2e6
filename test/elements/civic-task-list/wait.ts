/** Test helpers for this element's tests: the shared waits, and a reset of this file's feeds. */
import { clearFeedRequests } from '../../../src/feed/load.js';

export { until, setPageLang } from '../../support/helpers.js';

/**
 * Forgets shared requests and this file's cached copies only (other test files run at the
 * same time on the same origin and keep theirs).
 */
export function resetOwnFeeds(marker: string): void {
  clearFeedRequests();
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const key = localStorage.key(i);
    if (key?.startsWith('civic-widgets:') && key.includes(marker)) localStorage.removeItem(key);
  }
}
