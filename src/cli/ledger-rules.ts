/**
 * The rules a bureau's ledger needs before its rows are read: the rows of one merged task put
 * together, the progress column's scale (fractions or percentages), ids from 序号, the plan's year,
 * the title / publisher / report date from the rows above the header.
 */
import { DEFAULT_TIME_ZONE } from '../feed/dates.js';
import type { Cell, Table, TableRow } from './layout.js';
import { cliProblem, type CliProblem, type Where } from './messages.js';
import { columnLetter } from './sheets.js';
import { cellText, parseDateTimeCell, parseNumber } from './values.js';
import { yearOf, type PlanYear } from './written.js';

type Obj = Record<string, unknown>;

/** Fields whose text is joined across the rows of one merged task; the others take the first row's. */
const JOINED = new Set(['summary', 'summary_en', 'update', 'update_en', 'partners']);

const sheetWhere = (t: Table): Where => (t.sheet === undefined ? { file: t.file } : { file: t.file, sheet: t.sheet });
const columnWhere = (t: Table, field: string): Where => {
  const c = t.columns.get(field)!;
  return { ...sheetWhere(t), row: t.headerRow, column: columnLetter(c.col), header: c.header };
};

/** One row per task: the rows a task spans are read together (texts joined, other values from its first row). */
export function joinMergedRows(table: Table, problems: CliProblem[]): void {
  for (const row of table.rows) {
    for (const more of row.also) {
      for (const [field, cell] of more.cells) {
        const first = row.cells.get(field);
        if (!first) row.cells.set(field, cell);
        else if (JOINED.has(field)) row.cells.set(field, { ...first, value: `${cellText(first.value)}\n${cellText(cell.value)}` });
        else if (cellText(first.value) !== cellText(cell.value)) {
          const c = table.columns.get(field)!;
          problems.push(
            cliProblem('', 'warning', 'merged-differs', { value: cell.shown ?? cellText(cell.value), row: row.row }, {
              ...sheetWhere(table), row: more.row, column: columnLetter(c.col), header: c.header, cell: cell.shown ?? cellText(cell.value),
            }),
          );
        }
      }
    }
  }
}

const percentMarked = (c: Cell) => (c.shown ?? '').endsWith('%') || (typeof c.value === 'string' && /[%％]\s*$/.test(c.value));

/**
 * How the progress column is written: a column whose values all lie between 0 and 1 holds
 * fractions (×100, with a note); fractions mixed with percentages are an error naming the cells.
 * Returns the factor, or undefined when the column cannot be read.
 */
export function progressScale(table: Table, problems: CliProblem[]): number | undefined {
  if (!table.columns.has('progress')) return 1;
  const cells: [TableRow, Cell, number][] = [];
  for (const row of table.rows) {
    const cell = row.cells.get('progress');
    if (!cell || percentMarked(cell)) continue;
    const n = parseNumber(typeof cell.value === 'string' ? cell.value.trim() : cell.value);
    if (n.ok) cells.push([row, cell, n.value]);
  }
  const header = table.columns.get('progress')!.header;
  const fractional = cells.filter(([, , n]) => n > 0 && n < 1);
  if (cells.length === 0) return 1;
  if (cells.every(([, , n]) => n >= 0 && n <= 1)) {
    if (fractional.length) {
      const [, cell, n] = fractional[0];
      problems.push(cliProblem('', 'note', 'fractions-read', { header, example: cell.shown ?? cellText(cell.value), percent: Math.round(n * 1e6) / 1e4 }, columnWhere(table, 'progress')));
      return 100;
    }
    if (cells.some(([, , n]) => n === 1)) problems.push(cliProblem('', 'warning', 'only-zero-one', { header }, columnWhere(table, 'progress')));
    return 1;
  }
  if (fractional.length) {
    const letter = columnLetter(table.columns.get('progress')!.col);
    const list = fractional.slice(0, 8).map(([row]) => `${letter}${row.row}`).join('、') + (fractional.length > 8 ? '…' : '');
    problems.push(cliProblem('', 'error', 'fractions-mixed', { header, cells: list }, columnWhere(table, 'progress')));
    return undefined;
  }
  return 1;
}

