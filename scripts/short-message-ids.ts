/**
 * A Vite plugin that cuts the message ids in the generated locale modules
 * (src/generated/locales/*.ts, written by lit-localize) to their short form (shortId);
 * src/internal/locale.ts looks them up the same way (byShortId). It fails the build when two
 * messages would share a short id.
 */
import type { Plugin } from 'vite';
import { shortId } from '../src/internal/message-ids.ts';

const LOCALE_MODULE = /[\\/]src[\\/]generated[\\/]locales[\\/][^\\/]+\.ts$/;
/** A key of the templates object: 's' (string) or 'h' (html) and 16 hex digits. */
const KEY = /([{,\s])'([sh][0-9a-f]{16})'\s*:/g;

/** The locale module's code with every message id cut short; throws when two would be the same. */
export function shortenIds(code: string): string {
  const seen = new Map<string, string>();
  return code.replace(KEY, (_, before: string, id: string) => {
    const short = shortId(id);
    const other = seen.get(short);
    if (other) throw new Error(`messages ${other} and ${id} share the short id ${short}: raise ID_LENGTH in src/internal/message-ids.ts`);
    seen.set(short, id);
    return `${before}'${short}':`;
  });
}

export function shortMessageIds(): Plugin {
  return {
    name: 'civic-short-message-ids',
    enforce: 'pre',
    transform(code, id) {
      if (!LOCALE_MODULE.test(id.split('?')[0])) return undefined;
      return { code: shortenIds(code), map: null };
    },
  };
}
