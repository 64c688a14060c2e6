/**
 * Renders a long list a chunk a frame, so a big feed never blocks the page: the first tasks in
 * the first frame, then a chunk after each painted frame, each chunk sized from the time the last
 * one took. Once the whole list is rendered, warms up in idle time (see warmWhenIdle).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tasks rendered in the first frame (a 1080p screen shows about 8 under the summary and the
 * filters); the rest follow a chunk per frame, each chunk sized to take about CHUNK_MS of
 * script.
 */
export const FIRST_CHUNK = 8;
export const NEXT_CHUNK = 24;
const CHUNK_MS = 6;
/** A list this short is rendered whole at once (a plan's usual size). */
export const ALL_AT_ONCE = 40;

/** The size of the next chunk: this one's, scaled to take about CHUNK_MS (8 to 200 tasks). */
export function nextChunkSize(size: number, ms: number): number {
  return Math.min(200, Math.max(8, Math.round((size * CHUNK_MS) / Math.max(ms, 1))));
}

/** What the warm-up works on: a TaskModel's `warm` (true when all is done). */
export interface Warmable {
  warm(enough: () => boolean): boolean;
}

type Deadline = { timeRemaining(): number };

/**
 * When the page is idle, a little at a time (so a keystroke never waits behind it): runs
 * `model.warm` (the search text, so the first keystroke is as quick as the rest) until it is
 * done, then `then` (the list loads the opened part's code, so it is there when a resident opens
 * a task).
 */
export function warmWhenIdle(model: Warmable, then: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: (d: Deadline) => void, o?: { timeout: number }) => number }).requestIdleCallback;
  const step = (deadline?: Deadline) => {
    const until = performance.now() + 5;
    const done = model.warm(() => performance.now() > until && (!deadline || deadline.timeRemaining() < 1));
    if (!done) later();
    else then();
  };
  const later = () => (idle ? idle(step, { timeout: 2000 }) : setTimeout(step, 50));
  later();
}

export class ChunkedRenderController implements ReactiveController {
  /** How many tasks may be rendered now. */
  private budget = FIRST_CHUNK;
  /** Tasks a later chunk adds, adjusted to the time the last chunk took. */
  private chunkSize = NEXT_CHUNK;
  private chunkStart = 0;
  private chunkPending = false;
  private readonly warmed = new WeakSet<Warmable>();
  private readonly host: ReactiveControllerHost & { readonly isConnected: boolean };
  private readonly afterWarm: () => void;

  /** `afterWarm`: run in idle time after a model's warm-up (see warmWhenIdle). */
  constructor(host: ReactiveControllerHost & { readonly isConnected: boolean }, afterWarm: () => void) {
    this.host = host;
    this.afterWarm = afterWarm;
    host.addController(this);
  }

  /** Back to the first chunk (a new feed, new filters). */
  restart(): void {
    this.budget = FIRST_CHUNK;
  }

  /** From the next render on, at least the first `n` tasks are rendered. */
  reach(n: number): void {
    this.budget = Math.max(this.budget, n);
  }

  /**
   * How many of the `total` tasks to render now. Schedules the next chunk, or, when all of them
   * are rendered, the warm-up of `model`.
   */
  take(total: number, model: Warmable): number {
    const n = total <= ALL_AT_ONCE ? total : Math.min(total, this.budget);
    this.schedule(total, model);
    return n;
  }

  hostUpdated(): void {
    if (this.chunkStart) {
      const ms = performance.now() - this.chunkStart;
      this.chunkStart = 0;
      this.chunkSize = nextChunkSize(this.chunkSize, ms);
    }
  }

  /**
   * Schedules the next chunk of a long list: after the next frame is painted, or (in a hidden
   * tab, where frames stop) as the next task.
   */
  private schedule(total: number, model: Warmable): void {
    if (this.budget >= total || total <= ALL_AT_ONCE) {
      if (!this.warmed.has(model)) {
        this.warmed.add(model);
        warmWhenIdle(model, this.afterWarm);
      }
      return;
    }
    if (this.chunkPending) return;
    this.chunkPending = true;
    const next = () => {
      this.chunkPending = false;
      if (!this.host.isConnected) return;
      this.budget += this.chunkSize;
      this.chunkStart = performance.now();
      this.host.requestUpdate();
    };
    if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(next, 0));
    else {
      const channel = new MessageChannel();
      channel.port1.onmessage = next;
      channel.port2.postMessage(null);
    }
  }
}
