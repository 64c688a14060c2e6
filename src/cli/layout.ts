/**
 * A sheet as a bureau keeps it → a table of rows keyed by field. The header row is found by its
 * names (title and note rows above it are read for the title, 填报单位 and 填报日期); merged
 * section headings ("一、…", "（一）…") become sections; a task whose cells are merged over several
 * rows (or continued on rows with no 序号 and no name) is read once.
 */
import { ambiguousFor, columnFor, sheetDef, type SheetKind } from './columns.js';
import { cliProblem, type CliProblem, type Where } from './messages.js';
import { columnLetter, type Merge, type Sheet } from './sheets.js';
import { cellText, type CellValue } from './values.js';

export interface Cell {
  value: CellValue;
  /** 1-based column index. */
  col: number;
  /** The cell as the clerk sees it, when it differs from the value's text. */
  shown?: string;
}

export interface TableRow {
  row: number;
  cells: Map<string, Cell>;
  /** Index into table.sections of the heading above this row. */
  section?: number;
  /** Further rows of the same task (merged cells or continuation rows). */
  also: TableRow[];
}

export interface SectionHead {
  row: number;
  col: number;
  number?: string;
  title: string;
  shown: string;
}

export interface HeadingItem {
  value: string;
  row: number;
  col: number;
  shown: string;
}

export interface ColumnMap {
  file: string;
  sheet?: string;
  kind: SheetKind;
  row: number;
  column: string;
  header: string;
  field?: string;
  candidates?: string[];
}

export interface Table {
  kind: SheetKind;
  file: string;
  sheet?: string;
  columns: Map<string, { col: number; header: string }>;
  rows: TableRow[];
  /** Required fields whose column is missing (already reported once for the sheet). */
  missing: string[];
  headerRow: number;
  mapping: ColumnMap[];
  sections: SectionHead[];
  heading: { title?: HeadingItem; publisher?: HeadingItem; reported?: HeadingItem };
}

const HEADER_ROWS = 20;
const cellString = (v: CellValue | undefined) => (v === undefined ? '' : v instanceof Date ? '' : String(v).trim());
const NUMERAL = '[一二三四五六七八九十百零〇]+';
export const HEADING = new RegExp(`^\\s*(第${NUMERAL}(?:部分|章|篇|项)|${NUMERAL}(?=[、.．:：\\s])|[（(]${NUMERAL}[）)])\\s*[、.．:：]?\\s*`);
const NUMERAL_CELL = new RegExp(`^\\s*(${NUMERAL}|[（(]${NUMERAL}[）)]|第${NUMERAL}部分)\\s*[、.．]?\\s*$`);

function mergeAt(merges: Merge[], r: number, c: number): Merge | undefined {
  return merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
}

/** The header rows with merged cells filled in (a header merged over two rows names both). */
export function headerView(sheet: Sheet): (CellValue | undefined)[][] {
  const view = sheet.grid.slice(0, HEADER_ROWS).map((r) => [...r]);
  for (const m of sheet.merges) {
    if (m.top >= HEADER_ROWS) continue;
    const v = sheet.grid[m.top]?.[m.left];
    for (let r = m.top; r <= Math.min(m.bottom, HEADER_ROWS - 1); r++) for (let c = m.left; c <= m.right; c++) (view[r] ??= [])[c] = v;
  }
  return view;
}

/** The field a header names in this kind of sheet (or its candidates when ambiguous). */
export function fieldOf(kind: SheetKind, header: string, choices: Record<string, string> = {}): { field?: string; candidates?: string[] } {
  const chosen = choices[header];
  const candidates = ambiguousFor(kind, header);
  if (candidates) return candidates.includes(chosen) ? { field: chosen } : { candidates };
  return { field: columnFor(kind, header)?.field };
}

/** The header row: the one among the first rows naming the most known columns (on a tie, the lower one). */
export function findHeaderRow(kind: SheetKind, view: (CellValue | undefined)[][]): { row: number; score: number } {
  let best = -1;
  let bestScore = 0;
  for (let r = 0; r < Math.min(HEADER_ROWS, view.length); r++) {
    const fields = new Set<string>();
    for (const v of view[r] ?? []) {
      const c = columnFor(kind, cellString(v));
      if (c) fields.add(c.field);
    }
    if (fields.size > 0 && fields.size >= bestScore) [best, bestScore] = [r, fields.size];
  }
  return { row: best, score: bestScore };
}

