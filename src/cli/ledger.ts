/**
 * The ledger reader: spreadsheet files (bytes + name) → the feed, every problem by sheet, Excel
 * row and column letter with the cell as the clerk sees it, and how each column was understood.
 * ONE module for the command line and the browser workbench: no Node built-ins; exceljs and
 * csv-parse are loaded on demand. The API is described in docs/publishing.md and notes/cli-api.md.
 */
import type { Feed } from '../feed/types.js';
import { validate } from '../feed/validate.js';
import { buildDoc, type BuildResult } from './build.js';
import { SHEETS, columnFor, sheetDef, sheetFor, type SheetKind } from './columns.js';
import { findHeaderRow, headerView, missingRequired, sheetToTable, type ColumnMap, type Table } from './layout.js';
import { cliProblem, messageIn, type CliProblem, type Lang, type Where } from './messages.js';
import { columnLetter, csvSheet, decodeText, workbookSheets, type Sheet } from './sheets.js';
import { placeValidatorProblems } from './placing.js';
import { sortProblems } from './report.js';
import { checkWorkbook, sniff, WORKBOOK_LIMITS } from './zip.js';

export interface LedgerFile {
  name: string;
  bytes: ArrayBuffer | Uint8Array;
  /** What a CSV file is ('tasks' …) when its name does not say. */
  kind?: SheetKind;
}

export interface LedgerOptions {
  lang?: Lang;
  /** The result must be a whole feed (something to show, a title, a publisher). Default true. */
  whole?: boolean;
  /** Answers to ambiguous headers: header as written → field. */
  choices?: Record<string, string>;
  limits?: typeof WORKBOOK_LIMITS;
}

export interface LedgerProblem extends CliProblem {
  text: string;
}

/** How one column was understood (layout.ts's ColumnMap), with the field's name in the run's language. */
export interface ColumnMapping extends ColumnMap {
  label: string;
}

export interface LedgerResult {
  readable: boolean;
  ok: boolean;
  feed?: Feed;
  doc?: Record<string, unknown>;
  problems: LedgerProblem[];
  columns: ColumnMapping[];
  counts: { errors: number; warnings: number; notes: number };
  /** The cell a JSON Pointer came from. */
  locate: (path: string) => Where | undefined;
}

const NOTES_SHEET = /^(说明|notes?|readme|填表说明)/i;
const bytesOf = (b: ArrayBuffer | Uint8Array) => (b instanceof Uint8Array ? b : new Uint8Array(b));
const extOf = (name: string) => /\.[^.\\/]+$/.exec(name)?.[0].toLowerCase() ?? '';

class Fatal extends Error {
  constructor(readonly problem: CliProblem) {
    super(problem.code);
  }
}
const fatal = (code: string, params: Record<string, string | number>, where?: Where) => new Fatal(cliProblem('', 'error', code, params, where));

/** Which kind of sheet a grid is, from its headers. */
function guessKind(sheet: Sheet): { kind?: SheetKind; complete: boolean; row: number; found: string[] } {
  const view = headerView(sheet);
  let best: { kind?: SheetKind; complete: boolean; row: number; found: string[]; score: number } = { complete: false, row: 0, found: [], score: 0 };
  for (const def of SHEETS) {
    if (def.kind === 'meta') continue;
    const { row, score } = findHeaderRow(def.kind, view);
    if (row < 0) continue;
    const fields = new Set<string>();
    const found: string[] = [];
    for (const v of view[row] ?? []) {
      const c = typeof v === 'string' ? columnFor(def.kind, v) : undefined;
      if (c && !fields.has(c.field)) {
        fields.add(c.field);
        found.push(String(v).trim());
      }
    }
    const complete = missingRequired(def.kind, (f) => fields.has(f)).length === 0;
    const s = (complete ? 100 : 0) + score;
    if (s > best.score) best = { kind: def.kind, complete, row: row + 1, found, score: s };
  }
  return best;
}

function classify(sheet: Sheet, file: string, problems: CliProblem[], choices: Record<string, string>, forced?: SheetKind): Table | undefined {
  const name = sheet.name ?? file.replace(/^.*[\\/]/, '');
  const where: Where = sheet.name === undefined ? { file } : { file, sheet: sheet.name };
  const byName = forced ?? sheetFor(sheet.name ?? name.replace(/\.[^.]+$/, ''))?.kind;
  if (byName) return sheetToTable(sheet, byName, file, problems, choices);
  const guess = guessKind(sheet);
  if (guess.kind && guess.complete) return sheetToTable(sheet, guess.kind, file, problems, choices);
  if (guess.kind && guess.found.length >= 2) {
    const def = sheetDef(guess.kind);
    const missing = missingRequired(guess.kind, (f) => guess.found.some((h) => columnFor(guess.kind!, h)?.field === f));
    const col = def.columns.find((c) => c.field === missing[0])!;
    problems.push(
      cliProblem('', 'error', 'looks-like-sheet', {
        sheet: name, kind: guess.kind, kindZh: def.zh, row: guess.row, found: guess.found.slice(0, 4).join('、'), missing: col.field, missingZh: col.zh,
      }, { ...where, row: guess.row }),
    );
    return undefined;
  }
  if (sheet.grid.some((row) => row.some((v) => v !== undefined))) problems.push(cliProblem('', 'warning', 'unknown-sheet', { sheet: name }, where));
  return undefined;
}

