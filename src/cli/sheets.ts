/**
 * Reading spreadsheets into grids: CSV (UTF-8 with or without BOM, GB18030, UTF-16 with BOM)
 * through csv-parse, and .xlsx through exceljs. Browser-safe: no Node built-ins (GB18030 is
 * decoded by TextDecoder), exceljs is loaded on demand. layout.ts turns a grid into a table.
 */
// The browser build of csv-parse (it carries its own Buffer): the same code runs in Node and in the workbench.
import { parse as parseCsv } from 'csv-parse/browser/esm/sync';
import type ExcelJS from 'exceljs';
import type { CellValue } from './values.js';

/** A grid as read: rows of cells, 0-based; undefined for an empty cell (and for the covered cells of a merge). */
export type Grid = (CellValue | undefined)[][];

/** A merged range, 0-based and inclusive. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A formula cell whose file holds no computed value, or one that reads another workbook. */
export interface FormulaCell {
  row: number;
  col: number;
  formula: string;
  cached: boolean;
  external: boolean;
}

export interface Sheet {
  /** Worksheet name (xlsx) or undefined (CSV). */
  name?: string;
  grid: Grid;
  /** The cell as Excel shows it, where that differs from String(value) (dates, percents). */
  shown: (string | undefined)[][];
  merges: Merge[];
  formulas: FormulaCell[];
}

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
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** Parses CSV text (comma, or tab when the first line has more tabs than commas). */
export function csvGrid(text: string): Grid {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (first.match(/\t/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? '\t' : ',';
  const records = parseCsv(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true }) as string[][];
  return records.map((r) => r.map((c) => (c === '' ? undefined : c)));
}

export const csvSheet = (text: string): Sheet => ({ grid: csvGrid(text), shown: [], merges: [], formulas: [] });

/** "A1:H1" → 0-based range. */
function mergeRange(ref: string): Merge | undefined {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return undefined;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { top: +m[2] - 1, left: col(m[1]), bottom: +m[4] - 1, right: col(m[3]) };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A date cell as Chinese Excel shows it by default: 2024/9/30 (with the time when it has one). */
function shownDate(d: Date): string {
  const day = `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
  const time = d.getUTCHours() || d.getUTCMinutes() ? ` ${d.getUTCHours()}:${pad2(d.getUTCMinutes())}` : '';
  return day + time;
}

/** Reads a worksheet: merged ranges keep their value in the top-left cell only; percent cells ×100. */
export function worksheetSheet(ws: ExcelJS.Worksheet): Sheet {
  const grid: Grid = [];
  const shown: (string | undefined)[][] = [];
  const formulas: FormulaCell[] = [];
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(mergeRange).filter((m): m is Merge => !!m);
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const out: (CellValue | undefined)[] = [];
    const show: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master && cell.master.address !== cell.address) return;
      const formula = formulaOf(cell);
      if (formula) formulas.push({ row: r, col: c, ...formula });
      const [value, text] = cellValue(cell);
      out[c - 1] = value;
      if (text !== undefined) show[c - 1] = text;
    });
    grid[r - 1] = out;
    shown[r - 1] = show;
  });
  for (let i = 0; i < grid.length; i++) grid[i] ??= [];
  return { name: ws.name, grid, shown, merges, formulas };
}

function formulaOf(cell: ExcelJS.Cell): { formula: string; cached: boolean; external: boolean } | undefined {
  const v = cell.value as unknown;
  if (!v || typeof v !== 'object' || v instanceof Date) return undefined;
  const o = v as Record<string, unknown>;
  const formula = typeof o.formula === 'string' ? o.formula : typeof o.sharedFormula === 'string' ? o.sharedFormula : undefined;
  if (formula === undefined) return undefined;
  const cached = o.result !== undefined && o.result !== null && !(typeof o.result === 'object' && 'error' in (o.result as object));
  return { formula, cached, external: /\[[^\]]+\]/.test(formula) };
}

function cellValue(cell: ExcelJS.Cell): [CellValue | undefined, string | undefined] {
  let v: unknown = cell.value;
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) v = (o.richText as { text: string }[]).map((p) => p.text).join('');
    else if ('result' in o || 'formula' in o || 'sharedFormula' in o) v = o.result;
    else if ('text' in o) v = typeof o.text === 'string' ? o.text : (o.text as { richText?: { text: string }[] })?.richText?.map((p) => p.text).join('');
    else if ('error' in o) v = undefined;
  }
  if (v && typeof v === 'object' && !(v instanceof Date)) v = undefined; // an error result
  if (v === null || v === undefined || v === '') return [undefined, undefined];
  if (typeof v === 'number' && typeof cell.numFmt === 'string' && cell.numFmt.includes('%')) {
    const pct = Math.round(v * 1e10) / 1e8;
    return [pct, `${pct}%`];
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? [undefined, undefined] : [v, shownDate(v)];
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return [v, undefined];
  return [undefined, undefined];
}

/** Loads a workbook's sheets (the bytes were checked by zip.ts first). */
export async function workbookSheets(bytes: Uint8Array): Promise<Sheet[]> {
  const { default: Excel } = await import('exceljs'); // loaded only when a workbook is read
  const wb = new Excel.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb.worksheets.map(worksheetSheet);
}
