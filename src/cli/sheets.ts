/**
 * Reading spreadsheets: CSV (UTF-8 with or without BOM, GB18030, UTF-16 with BOM) through
 * csv-parse, and .xlsx through exceljs, into tables keyed by the fields of columns.ts, each
 * cell keeping its row and column so problems can point at it.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { SHEETS, columnFor, sheetDef, sheetFor, type SheetKind } from './columns.js';
import { cliProblem, type CliProblem, type Where } from './messages.js';
import type { CellValue } from './values.js';

export interface Cell {
  value: CellValue;
  /** 1-based column index. */
  col: number;
}

export interface TableRow {
  row: number;
  cells: Map<string, Cell>;
}

export interface Table {
  kind: SheetKind;
  file: string;
  /** Worksheet name (xlsx only). */
  sheet?: string;
  columns: Map<string, { col: number; header: string }>;
  rows: TableRow[];
  /** Required fields whose column is missing (already reported once for the sheet). */
  missing: string[];
}

/** A grid as read: rows of cells, 0-based; undefined for an empty cell. */
export type Grid = (CellValue | undefined)[][];

/** Excel's column letters: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** Decodes a text file: a BOM decides; else UTF-8 when the bytes are valid UTF-8, else GB18030. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  }
}

/** Parses CSV text (comma, or tab when the first line has more tabs than commas). */
export function csvGrid(text: string): Grid {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (first.match(/\t/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? '\t' : ',';
  const records = parseCsv(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true }) as string[][];
  return records.map((r) => r.map((c) => (c === '' ? undefined : c)));
}

/** Reads a worksheet into a grid; merged cells read as their top-left value; percent cells ×100. */
function worksheetGrid(ws: ExcelJS.Worksheet): Grid {
  const grid: Grid = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const out: (CellValue | undefined)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      out[c - 1] = cellValue(cell);
    });
    grid[r - 1] = out;
  });
  for (let i = 0; i < grid.length; i++) grid[i] ??= [];
  return grid;
}

function cellValue(cell: ExcelJS.Cell): CellValue | undefined {
  let v: unknown = cell.value;
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) v = (o.richText as { text: string }[]).map((p) => p.text).join('');
    else if ('result' in o || 'formula' in o || 'sharedFormula' in o) v = o.result;
    else if ('text' in o) v = typeof o.text === 'string' ? o.text : (o.text as { richText?: { text: string }[] })?.richText?.map((p) => p.text).join('');
    else if ('error' in o) v = undefined;
  }
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v === 'number' && typeof cell.numFmt === 'string' && cell.numFmt.includes('%')) return Math.round(v * 1e10) / 1e8;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  return undefined;
}

const cellString = (v: CellValue | undefined) => (v === undefined ? '' : v instanceof Date ? '' : String(v).trim());

/**
 * Finds the header row among the first ten rows (the one naming the most known columns; on a
 * tie the lower one, so a Chinese header row followed by an English one, or headers merged over
 * two rows, both work) and turns the rows below it into a table.
 */
