/** The messages between the workbench page and its reader worker. */
import type { LedgerResult } from '../cli/ledger.js';
import type { PageLang } from './text.js';

export interface ReadRequest {
  id: number;
  files: { name: string; bytes: ArrayBuffer }[];
  lang: PageLang;
  choices: Record<string, string>;
}

/** What the page gets: the reader's result (all of it but `locate`), or why the worker failed. */
export type Reading = Omit<LedgerResult, 'locate'>;

export type ReadReply = { id: number; result: Reading; failure?: undefined } | { id: number; failure: string; result?: undefined };
