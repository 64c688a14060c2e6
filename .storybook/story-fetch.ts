/**
 * Storybook only: fake feed addresses so stories can show every state without a server.
 *   /__story/loading  never answers (the loading state)
 *   /__story/error    answers 500 (the error state)
 *   /__story/stale    fails; a story seeds the last good copy first (the stale state)
 * Every other address goes to the network as usual.
 */
import { configureLoader, feedKey } from '../src/feed/load.js';
import { writeCachedFeed } from '../src/feed/cache.js';

const realFetch = globalThis.fetch.bind(globalThis);

configureLoader({
  retries: 0,
  fetch: (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes('/__story/loading')) return new Promise(() => undefined);
    if (url.includes('/__story/error')) return Promise.resolve(new Response('Server error', { status: 500 }));
    if (url.includes('/__story/stale')) return Promise.reject(new TypeError('Failed to fetch'));
    return realFetch(input, init);
  },
});

/** Seeds the last good copy of `feed` for a stale-state story; returns the address to use. */
export function seedStale(feed: unknown, name = 'stale'): string {
  const src = `/__story/${name}`;
  writeCachedFeed(feedKey(src), JSON.stringify(feed), new Date('2024-09-30T09:00:00Z'));
  return src;
}