/** Ids from 序号 when there is no id column; prefixed by the section when numbers repeat across sections. */
export function idsFromNumbers(table: Table, problems: CliProblem[]): Map<TableRow, string> | undefined {
  if (table.kind !== 'tasks' || table.columns.has('id') || !table.columns.has('number')) return undefined;
  const ids = new Map<TableRow, string>();
  const plain = table.rows.map((r) => {
    const c = r.cells.get('number');
    return c ? cellText(c.value).trim().replace(/[、.．]$/, '') : undefined;
  });
  const seen = new Set<string>();
  const repeats = plain.some((n) => n !== undefined && (seen.has(n) || !seen.add(n)));
  table.rows.forEach((r, i) => {
    const n = plain[i];
    if (n !== undefined) ids.set(r, repeats && r.section !== undefined ? `${r.section + 1}-${n}` : n);
  });
  problems.push(cliProblem('', 'note', 'id-from-number', { header: table.columns.get('number')!.header, prefixed: repeats ? 1 : 0 }, columnWhere(table, 'number')));
  return ids;
}

/** The plan's year: from the title, else the report date, else the most common year of the sheet's dates. */
export function planYear(doc: Obj, tables: Table[], updatedFrom: string | undefined): PlanYear | undefined {
  const title = typeof doc.title === 'string' ? doc.title : doc.title && typeof doc.title === 'object' ? Object.values(doc.title as Obj).join(' ') : '';
  const t = /((?:19|20)\d{2})\s*年/.exec(title);
  if (t) return { year: +t[1], from: 'title' };
  if (typeof doc.updated === 'string') return { year: +doc.updated.slice(0, 4), from: updatedFrom ?? 'meta' };
  const count = new Map<number, number>();
  for (const table of tables) {
    for (const row of table.rows) {
      for (const field of ['due', 'start', 'asOf', 'date']) {
        const c = row.cells.get(field);
        const y = c && yearOf(c.value);
        if (y) count.set(y, (count.get(y) ?? 0) + 1);
      }
    }
  }
  const best = [...count].sort((a, b) => b[1] - a[1])[0];
  return best ? { year: best[0], from: 'dates' } : undefined;
}

/**
 * With no meta sheet saying otherwise, the rows above a header give the title, the publisher
 * (填报单位) and the update time (填报日期), each with a note saying where it came from.
 * Returns 'report-date' when the update time came from there.
 */
export function headingMeta(doc: Obj, tables: Table[], problems: CliProblem[], locate: (path: string, w: Where) => void): string | undefined {
  let from: string | undefined;
  for (const table of tables) {
    const h = table.heading;
    const at = (item: { row: number; col: number; shown: string }): Where => ({ ...sheetWhere(table), row: item.row, column: columnLetter(item.col), cell: item.shown });
    if (h.title && doc.title === undefined) {
      doc.title = h.title.value;
      locate('/title', at(h.title));
      problems.push(cliProblem('/title', 'note', 'heading-title', { value: h.title.value }, at(h.title)));
    }
    if (h.publisher && !(doc.publisher && typeof doc.publisher === 'object' && 'name' in (doc.publisher as Obj))) {
      doc.publisher = { ...((doc.publisher as Obj) ?? {}), name: h.publisher.value };
      locate('/publisher', at(h.publisher));
      locate('/publisher/name', at(h.publisher));
      problems.push(cliProblem('/publisher/name', 'note', 'heading-publisher', { value: h.publisher.value, label: labelOf(h.publisher.shown, '单位') }, at(h.publisher)));
    }
    if (h.reported && doc.updated === undefined) {
      const tz = typeof doc.timeZone === 'string' ? doc.timeZone : DEFAULT_TIME_ZONE;
      const p = parseDateTimeCell(h.reported.value, tz);
      if (p.ok) {
        doc.updated = p.value;
        from = 'report-date';
        locate('/updated', at(h.reported));
        problems.push(cliProblem('/updated', 'note', 'heading-updated', { value: p.value, label: labelOf(h.reported.shown, '日期') }, at(h.reported)));
      } else {
        problems.push(cliProblem('/updated', 'error', 'bad-date-time', { value: h.reported.value }, at(h.reported)));
      }
    }
  }
  return from;
}

const labelOf = (shown: string, key: string) => new RegExp(`([^\\s：:]*${key})\\s*[:：]`).exec(shown)?.[1] ?? key;
