/**
 * The feed loader: one request per feed URL per page however many widgets use it, a timeout,
 * retries with backoff, abort when nobody needs the feed any more, and the last good copy
 * from localStorage when the network fails. Pure TypeScript over fetch: usable from Node.
 */
import { readCachedFeed, writeCachedFeed } from './cache.js';
import { validateInSlices } from './validate.js';
import type { Feed, Problem } from './types.js';
import { FeedLoadError } from './errors.js';

export { FeedLoadError } from './errors.js';
export type { LoadErrorKind } from './errors.js';

export interface LoadOptions {
  /** Milliseconds before one attempt is given up (default 15 000). */
  timeout?: number;
  /** Further attempts after a network error, a 5xx or a 429 (default 2). */
  retries?: number;
  /** First backoff delay in milliseconds; doubled for each retry (default 800). */
  retryDelay?: number;
  /** Keep and use the last good copy in localStorage (default true). */
  cache?: boolean;
  fetch?: typeof fetch;
}

export interface LoadResult {
  feed: Feed;
  problems: Problem[];
  url: string;
  /** Set when the feed shown is the last good copy because the network failed. */
  stale?: { savedAt: string; error: FeedLoadError };
}

let DEFAULTS: LoadOptions = { timeout: 15_000, retries: 2, retryDelay: 800, cache: true };

/** Changes the page-wide loader defaults (timeout, retries, backoff, cache, fetch). */
export function configureLoader(options: LoadOptions): void {
  DEFAULTS = { ...DEFAULTS, ...options };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

async function attempt(url: string, signal: AbortSignal, timeout: number, doFetch: typeof fetch): Promise<string> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => ((timedOut = true), controller.abort()), timeout);
  try {
    const res = await doFetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      headers: { accept: 'application/json' },
    });
    if (!res.ok) throw new FeedLoadError('http', `HTTP ${res.status}`, url, res.status);
    const type = res.headers.get('content-type') ?? '';
    const text = await res.text();
    if (/html/i.test(type) || /^\s*</.test(text)) {
      throw new FeedLoadError('not-feed', 'The address answered with a web page, not a JSON feed', url, res.status);
    }
    return text;
  } catch (err) {
    if (err instanceof FeedLoadError) throw err;
    if (signal.aborted) throw new FeedLoadError('aborted', 'Aborted', url);
    if (timedOut) throw new FeedLoadError('timeout', `No answer within ${timeout} ms`, url);
    throw new FeedLoadError('network', err instanceof Error ? err.message : 'Network error', url);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

const retryable = (e: FeedLoadError) =>
  e.kind === 'network' || (e.kind === 'http' && (e.status === 429 || (e.status ?? 0) >= 500));

/** Fetches and validates one feed, with retries and the cached fallback. Not shared: see requestFeed. */
export async function loadFeed(url: string, signal: AbortSignal, options: LoadOptions = {}): Promise<LoadResult> {
  const o = { ...DEFAULTS, ...options } as Required<Omit<LoadOptions, 'fetch'>> & LoadOptions;
  const doFetch = o.fetch ?? globalThis.fetch.bind(globalThis);
  let failure: FeedLoadError | undefined;
  for (let i = 0; i <= o.retries; i++) {
    try {
      const text = await attempt(url, signal, o.timeout, doFetch);
      const result = await validateInSlices(text);
      if (result.fatal || !result.feed) {
        const kind = result.problems.some((p) => p.code === 'not-json') ? 'not-json' : 'invalid';
        throw new FeedLoadError(kind, result.problems[0]?.message.en ?? 'Invalid feed', url, undefined, result.problems);
      }
      if (o.cache) writeCachedFeed(url, text);
      return { feed: result.feed, problems: result.problems, url };
    } catch (err) {
      failure = err as FeedLoadError;
      if (failure.kind === 'aborted' || !retryable(failure) || i === o.retries) break;
      await sleep(o.retryDelay * 2 ** i, signal).catch(() => undefined);
      if (signal.aborted) {
        failure = new FeedLoadError('aborted', 'Aborted', url);
        break;
      }
    }
  }
  const error = failure ?? new FeedLoadError('network', 'Network error', url);
  if (error.kind !== 'aborted' && o.cache) {
    const cached = readCachedFeed(url);
    const result = cached && (await validateInSlices(cached.text));
    if (result && result.feed) {
      return { feed: result.feed, problems: result.problems, url, stale: { savedAt: cached.savedAt, error } };
    }
  }
  throw error;
}

interface Shared {
  promise: Promise<LoadResult>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

const shared = new Map<string, Shared>();

/** The absolute form of a feed URL, the key of the shared request. */
export function feedKey(src: string): string {
  try {
    const base = (globalThis as { document?: Document }).document?.baseURI;
    return new URL(src, base).href;
  } catch {
    return src;
  }
}

export interface FeedRequest {
  result: Promise<LoadResult>;
  /** Call when the element no longer needs the feed; the last one out aborts a pending request. */
  release(): void;
}

/**
 * The shared request for a feed URL: every caller on the page gets the same promise, so one
 * URL is fetched once. A failed request is forgotten, so a later caller tries again.
 */
export function requestFeed(src: string, options?: LoadOptions): FeedRequest {
  const url = feedKey(src);
  let entry = shared.get(url);
  if (!entry) {
    const controller = new AbortController();
    const created: Shared = { controller, users: 0, settled: false, promise: undefined! };
    created.promise = loadFeed(url, controller.signal, options).then(
      (r) => ((created.settled = true), r),
      (e) => {
        created.settled = true;
        if (shared.get(url) === created) shared.delete(url);
        throw e;
      },
    );
    shared.set(url, (entry = created));
  }
  const current = entry;
  current.users++;
  let released = false;
  return {
    result: current.promise,
    release() {
      if (released) return;
      released = true;
      current.users--;
      if (current.users === 0 && !current.settled) {
        current.controller.abort();
        if (shared.get(url) === current) shared.delete(url);
      }
    },
  };
}

/** Forgets every shared request (for tests, and for a page that wants a fresh copy). */
export function clearFeedRequests(): void {
  shared.clear();
}
