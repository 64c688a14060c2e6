/**
 * The last good copy of each feed, in localStorage. Size-capped; never throws, whether storage
 * is full, blocked (sandboxed iframes, private modes) or missing (Node).
 */
const PREFIX = 'civic-widgets:feed:';
/** Largest feed text kept, in characters. */
export const CACHE_MAX_CHARS = 1_000_000;

export interface CachedFeed {
  text: string;
  savedAt: string;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readCachedFeed(url: string): CachedFeed | undefined {
  try {
    const raw = storage()?.getItem(PREFIX + url);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<CachedFeed>;
    if (typeof value.text !== 'string' || typeof value.savedAt !== 'string') return undefined;
    return { text: value.text, savedAt: value.savedAt };
  } catch {
    return undefined;
  }
}

export function writeCachedFeed(url: string, text: string, now = new Date()): boolean {
  const store = storage();
  if (!store || text.length > CACHE_MAX_CHARS) return false;
  const value = JSON.stringify({ text, savedAt: now.toISOString() });
  try {
    store.setItem(PREFIX + url, value);
    return true;
  } catch {
    // Full: drop our other copies once, then give up quietly.
    try {
      for (let i = store.length - 1; i >= 0; i--) {
        const key = store.key(i);
        if (key?.startsWith(PREFIX) && key !== PREFIX + url) store.removeItem(key);
      }
      store.setItem(PREFIX + url, value);
      return true;
    } catch {
      return false;
    }
  }
}
