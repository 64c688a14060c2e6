/**
 * Reading what the publisher gives: a feed (.json file or URL), a workbook (.xlsx), CSV files,
 * or a folder of them. I/O failures throw Unreadable (exit code 2); content problems are reported.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { validate } from '../feed/validate.js';
import type { Feed } from '../feed/types.js';
import { sheetFor, type SheetKind } from './columns.js';
import { buildDoc, type BuildResult, type MetaInput } from './build.js';
import { cliProblem, type CliProblem, type Where } from './messages.js';
import { csvGrid, decodeText, gridToTable, guessKind, readWorkbook, type Table } from './sheets.js';

export class Unreadable extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

async function bytesOf(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (err) {
    throw new Unreadable(file, (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message);
  }
}

/** The text of a file or URL (decoded like a CSV: UTF-8, BOM, GB18030). */
export async function readText(source: string, timeoutMs = 15_000): Promise<string> {
  if (isUrl(source)) {
    let res: Response;
    try {
      res = await fetch(source, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    } catch (err) {
      throw new Unreadable(source, (err as Error).name === 'TimeoutError' ? 'no answer' : (err as Error).message);
    }
    if (!res.ok) throw new Unreadable(source, `HTTP ${res.status}`);
    return decodeText(new Uint8Array(await res.arrayBuffer())).text;
  }
  return decodeText(await bytesOf(source)).text;
}

/** Reads one CSV file as a table of the kind its name (or its headers) says. */
export async function readCsv(file: string, problems: CliProblem[], kind?: SheetKind): Promise<Table | undefined> {
  const bytes = await bytesOf(file);
  const { text } = decodeText(bytes);
  let grid;
  try {
    grid = csvGrid(text);
  } catch (err) {
    throw new Unreadable(file, (err as Error).message);
  }
  const k = kind ?? guessKind(file, grid);
  if (!k) {
    problems.push(cliProblem('', 'warning', 'unknown-sheet', { sheet: basename(file) }, { file }));
    return undefined;
  }
  return gridToTable(grid, k, file, undefined, problems);
}

export async function readXlsx(file: string, problems: CliProblem[]): Promise<Table[]> {
  const bytes = await bytesOf(file);
  try {
    return await readWorkbook(bytes, file, problems);
  } catch (err) {
    throw new Unreadable(file, `not a readable .xlsx workbook (${(err as Error).message})`);
  }
}

export async function readMetaJson(file: string): Promise<Record<string, unknown>> {
  const text = await readText(file);
  try {
    const value = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
    return value as Record<string, unknown>;
  } catch (err) {
    throw new Unreadable(file, (err as Error).message);
  }
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
    throw new Unreadable(dir, (err as Error).message);
  }
  const files: SheetFiles = {};
  for (const name of names) {
    const ext = extname(name).toLowerCase();
    const kind = sheetFor(basename(name, extname(name)))?.kind;
    if ((ext === '.csv' || ext === '.tsv' || ext === '.txt') && kind) files[kind] ??= join(dir, name);
    else if (ext === '.json' && (kind === 'meta' || /^meta$/i.test(basename(name, ext)))) files.metaJson ??= join(dir, name);
  }
  const hasCsv = Object.keys(files).some((k) => k !== 'metaJson');
  const book = names.find((n) => extname(n).toLowerCase() === '.xlsx' && !n.startsWith('~$'));
  if (book && hasCsv) files.ignoredWorkbook = join(dir, book);
  else if (book) files.workbook = join(dir, book);
  return files;
}

export interface SheetSource extends BuildResult {
  files: string[];
}

