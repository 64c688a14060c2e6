/**
 * The feed loader: one request per feed URL per page however many widgets use it, a timeout,
 * retries with jittered backoff, abort when nobody needs the feed any more, and the last good
 * copy from localStorage when the network fails. The request itself and the shared map are
 * small modules of their own (fetch.ts, share.ts) that a widget's own code uses to start the
 * request when it connects; this module (loaded on demand) validates. Pure TypeScript over
 * fetch: usable from Node.
 */
import { readCachedFeed, writeCachedFeed } from './cache.js';
import { validateInSlices } from './validate.js';
import type { Feed, Problem } from './types.js';
import { FeedLoadError } from './errors.js';
import { fetchFeedText, loaderOptions, type LoadOptions } from './fetch.js';
import { requestFeedText } from './share.js';

export { FeedLoadError } from './errors.js';
export type { LoadErrorKind } from './errors.js';
export { configureLoader, parseRetryAfter, retryWait, type LoadOptions } from './fetch.js';
export { feedKey, clearFeedRequests, requestFeedText, type FeedTextRequest } from './share.js';

export interface LoadResult {
  feed: Feed;
  problems: Problem[];
  url: string;
  /** Set when the feed shown is the last good copy because the network failed. */
  stale?: { savedAt: string; error: FeedLoadError };
}

/**
 * The feed from its text on the way: validated (and kept as the last good copy), or, when the
 * network failed, the last good copy.
 */
export async function resultFromText(url: string, text: Promise<string>, options: LoadOptions = {}): Promise<LoadResult> {
  const o = loaderOptions(options);
  let error: FeedLoadError;
  try {
    const body = await text;
    const result = await validateInSlices(body);
    if (result.fatal || !result.feed) {
      const kind = result.problems.some((p) => p.code === 'not-json') ? 'not-json' : 'invalid';
      throw new FeedLoadError(kind, result.problems[0]?.message.en ?? 'Invalid feed', url, undefined, result.problems);
    }
    if (o.cache) writeCachedFeed(url, body);
    return { feed: result.feed, problems: result.problems, url };
  } catch (err) {
    error = err instanceof FeedLoadError ? err : new FeedLoadError('network', String(err), url);
  }
  if (error.kind !== 'aborted' && o.cache) {
    const cached = readCachedFeed(url);
    const result = cached && (await validateInSlices(cached.text));
    if (result && result.feed) {
      return { feed: result.feed, problems: result.problems, url, stale: { savedAt: cached.savedAt, error } };
    }
  }
  throw error;
}

/** Fetches and validates one feed, with retries and the cached fallback. Not shared: see requestFeed. */
export function loadFeed(url: string, signal: AbortSignal, options: LoadOptions = {}): Promise<LoadResult> {
  return resultFromText(url, fetchFeedText(url, signal, options), options);
}

export interface FeedRequest {
  result: Promise<LoadResult>;
  /** Call when the element no longer needs the feed; the last one out aborts a pending request. */
  release(): void;
}

/**
 * The shared request for a feed URL: every caller on the page gets the same promise, so one
 * URL is fetched once (and validated once). A failed request is forgotten, so a later caller
 * tries again. It joins a request a widget started before the feed layer arrived.
 */
export function requestFeed(src: string, options?: LoadOptions): FeedRequest {
  const request = requestFeedText(src, options);
  return { result: request.derive((text, url) => resultFromText(url, text, options)), release: request.release };
}
