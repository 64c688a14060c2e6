/**
 * Reading what the publisher gives, from disk or a URL: a feed (.json), a workbook (.xlsx), CSV
 * files, or a folder of them. The reading and checking itself is ledger.ts (shared with the
 * browser workbench); this file only finds and reads the files. A file that cannot be opened at
 * all throws Unreadable (exit code 2); content problems are reported.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { validate } from '../feed/validate.js';
import type { Feed } from '../feed/types.js';
import { sheetFor, type SheetKind } from './columns.js';
import { readLedger, type LedgerFile, type LedgerResult } from './ledger.js';
import { cliProblem, type CliProblem, type Lang, type Where } from './messages.js';
import { decodeText } from './sheets.js';

export class Unreadable extends Error {
  constructor(readonly problem: CliProblem) {
    super(problem.message.en);
  }
}

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

async function bytesOf(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Unreadable(cliProblem('', 'error', missing ? 'no-such-file' : 'unreadable', { file, detail: (err as Error).message }, { file }));
  }
}

/** The text of a file or URL (decoded like a CSV: UTF-8, BOM, GB18030). */
export async function readText(source: string, timeoutMs = 15_000): Promise<string> {
  if (isUrl(source)) {
    let res: Response;
    try {
      res = await fetch(source, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    } catch (err) {
      throw new Unreadable(cliProblem('', 'error', 'unreadable', { file: source, detail: (err as Error).name === 'TimeoutError' ? 'no answer' : (err as Error).message }));
    }
    if (!res.ok) throw new Unreadable(cliProblem('', 'error', 'unreadable', { file: source, detail: `HTTP ${res.status}` }));
    return decodeText(new Uint8Array(await res.arrayBuffer())).text;
  }
  return decodeText(await bytesOf(source)).text;
}

export type SheetFiles = Partial<Record<SheetKind, string>> & {
  workbook?: string;
  metaJson?: string;
  /** A workbook in the folder that was not read because CSV files were. */
  ignoredWorkbook?: string;
};

/** What a folder holds: CSV files by sheet name and meta.json; a workbook only when there is no CSV. */
export async function scanFolder(dir: string): Promise<SheetFiles> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (err) {
    throw new Unreadable(cliProblem('', 'error', 'unreadable', { file: dir, detail: (err as Error).message }, { file: dir }));
  }
  const files: SheetFiles = {};
  for (const name of names) {
    const ext = extname(name).toLowerCase();
    const kind = sheetFor(basename(name, extname(name)))?.kind;
    if ((ext === '.csv' || ext === '.tsv' || ext === '.txt') && kind) files[kind] ??= join(dir, name);
    else if (ext === '.json' && (kind === 'meta' || /^meta$/i.test(basename(name, ext)))) files.metaJson ??= join(dir, name);
  }
  const hasCsv = Object.keys(files).some((k) => k !== 'metaJson');
  const book = names.find((n) => ['.xlsx', '.xls', '.et'].includes(extname(n).toLowerCase()) && !n.startsWith('~$'));
  if (book && hasCsv) files.ignoredWorkbook = join(dir, book);
  else if (book) files.workbook = join(dir, book);
  return files;
}

export interface Checked {
  feed?: Feed;
  fatal: boolean;
  problems: CliProblem[];
  /** The document before validation (spreadsheet inputs). */
  doc?: Record<string, unknown>;
  files: string[];
  /** The cell a pointer came from (spreadsheet inputs). */
  locate?: (path: string) => Where | undefined;
}

/** Reads the given spreadsheet files and checks them (through ledger.ts). */
export async function readSheets(files: SheetFiles, options: { lang?: Lang; whole?: boolean; choices?: Record<string, string> } = {}): Promise<Checked & { ledger: LedgerResult }> {
  const inputs: LedgerFile[] = [];
  const used: string[] = [];
  const add = async (file: string, kind?: SheetKind) => {
    used.push(file);
    inputs.push({ name: file, bytes: await bytesOf(file), ...(kind ? { kind } : {}) });
  };
  if (files.workbook) await add(files.workbook);
  for (const [key, file] of Object.entries(files)) {
    if (key === 'workbook' || key === 'metaJson' || key === 'ignoredWorkbook' || !file) continue;
    if (key === 'meta' && extname(file).toLowerCase() === '.json') await add(file);
    else await add(file, key as SheetKind);
  }
  if (files.metaJson) await add(files.metaJson);
  const ledger = await readLedger(inputs, options);
  if (!ledger.readable) throw new Unreadable(ledger.problems[0]);
  const problems: CliProblem[] = ledger.problems;
  if (files.ignoredWorkbook) {
    problems.unshift(cliProblem('', 'warning', 'workbook-ignored', { file: basename(files.ignoredWorkbook) }, { file: files.ignoredWorkbook }));
  }
  return { feed: ledger.feed, fatal: !ledger.feed, problems, doc: ledger.doc, files: used, locate: ledger.locate, ledger };
}

/** Is this a folder (rather than a file)? */
export async function isFolder(path: string): Promise<boolean> {
  if (isUrl(path)) return false;
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

const SHEET_EXT = ['.xlsx', '.xlsm', '.xls', '.et', '.csv', '.tsv'];

/** Reads any input for `validate`: feed JSON (file or URL), .xlsx, .csv, or a folder. */
export async function readAny(source: string, options: { lang?: Lang; choices?: Record<string, string> } = {}): Promise<Checked & { text?: string }> {
  const ext = isUrl(source) ? '.json' : extname(source).toLowerCase();
  // A workbook is checked as a whole feed (title, publisher, something to show); CSV files and folders of them may be parts of one.
  if (await isFolder(source)) return readSheets(await scanFolder(source), { ...options, whole: false });
  if (ext === '.csv' || ext === '.tsv') return readSheets(csvOf(source), { ...options, whole: false });
  if (SHEET_EXT.includes(ext)) return readSheets({ workbook: source }, options);
  const text = await readText(source);
  const r = validate(text);
  return { feed: r.feed, fatal: r.fatal, problems: r.problems, text, files: [source] };
}

/** A lone CSV: its kind from its name, else from its headers (ledger.ts decides). */
function csvOf(file: string): SheetFiles {
  const kind = sheetFor(basename(file, extname(file)))?.kind;
  return kind ? { [kind]: file } : { workbook: file };
}
