/**
 * The page's side of the reader worker: one reading at a time (a newer one replaces an older
 * one), a worker that takes too long is stopped and replaced, so the page never hangs.
 */
import type { ReadReply, ReadRequest, Reading } from './protocol.js';
import type { PageLang } from './text.js';

export type Outcome = { kind: 'done'; result: Reading } | { kind: 'timeout'; seconds: number } | { kind: 'failed'; detail: string } | { kind: 'replaced' };

/** Longest a reading may take; readLedger answers hostile files within a second or two. */
export const TIME_LIMIT_S = 60;

export class LedgerReader {
  private worker?: Worker;
  private next = 1;
  private pending?: { id: number; resolve: (o: Outcome) => void; timer: ReturnType<typeof setTimeout> };

  constructor(private readonly limitSeconds = TIME_LIMIT_S) {}

  private start(): Worker {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<ReadReply>) => {
      const p = this.pending;
      if (!p || p.id !== e.data.id) return;
      this.settle(e.data.result ? { kind: 'done', result: e.data.result } : { kind: 'failed', detail: e.data.failure ?? '' });
    };
    worker.onerror = (e) => {
      e.preventDefault();
      this.stop();
      this.settle({ kind: 'failed', detail: e.message || 'worker error' });
    };
    return worker;
  }

  private settle(outcome: Outcome): void {
    const p = this.pending;
    if (!p) return;
    clearTimeout(p.timer);
    this.pending = undefined;
    p.resolve(outcome);
  }

  private stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  /** Reads the files (their bytes are copied, the File objects stay usable for a re-run). */
  async read(files: readonly File[], lang: PageLang, choices: Record<string, string>): Promise<Outcome> {
    if (this.pending) {
      // A newer reading wins: the old worker may be busy, so it is replaced.
      this.stop();
      this.settle({ kind: 'replaced' });
    }
    const id = this.next++;
    const outcome = new Promise<Outcome>((resolve) => {
      const timer = setTimeout(() => {
        this.stop();
        this.settle({ kind: 'timeout', seconds: this.limitSeconds });
      }, this.limitSeconds * 1000);
      this.pending = { id, resolve, timer };
    });
    try {
      const loaded = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
      if (this.pending?.id !== id) return outcome;
      const request: ReadRequest = { id, files: loaded, lang, choices };
      this.worker ??= this.start();
      this.worker.postMessage(request, loaded.map((f) => f.bytes));
    } catch (err) {
      if (this.pending?.id === id) this.settle({ kind: 'failed', detail: String(err instanceof Error ? err.message : err) });
    }
    return outcome;
  }
}