/** Reads the given spreadsheet files and builds the feed document (not yet validated). */
export async function readSheets(files: SheetFiles): Promise<SheetSource> {
  const problems: CliProblem[] = [];
  const tables: Table[] = [];
  const used: string[] = [];
  if (files.workbook) {
    used.push(files.workbook);
    tables.push(...(await readXlsx(files.workbook, problems)));
  }
  if (files.ignoredWorkbook) {
    problems.push(cliProblem('', 'warning', 'workbook-ignored', { file: basename(files.ignoredWorkbook) }, { file: files.ignoredWorkbook }));
  }
  for (const [key, file] of Object.entries(files)) {
    if (key === 'workbook' || key === 'metaJson' || key === 'ignoredWorkbook' || !file) continue;
    used.push(file);
    if (extname(file).toLowerCase() === '.xlsx') {
      // A workbook given for one sheet: take that sheet (or the first) from it.
      const book = await readXlsx(file, problems);
      const t = book.find((x) => x.kind === key) ?? book[0];
      if (t) tables.push({ ...t, kind: key as SheetKind });
    } else if (key === 'meta' && extname(file).toLowerCase() === '.json') {
      files.metaJson = file;
    } else {
      const t = await readCsv(file, problems, key as SheetKind);
      if (t) tables.push(t);
    }
  }
  const meta: MetaInput = {};
  if (files.metaJson) {
    used.push(files.metaJson);
    meta.json = await readMetaJson(files.metaJson);
  }
  const built = buildDoc(tables, meta);
  built.problems.unshift(...problems);
  return { ...built, files: used };
}

/** Is this a spreadsheet input (rather than a feed)? */
export async function isFolder(path: string): Promise<boolean> {
  if (isUrl(path)) return false;
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export interface Checked {
  feed?: Feed;
  fatal: boolean;
  problems: CliProblem[];
  /** The document before validation (for pointers into the input). */
  doc?: Record<string, unknown>;
  files: string[];
  /** The cell a pointer came from (spreadsheet inputs). */
  locate?: (path: string) => Where | undefined;
}

/** Validates a built document, placing each validator problem at its cell. */
export function checkBuilt(source: SheetSource): Checked {
  const r = validate(source.doc);
  const problems: CliProblem[] = [...source.problems];
  // A cell already reported (an unknown status word, a bad date) is not reported again by the validator.
  const reported = [...source.problems.filter((p) => p.path !== '').map((p) => p.path), ...source.suppress];
  const covered = (path: string) => reported.some((r) => path === r || path.startsWith(r + '/'));
  for (const p of r.problems) {
    if (p.code === 'missing-ref' && !referencedListGiven(p.path, source.given)) continue;
    if (covered(p.path)) continue;
    const where = source.locator.find(p.path);
    problems.push(where ? { ...p, where } : p);
  }
  return { feed: r.feed, fatal: r.fatal, problems, doc: source.doc, files: source.files, locate: (p) => source.locator.find(p) };
}

/** A reference into a list that was not given at all (validating tasks.csv alone) is not a problem. */
function referencedListGiven(path: string, given: Set<SheetKind>): boolean {
  const m = /^\/(\w+)\/\d+\/(\w+)/.exec(path);
  if (!m) return true;
  const target: Record<string, SheetKind> = { section: 'sections', indicators: 'indicators', task: 'tasks', category: 'categories' };
  const kind = target[m[2]];
  return kind === undefined || given.has(kind);
}

/** Reads any input for `validate`: feed JSON (file or URL), .xlsx, .csv, or a folder. */
export async function readAny(source: string): Promise<Checked & { text?: string }> {
  const ext = isUrl(source) ? '.json' : extname(source).toLowerCase();
  if (await isFolder(source)) return checkBuilt(await readSheets(await scanFolder(source)));
  if (ext === '.xlsx') return checkBuilt(await readSheets({ workbook: source }));
  if (ext === '.csv' || ext === '.tsv') {
    const problems: CliProblem[] = [];
    const table = await readCsv(source, problems);
    const built = buildDoc(table ? [table] : [], {});
    built.problems.unshift(...problems);
    return checkBuilt({ ...built, files: [source] });
  }
  if (ext === '.xls') throw new Unreadable(source, 'the old .xls format is not read; save it as .xlsx or CSV');
  const text = await readText(source);
  const r = validate(text);
  return { feed: r.feed, fatal: r.fatal, problems: r.problems, text, files: [source] };
}