export function gridToTable(grid: Grid, kind: SheetKind, file: string, sheet: string | undefined, problems: CliProblem[]): Table | undefined {
  const def = sheetDef(kind);
  const where: Where = sheet === undefined ? { file } : { file, sheet };
  let best = -1;
  let bestScore = 0;
  for (let r = 0; r < Math.min(10, grid.length); r++) {
    const fields = new Set<string>();
    for (const v of grid[r] ?? []) {
      const c = columnFor(kind, cellString(v));
      if (c) fields.add(c.field);
    }
    if (fields.size > 0 && fields.size >= bestScore) {
      best = r;
      bestScore = fields.size;
    }
  }
  const name = sheet ?? file.replace(/^.*[\\/]/, '');
  if (best < 0) {
    const expected = def.columns.filter((c) => c.required).map((c) => `${c.zh}/${c.field}`).join('、');
    problems.push(cliProblem('', 'error', 'no-header', { sheet: name, expected }, where));
    return undefined;
  }
  const columns = new Map<string, { col: number; header: string }>();
  (grid[best] ?? []).forEach((v, i) => {
    const header = cellString(v);
    if (!header) return;
    const at: Where = { ...where, row: best + 1, column: columnLetter(i + 1), header };
    const c = columnFor(kind, header);
    if (!c) {
      problems.push(cliProblem('', 'warning', 'unknown-column', { header }, at));
      return;
    }
    if (columns.has(c.field)) {
      // A merged header repeats its text across the merge: not worth a warning.
      if (!isMergeRepeat(grid[best], i)) {
        problems.push(cliProblem('', 'warning', 'duplicate-column', { header, field: columns.get(c.field)!.header }, at));
      }
      return;
    }
    // The header as the file shows it: a Chinese row above an English one gives "截止日期 / due".
    const labels = new Set<string>();
    for (let r = 0; r <= best; r++) {
      const label = cellString(grid[r]?.[i]);
      if (label && columnFor(kind, label)?.field === c.field) labels.add(label);
    }
    columns.set(c.field, { col: i + 1, header: [...labels].join(' / ') });
  });
  const missing: string[] = [];
  for (const c of def.columns) {
    if (c.required && !columns.has(c.field)) {
      missing.push(c.field);
      problems.push(cliProblem('', 'error', 'missing-column', { sheet: name, zh: c.zh, en: c.field }, { ...where, row: best + 1 }));
    }
  }
  const rows: TableRow[] = [];
  for (let r = best + 1; r < grid.length; r++) {
    const cells = new Map<string, Cell>();
    for (const [field, { col }] of columns) {
      const v = grid[r]?.[col - 1];
      if (v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
      cells.set(field, { value: v, col });
    }
    if (cells.size > 0) rows.push({ row: r + 1, cells });
  }
  return { kind, file, sheet, columns, rows, missing };
}

const isMergeRepeat = (row: (CellValue | undefined)[] | undefined, i: number) => i > 0 && row?.[i - 1] === row?.[i];

/** Which sheet a CSV file is, from its name ("tasks.csv", "任务.csv") or, failing that, its headers. */
export function guessKind(fileName: string, grid: Grid): SheetKind | undefined {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const byName = sheetFor(base);
  if (byName) return byName.kind;
  let best: SheetKind | undefined;
  let bestScore = 0;
  for (const def of SHEETS) {
    if (def.kind === 'meta') continue;
    let score = 0;
    for (const row of grid.slice(0, 10)) {
      const fields = new Set(row.map((v) => columnFor(def.kind, cellString(v))?.field).filter(Boolean));
      const required = def.columns.filter((c) => c.required && fields.has(c.field)).length;
      score = Math.max(score, required * 10 + fields.size);
    }
    if (score > bestScore) [best, bestScore] = [def.kind, score];
  }
  return best;
}

/** True when one of the first rows names every required column of `kind`. */
function namesRequired(kind: SheetKind, grid: Grid): boolean {
  const required = sheetDef(kind).columns.filter((c) => c.required).map((c) => c.field);
  return grid.slice(0, 10).some((row) => {
    const fields = new Set(row.map((v) => columnFor(kind, cellString(v))?.field));
    return required.every((f) => fields.has(f));
  });
}

/** Reads a workbook: one table per known sheet; unknown sheets (other than notes) are reported. */
export async function readWorkbook(bytes: Uint8Array, file: string, problems: CliProblem[]): Promise<Table[]> {
  const { default: Excel } = await import('exceljs'); // loaded only when a workbook is read
  const wb = new Excel.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const tables: Table[] = [];
  for (const ws of wb.worksheets) {
    if (/^(说明|notes?|readme|填表说明)/i.test(ws.name.trim())) continue;
    const grid = worksheetGrid(ws);
    // A sheet named "Sheet1" is taken for what its headers say, when they name every required column.
    const kind = sheetFor(ws.name)?.kind ?? guessKind(ws.name, grid);
    if (!kind || (!sheetFor(ws.name) && !namesRequired(kind, grid))) {
      if (grid.some((row) => row.some((v) => v !== undefined))) {
        problems.push(cliProblem('', 'warning', 'unknown-sheet', { sheet: ws.name }, { file, sheet: ws.name }));
      }
      continue;
    }
    const table = gridToTable(grid, kind, file, ws.name, problems);
    if (table) tables.push(table);
  }
  return tables;
}
