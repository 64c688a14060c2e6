/**
 * The feed's network request alone: a timeout, retries on a network error, a 5xx or a 429 with
 * random jitter ("full jitter" on the exponential backoff) and Retry-After honoured. Small and
 * free of the validator, so a widget's own code can start the request the moment it connects
 * (share.ts); the feed layer, loaded on demand, validates the text when both have arrived.
 * Pure TypeScript over fetch: usable from Node.
 */
import { FeedLoadError } from './errors.js';

export interface LoadOptions {
  /** Milliseconds before one attempt is given up (default 15 000). */
  timeout?: number;
  /** Further attempts after a network error, a 5xx or a 429 (default 2). */
  retries?: number;
  /**
   * Backoff step in milliseconds (default 800): before retry n (from 0) the loader waits a
   * random time between 0 and retryDelay × 2ⁿ, so many clients do not come back at once.
   */
  retryDelay?: number;
  /**
   * Longest Retry-After the loader waits for, in milliseconds (default 30 000). A server that
   * asks for a longer pause gets no retry: the loader gives up (and shows the last good copy).
   */
  maxRetryAfter?: number;
  /** Keep and use the last good copy in localStorage (default true). */
  cache?: boolean;
  fetch?: typeof fetch;
  /** The random source of the jitter, a number in [0, 1) (default Math.random; for tests). */
  random?: () => number;
}

type Resolved = Required<Omit<LoadOptions, 'fetch'>> & Pick<LoadOptions, 'fetch'>;

let DEFAULTS: Resolved = { timeout: 15_000, retries: 2, retryDelay: 800, maxRetryAfter: 30_000, cache: true, random: Math.random };

/** Changes the page-wide loader defaults (timeout, retries, backoff, cache, fetch). */
export function configureLoader(options: LoadOptions): void {
  DEFAULTS = { ...DEFAULTS, ...options };
}

/** The defaults with `options` over them. */
export function loaderOptions(options: LoadOptions = {}): Resolved {
  return { ...DEFAULTS, ...options };
}

/**
 * Retry-After in milliseconds from `now`: delay-seconds or an HTTP date; undefined when absent
 * or unreadable. A date in the past is 0.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  // An HTTP date starts with the day's name ("Tue, 01 Dec 2026 12:00:10 GMT").
  const at = /^[A-Za-z]{3}/.test(v) ? Date.parse(v) : NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The wait before retry `n` (from 0): full jitter, a random time in [0, step × 2ⁿ); after a
 * Retry-After, that pause plus the same jitter. Undefined when Retry-After is over the cap.
 */
export function retryWait(n: number, o: Pick<Resolved, 'retryDelay' | 'maxRetryAfter' | 'random'>, retryAfter?: number): number | undefined {
  const jitter = Math.floor(o.random() * o.retryDelay * 2 ** n);
  if (retryAfter === undefined) return jitter;
  return retryAfter > o.maxRetryAfter ? undefined : retryAfter + jitter;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

/** A failed attempt, with the server's Retry-After when it sent one. */
interface Failure {
  error: FeedLoadError;
  retryAfter?: number;
}

/**
 * The request's credentials: none ('omit'), unless the page preloads this feed with
 * `<link rel="preload" as="fetch" crossorigin href>` — the browser sent that request with the
 * credentials of `crossorigin` ("anonymous": cookies to the page's own origin only), and only a
 * request with the same credentials mode gets the preloaded answer instead of a second download.
 */
export function credentialsFor(url: string): RequestCredentials {
  const doc = (globalThis as { document?: Document }).document;
  if (!doc) return 'omit';
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel~="preload" i][as="fetch" i]')) {
    const mode = link.getAttribute('crossorigin');
    if (link.href === url && mode !== null && mode.toLowerCase() !== 'use-credentials') return 'same-origin';
  }
  return 'omit';
}

async function attempt(url: string, signal: AbortSignal, timeout: number, doFetch: typeof fetch): Promise<string | Failure> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => ((timedOut = true), controller.abort()), timeout);
  try {
    const res = await doFetch(url, {
      signal: controller.signal,
      credentials: credentialsFor(url),
      headers: { accept: 'application/json' },
    });
    if (!res.ok) {
      return { error: new FeedLoadError('http', `HTTP ${res.status}`, url, res.status), retryAfter: parseRetryAfter(res.headers.get('retry-after')) };
    }
    const type = res.headers.get('content-type') ?? '';
    const text = await res.text();
    if (/html/i.test(type) || /^\s*</.test(text)) {
      return { error: new FeedLoadError('not-feed', 'The address answered with a web page, not a JSON feed', url, res.status) };
    }
    return text;
  } catch (err) {
    if (signal.aborted) return { error: new FeedLoadError('aborted', 'Aborted', url) };
    if (timedOut) return { error: new FeedLoadError('timeout', `No answer within ${timeout} ms`, url) };
    return { error: new FeedLoadError('network', err instanceof Error ? err.message : 'Network error', url) };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

const retryable = (e: FeedLoadError) =>
  e.kind === 'network' || (e.kind === 'http' && (e.status === 429 || (e.status ?? 0) >= 500));

/** The feed's text, with the timeout and the retries; rejects with a FeedLoadError. */
export async function fetchFeedText(url: string, signal: AbortSignal, options: LoadOptions = {}): Promise<string> {
  const o = loaderOptions(options);
  const doFetch = o.fetch ?? globalThis.fetch.bind(globalThis);
  for (let n = 0; ; n++) {
    const result = await attempt(url, signal, o.timeout, doFetch);
    if (typeof result === 'string') return result;
    const { error, retryAfter } = result;
    const wait = n < o.retries && retryable(error) ? retryWait(n, o, retryAfter) : undefined;
    if (wait === undefined) throw error;
    await sleep(wait, signal).catch(() => undefined);
    if (signal.aborted) throw new FeedLoadError('aborted', 'Aborted', url);
  }
}
