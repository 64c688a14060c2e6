/**
 * One request per feed URL per page: the shared map. A widget's own code joins it the moment
 * the element connects (requestFeedText), the feed layer joins the same entry when it has
 * arrived and validates the text once for everyone (derive). Small on purpose: it is in every
 * feed widget's own code, the validator is not.
 */
import { fetchFeedText, type LoadOptions } from './fetch.js';

interface Entry {
  text: Promise<string>;
  controller: AbortController;
  users: number;
  /** True once the text has arrived or failed: nothing left to abort. */
  settled: boolean;
  failed: boolean;
  derived?: Promise<unknown>;
}

const shared = new Map<string, Entry>();

/** The absolute form of a feed URL, the key of the shared request. */
export function feedKey(src: string): string {
  try {
    const base = (globalThis as { document?: Document }).document?.baseURI;
    return new URL(src, base).href;
  } catch {
    return src;
  }
}

export interface FeedTextRequest {
  /** The absolute URL (feedKey). */
  url: string;
  /** The feed's text; rejects with a FeedLoadError. */
  text: Promise<string>;
  /**
   * The one result made from this request's text (the validated feed): the first caller's
   * `make` runs, every other caller gets the same promise. When it fails the URL is forgotten,
   * so a later caller tries again.
   */
  derive<T>(make: (text: Promise<string>, url: string) => Promise<T>): Promise<T>;
  /** Call when the element no longer needs the feed; the last one out aborts a pending request. */
  release(): void;
}

function forget(url: string, entry: Entry): void {
  if (shared.get(url) === entry) shared.delete(url);
}

/**
 * Joins (or starts) the request for a feed URL: every caller on the page shares one fetch.
 * The first caller's options apply.
 */
export function requestFeedText(src: string, options?: LoadOptions): FeedTextRequest {
  const url = feedKey(src);
  let entry = shared.get(url);
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = { controller, users: 0, settled: false, failed: false, text: fetchFeedText(url, controller.signal, options) };
    created.text.then(
      () => (created.settled = true),
      () => {
        created.settled = created.failed = true;
        // A failure is forgotten when its result is (derive), or when nobody holds it.
        if (!created.derived && !created.users) forget(url, created);
      },
    );
    shared.set(url, (entry = created));
  }
  const current = entry;
  current.users++;
  let released = false;
  return {
    url,
    text: current.text,
    derive<T>(make: (text: Promise<string>, url: string) => Promise<T>): Promise<T> {
      current.derived ??= make(current.text, url).catch((e: unknown) => {
        forget(url, current);
        throw e;
      });
      return current.derived as Promise<T>;
    },
    release() {
      if (released) return;
      released = true;
      current.users--;
      if (current.users > 0) return;
      if (!current.settled) current.controller.abort();
      if (!current.settled || (current.failed && !current.derived)) forget(url, current);
    },
  };
}

/** Forgets every shared request (for tests, and for a page that wants a fresh copy). */
export function clearFeedRequests(): void {
  shared.clear();
}
