/**
 * The feed layer as one chunk that widgets load on demand (validator, schema library, loader),
 * so a widget's own entry point stays small and a standalone ring never pays for it.
 */
import { requestFeed as sharedRequest, type FeedRequest, type LoadOptions } from '../feed/load.js';
import { yieldToPage } from '../feed/validate.js';

export { validateInSlices, yieldToPage } from '../feed/validate.js';

/** The last turn given to a widget whose feed came in (see nextTurn). */
let turns: Promise<void> | undefined;

/**
 * Widgets that get one feed at the same moment (a portal page with four widgets on one URL)
 * take it one a task, so they render it one a task, not all in one long task: the page can
 * paint and answer a tap between them. The first goes at once.
 */
function nextTurn(): Promise<void> {
  const mine = turns ? turns.then(yieldToPage) : Promise.resolve();
  turns = mine;
  // When this turn's task is over and nobody queued behind it, the next widget goes at once.
  void mine.then(yieldToPage).then(() => {
    if (turns === mine) turns = undefined;
  });
  return mine;
}

/** The shared request for a feed URL (one fetch per URL), each caller getting the feed in its turn. */
export function requestFeed(src: string, options?: LoadOptions): FeedRequest {
  const request = sharedRequest(src, options);
  return { ...request, result: request.result.then((loaded) => nextTurn().then(() => loaded)) };
}