/** Required columns, with a ledger's substitutes: 序号 for the id, 完成率 for the status. */
export function missingRequired(kind: SheetKind, has: (field: string) => boolean): string[] {
  return sheetDef(kind)
    .columns.filter((c) => c.required && !has(c.field))
    .filter((c) => !(kind === 'tasks' && c.field === 'id' && has('number')))
    .filter((c) => !(kind === 'tasks' && c.field === 'status' && has('progress')))
    .map((c) => c.field);
}

/** Turns a sheet into a table of `kind`; reports header problems. */
export function sheetToTable(sheet: Sheet, kind: SheetKind, file: string, problems: CliProblem[], choices: Record<string, string> = {}): Table | undefined {
  const def = sheetDef(kind);
  const where: Where = sheet.name === undefined ? { file } : { file, sheet: sheet.name };
  const name = sheet.name ?? file.replace(/^.*[\\/]/, '');
  const view = headerView(sheet);
  const { row: best } = findHeaderRow(kind, view);
  if (best < 0) {
    const expected = def.columns.filter((c) => c.required).map((c) => c.zh).join('、');
    problems.push(cliProblem('', 'error', 'no-header', { sheet: name, expected }, where));
    return undefined;
  }
  const columns = new Map<string, { col: number; header: string }>();
  const mapping: ColumnMap[] = [];
  const seen = new Map<string, Merge | undefined>();
  (view[best] ?? []).forEach((v, i) => {
    const header = cellString(v);
    if (!header) return;
    const merge = mergeAt(sheet.merges, best, i);
    if (merge && merge.left !== i) return; // the covered cells of a merged header
    const at: Where = { ...where, row: best + 1, column: columnLetter(i + 1), header };
    const entry: ColumnMap = { file, sheet: sheet.name, kind, row: best + 1, column: columnLetter(i + 1), header };
    mapping.push(entry);
    const { field, candidates } = fieldOf(kind, header, choices);
    if (candidates) {
      entry.candidates = candidates;
      problems.push(cliProblem('', 'error', 'ambiguous-column', { header, fields: candidates.join(' / ') }, at));
      return;
    }
    if (!field) {
      problems.push(cliProblem('', 'warning', 'unknown-column', { header }, at));
      return;
    }
    if (columns.has(field)) {
      problems.push(cliProblem('', 'warning', 'duplicate-column', { header, field: columns.get(field)!.header }, at));
      return;
    }
    seen.set(field, merge);
    // The header as the file shows it: a Chinese row above an English one gives "截止日期 / due".
    const labels = new Set<string>();
    for (let r = 0; r <= best; r++) {
      const label = cellString(view[r]?.[i]);
      if (label && fieldOf(kind, label, choices).field === field) labels.add(label);
    }
    const written = [...labels].join(' / ');
    entry.header = written;
    entry.field = field;
    columns.set(field, { col: i + 1, header: written });
  });
  const missing = missingRequired(kind, (f) => columns.has(f));
  for (const f of missing) {
    const c = def.columns.find((x) => x.field === f)!;
    problems.push(cliProblem('', 'error', 'missing-column', { sheet: name, zh: c.zh, en: c.field }, { ...where, row: best + 1 }));
  }
  const table: Table = { kind, file, sheet: sheet.name, columns, rows: [], missing, headerRow: best + 1, mapping, sections: [], heading: {} };
  readHeading(sheet, kind, best, table);
  readRows(sheet, table, best, problems, where);
  return table;
}

const KEY = /\s*((?:填报|报送|制表|填表|编制|责任|报告)?单位|(?:填报|报送|制表|统计|截至|截止|更新|填表|报告)?(?:日期|时间))\s*[:：]\s*/g;