/** Formulas with no saved result are errors at their cell; formulas reading other workbooks, warnings. */
function formulaProblems(sheet: Sheet, file: string, problems: CliProblem[]): void {
  for (const f of sheet.formulas) {
    const where: Where = { file, sheet: sheet.name, row: f.row, column: columnLetter(f.col), cell: '=' + f.formula };
    if (!f.cached) problems.push(cliProblem('', 'error', 'formula-no-value', { formula: f.formula }, where));
    else if (f.external) problems.push(cliProblem('', 'warning', 'external-link', { formula: f.formula }, where));
  }
}

async function readWorkbookFile(bytes: Uint8Array, file: string, problems: CliProblem[], options: LedgerOptions): Promise<Table[]> {
  const s = sniff(bytes);
  if (s.type === 'old-format') throw fatal('old-format', { file }, { file });
  if (s.type === 'encrypted') throw fatal('encrypted', { file }, { file });
  if (s.type === 'not-workbook') throw fatal('not-workbook', { file, detail: s.detail ?? '' }, { file });
  const check = await checkWorkbook(bytes, s.entries, options.limits);
  if (!check.ok) throw fatal(check.code, { file, ...check.params }, { file, ...(check.params.sheet ? { sheet: String(check.params.sheet) } : {}) });
  if (check.externalLinks) problems.push(cliProblem('', 'warning', 'external-links', {}, { file }));
  let sheets: Sheet[];
  try {
    sheets = await workbookSheets(bytes);
  } catch (err) {
    throw fatal('not-workbook', { file, detail: (err as Error).message }, { file });
  }
  const tables: Table[] = [];
  for (const sheet of sheets) {
    if (NOTES_SHEET.test((sheet.name ?? '').trim())) continue;
    formulaProblems(sheet, file, problems);
    const t = classify(sheet, file, problems, options.choices ?? {});
    if (t) tables.push(t);
  }
  return tables;
}

function readCsvFile(bytes: Uint8Array, file: string, problems: CliProblem[], options: LedgerOptions, kind?: SheetKind): Table | undefined {
  if (bytes.subarray(0, 4096).includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe)) throw fatal('not-text', { file }, { file });
  const limit = (options.limits ?? WORKBOOK_LIMITS).maxRows;
  const text = decodeText(bytes).text;
  // Lines are counted first (fast); a file that may be too long has only its first lines parsed, to be sure.
  const lines = text.split('\n');
  let sheet: Sheet;
  try {
    sheet = lines.length > limit ? csvSheet(lines.slice(0, limit + 1).join('\n')) : csvSheet(text);
    if (lines.length > limit && sheet.grid.length <= limit) sheet = csvSheet(text); // quoted line breaks: fewer records than lines
  } catch (err) {
    throw fatal('not-text', { file, detail: (err as Error).message }, { file });
  }
  if (sheet.grid.length > limit) {
    throw fatal('too-many-rows', { sheet: file.replace(/^.*[\\/]/, ''), rows: `${limit.toLocaleString('en')}+`, limit }, { file });
  }
  return classify(sheet, file, problems, options.choices ?? {}, kind);
}

