/**
 * The workbench's reader, off the main thread: the page posts the files' bytes, this worker
 * calls the same readLedger as the command line and posts the result back (without `locate`,
 * a function, which cannot cross to the page).
 */
import { readLedger, type LedgerOptions, type LedgerResult } from '../cli/ledger.js';
import type { ReadRequest, ReadReply } from './protocol.js';

const scope = self as unknown as { onmessage: ((e: MessageEvent<ReadRequest>) => void) | null; postMessage(reply: ReadReply): void };

scope.onmessage = async (e) => {
  const { id, files, lang, choices } = e.data;
  const options: LedgerOptions = { lang, whole: true, choices };
  try {
    const result: Partial<Pick<LedgerResult, 'locate'>> & Omit<LedgerResult, 'locate'> = await readLedger(files, options);
    delete result.locate;
    scope.postMessage({ id, result });
  } catch (err) {
    // readLedger never throws; this is a last guard (e.g. out of memory).
    scope.postMessage({ id, failure: String(err instanceof Error ? err.message : err) });
  }
};