/** Title and note rows above the header: the title, 填报单位 (publisher) and 填报日期 (report date). */
function readHeading(sheet: Sheet, kind: SheetKind, best: number, table: Table): void {
  for (let r = 0; r < best; r++) {
    const row = sheet.grid[r] ?? [];
    if (row.filter((v) => v !== undefined && columnFor(kind, cellString(v))).length >= 2) continue; // part of the header
    row.forEach((v, c) => {
      const text = cellString(v);
      if (!text) return;
      const shown = sheet.shown[r]?.[c] ?? cellText(v!);
      const parts = text.replace(KEY, '\n$1：').split('\n').map((p) => p.trim()).filter(Boolean);
      for (const part of parts) {
        const m = /^(.*?(?:单位|日期|时间))：(.*)$/.exec(part);
        const item = (value: string): HeadingItem => ({ value, row: r + 1, col: c + 1, shown });
        if (m && /单位$/.test(m[1])) {
          const value = m[2].trim();
          if (value.length >= 3 || /填报|报送|制表|填表|编制/.test(m[1])) table.heading.publisher ??= item(value);
        } else if (m) {
          if (m[2].trim()) table.heading.reported ??= item(m[2].trim());
        } else if (!table.heading.title && part.length >= 4 && !/^[（(].*[)）]$/.test(part)) {
          table.heading.title = item(part);
        }
      }
    });
  }
}

function readRows(sheet: Sheet, table: Table, best: number, problems: CliProblem[], where: Where): void {
  const { columns, kind } = table;
  const nameCols = ['id', 'number', 'title'].map((f) => columns.get(f)?.col).filter((c): c is number => c !== undefined);
  const numberCol = columns.get('number')?.col;
  const titleCol = columns.get('title')?.col;
  let last: TableRow | undefined;
  for (let r = best + 1; r < sheet.grid.length; r++) {
    const raw = sheet.grid[r] ?? [];
    const filled: number[] = [];
    raw.forEach((v, c) => {
      if (v !== undefined && !(typeof v === 'string' && v.trim() === '')) filled.push(c + 1);
    });
    if (filled.length === 0) continue;
    const cellAt = (col: number): Cell | undefined => {
      const v = raw[col - 1];
      if (v === undefined || (typeof v === 'string' && v.trim() === '')) return undefined;
      const shown = sheet.shown[r]?.[col - 1];
      return shown === undefined ? { value: v, col } : { value: v, col, shown };
    };
    if (kind === 'tasks' && isHeading(sheet, r, filled, numberCol, titleCol)) {
      const texts = filled.map((c) => cellString(raw[c - 1]));
      const whole = texts.join(' ');
      const m = HEADING.exec(whole);
      const number = m ? m[1].replace(/^第(.+?)(?:部分|章|篇|项)$/, '$1') : undefined;
      const title = (m ? whole.slice(m[0].length) : whole).trim();
      table.sections.push({ row: r + 1, col: filled[0], number, title: title || whole, shown: filled.map((c) => sheet.shown[r]?.[c - 1] ?? cellString(raw[c - 1])).join(' ') });
      last = undefined;
      continue;
    }
    const cells = new Map<string, Cell>();
    for (const [field, { col }] of columns) {
      const cell = cellAt(col);
      if (cell) cells.set(field, cell);
    }
    if (cells.size === 0) continue; // only columns this tool does not read
    const row: TableRow = { row: r + 1, cells, also: [] };
    if (table.sections.length) row.section = table.sections.length - 1;
    const named = nameCols.some((c) => cells.has(fieldAt(columns, c)!));
    if (kind === 'tasks' && !named && last) {
      const mergedOver = nameCols.some((c) => {
        const m = mergeAt(sheet.merges, r, c - 1);
        return m !== undefined && m.top === last!.row - 1;
      });
      if (!mergedOver) problems.push(cliProblem('', 'note', 'continuation-row', { row: last.row }, { ...where, row: r + 1 }));
      last.also.push(row);
      continue;
    }
    table.rows.push(row);
    last = row;
  }
}

const fieldAt = (columns: Table['columns'], col: number) => [...columns].find(([, v]) => v.col === col)?.[0];

/** A section heading: one cell merged across the row, a numbered heading alone, or a numeral in 序号 with a name. */
function isHeading(sheet: Sheet, r: number, filled: number[], numberCol?: number, titleCol?: number): boolean {
  const text = (c: number) => cellString(sheet.grid[r][c - 1]);
  if (filled.length === 1) {
    const m = mergeAt(sheet.merges, r, filled[0] - 1);
    if (m && m.right > m.left && m.right - m.left + 1 >= 3) return true;
    return HEADING.test(text(filled[0]) + ' ');
  }
  if (filled.length === 2 && numberCol !== undefined && filled[0] === numberCol && filled[1] === titleCol) {
    return NUMERAL_CELL.test(text(numberCol));
  }
  return false;
}