function readMetaJson(bytes: Uint8Array, file: string): Record<string, unknown> {
  try {
    const value = JSON.parse(decodeText(bytes).text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
    return value as Record<string, unknown>;
  } catch (err) {
    throw fatal('bad-meta-json', { file, detail: (err as Error).message }, { file });
  }
}

/** Reads the files into tables (and meta.json), or throws Fatal. */
export async function readTables(files: LedgerFile[], problems: CliProblem[], options: LedgerOptions): Promise<{ tables: Table[]; json?: Record<string, unknown> }> {
  const tables: Table[] = [];
  let json: Record<string, unknown> | undefined;
  for (const f of files) {
    const bytes = bytesOf(f.bytes);
    const ext = extOf(f.name);
    if (ext === '.xls' || ext === '.et' || ext === '.ett' || ext === '.xlt') throw fatal('old-format', { file: f.name }, { file: f.name });
    if (ext === '.json') json = readMetaJson(bytes, f.name);
    else if (ext === '.xlsx' || ext === '.xlsm' || sniff(bytes).type !== 'not-workbook') {
      const book = await readWorkbookFile(bytes, f.name, problems, options);
      // A workbook given for one sheet: take that sheet (or the first) from it.
      if (f.kind) {
        const t = book.find((x) => x.kind === f.kind) ?? book[0];
        if (t) tables.push({ ...t, kind: f.kind });
      } else tables.push(...book);
    } else if (ext === '.csv' || ext === '.tsv' || ext === '.txt') {
      const t = readCsvFile(bytes, f.name, problems, options, f.kind);
      if (t) tables.push(t);
    } else throw fatal('unknown-file-type', { file: f.name }, { file: f.name });
  }
  return { tables, json };
}

/** A tasks sheet with no task is an error; a whole feed also needs something to show, a title and a publisher. */
function wholeFeedProblems(built: BuildResult, tables: Table[], whole: boolean): CliProblem[] {
  const out: CliProblem[] = [];
  const { doc } = built;
  const taskTables = tables.filter((t) => t.kind === 'tasks');
  const tasks = Array.isArray(doc.tasks) ? doc.tasks.length : 0;
  for (const t of taskTables) {
    if (t.rows.length === 0) {
      const sheet = t.sheet ?? t.file.replace(/^.*[\\/]/, '');
      out.push(cliProblem('/tasks', 'error', 'no-tasks', { sheet: `sheet "${sheet}"`, sheetZh: `工作表“${sheet}”` }, t.sheet === undefined ? { file: t.file } : { file: t.file, sheet: t.sheet }));
    }
  }
  if (!whole) return out;
  const any = ['tasks', 'indicators', 'events'].some((k) => built.given.has(k as SheetKind));
  if (!any) out.push(cliProblem('', 'error', 'no-sheets'));
  else if (tasks === 0 && taskTables.length === 0 && !['indicators', 'events'].some((k) => Array.isArray(doc[k]) && (doc[k] as unknown[]).length)) {
    out.push(cliProblem('/tasks', 'error', 'no-tasks', { sheet: 'the files', sheetZh: '文件' }));
  }
  if (doc.title === undefined) out.push(cliProblem('/title', 'error', 'no-title'));
  const pub = doc.publisher as Record<string, unknown> | undefined;
  if (!pub || pub.name === undefined) out.push(cliProblem('/publisher', 'error', 'no-publisher'));
  return out;
}

function mappingOf(tables: Table[], lang: Lang): ColumnMapping[] {
  return tables.flatMap((t) =>
    t.mapping.map((m) => {
      const c = m.field ? sheetDef(t.kind).columns.find((x) => x.field === m.field) : undefined;
      const label = c ? (lang === 'en' ? c.field : c.zh) : '';
      return { ...m, label };
    }),
  );
}

/** Reads spreadsheet files into a checked feed. Never throws. */
export async function readLedger(input: LedgerFile | LedgerFile[], options: LedgerOptions = {}): Promise<LedgerResult> {
  const lang = options.lang ?? 'zh';
  const files = Array.isArray(input) ? input : [input];
  const problems: CliProblem[] = [];
  const finish = (r: Omit<LedgerResult, 'problems' | 'counts' | 'ok'> & { problems: CliProblem[] }): LedgerResult => {
    const sorted = sortProblems(r.problems).map((p) => ({ ...p, text: messageIn(p, lang) }));
    const counts = {
      errors: sorted.filter((p) => p.severity === 'error').length,
      warnings: sorted.filter((p) => p.severity === 'warning').length,
      notes: sorted.filter((p) => p.severity === 'note').length,
    };
    return { ...r, problems: sorted, counts, ok: r.readable && counts.errors === 0 && r.feed !== undefined };
  };
  let read: { tables: Table[]; json?: Record<string, unknown> };
  try {
    read = await readTables(files, problems, options);
  } catch (err) {
    const p = err instanceof Fatal ? err.problem : cliProblem('', 'error', 'not-workbook', { file: files[0]?.name ?? '', detail: String(err) });
    return finish({ readable: false, problems: [p], columns: [], locate: () => undefined });
  }
  const built = buildDoc(read.tables, { json: read.json });
  built.problems.unshift(...problems);
  built.problems.push(...wholeFeedProblems(built, read.tables, options.whole !== false));
  const placed = placeValidatorProblems(built, validate(built.doc), read.tables);
  return finish({
    readable: true,
    feed: placed.feed,
    doc: built.doc,
    problems: placed.problems,
    columns: mappingOf(read.tables, lang),
    locate: (p) => built.locator.find(p),
  });
}
