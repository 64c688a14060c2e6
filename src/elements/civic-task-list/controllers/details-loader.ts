/**
 * The opened part of a task (views/task-details.ts) is loaded on demand: the first render of a
 * list, where every task is closed, does not need it. The list loads it in idle time after its
 * first render (preloadDetails), so it is there by the time a resident opens a task; with
 * `expanded` or a `#task-` link, it is loaded at once, and the list's updateComplete waits for it
 * (through the element's waitFor).
 */
import type { ReactiveControllerHost } from 'lit';

export type DetailsModule = typeof import('../views/task-details.js');

let loaded: DetailsModule | undefined;
let loading: Promise<DetailsModule> | undefined;

/** Loads the opened part's code (once for the page); a failed load is tried again. */
export function loadDetails(): Promise<DetailsModule> {
  return (loading ??= import('../views/task-details.js').then(
    (m) => (loaded = m),
    (err: unknown) => {
      loading = undefined;
      throw err;
    },
  ));
}

/** Starts loading the opened part's code, if it is not in yet. */
export function preloadDetails(): void {
  if (!loaded) loadDetails().catch(() => undefined);
}

/** One list's use of the opened part's code. */
export class DetailsLoader {
  private readonly host: ReactiveControllerHost;
  private readonly waitFor: (work: Promise<unknown>) => Promise<unknown>;

  /** `waitFor`: the element's (CivicFeedElement), so that its updateComplete waits for the code. */
  constructor(host: ReactiveControllerHost, waitFor: (work: Promise<unknown>) => Promise<unknown>) {
    this.host = host;
    this.waitFor = waitFor;
  }

  /** The code, when it is in (nothing is asked for). */
  get current(): DetailsModule | undefined {
    return loaded;
  }

  /**
   * The code when it is in; else undefined, and the list renders again once it is (its
   * updateComplete waits for that).
   */
  get(): DetailsModule | undefined {
    if (loaded) return loaded;
    void this.waitFor(loadDetails()).then(
      () => this.host.requestUpdate(),
      () => undefined,
    );
    return undefined;
  }
}
