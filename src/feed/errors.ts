import type { Problem } from './types.js';

export type LoadErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'not-feed' | 'invalid' | 'aborted';

/** Why a feed could not be loaded; `problems` holds the validator's findings when it got that far. */
export class FeedLoadError extends Error {
  override name = 'FeedLoadError';
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly url: string,
    readonly status?: number,
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }
}
