/**
 * Short message ids in the locale files. A message id is 17 characters of hash ("s" or "h" and
 * 16 hex digits); in the zh-Hans file the ids were a third of the gzip size, since hash digits
 * do not compress. The build cuts each id in a locale file to ID_LENGTH characters (shortId, in
 * scripts/short-message-ids.ts): 24 bits of hash tell the library's few hundred messages apart,
 * and the build fails if two messages ever share one. No imports: the build uses it from Node.
 */
export const ID_LENGTH = 7;

/**
 * The short form of a message id: its kind ("s" or "h") and its last ID_LENGTH - 1 hex digits
 * (the low bits of lit-localize's FNV-1a hash, the best mixed: the first digits already
 * collided once among 189 messages).
 */
export function shortId(id: string): string {
  return id.length > ID_LENGTH ? id[0] + id.slice(1 - ID_LENGTH) : id;
}

/**
 * A locale module's templates looked up by a message's full id (what msg() asks for), whether
 * the module's keys are full ids (tests, the dev server) or short ones (the built files).
 */
export function byShortId<T>(templates: Readonly<Record<string, T>>): Record<string, T> {
  const short = new Map<string, T>();
  for (const key of Object.keys(templates)) short.set(shortId(key), templates[key]);
  return new Proxy({} as Record<string, T>, {
    get: (_, id) => (typeof id === 'string' ? short.get(shortId(id)) : undefined),
  });
}
