/**
 * Reading one row of a table: each value with the cell it came from (a map from JSON Pointers to
 * cells, so the validator's problems can be placed by sheet, row and column), and the meta sheet.
 */
import { DEFAULT_TIME_ZONE } from '../feed/dates.js';
import { isObj } from '../feed/kinds.js';
import { metaKeyFor, type SheetKind } from './columns.js';
import type { Table, TableRow } from './layout.js';
import { cliProblem, type CliProblem, type CliSeverity, type Where } from './messages.js';
import { columnLetter } from './sheets.js';
import { cellText, parseBool, parseDateTimeCell, parseNumber, splitOwners, splitOwnersEn, type CellValue, type Parsed } from './values.js';
import { readDue, type PlanYear, type Read } from './written.js';

type Obj = Record<string, unknown>;

/** Maps JSON Pointers to cells; a pointer with no entry takes its nearest ancestor's. */
export class Locator {
  private map = new Map<string, Where>();
  set(path: string, where: Where): void {
    this.map.set(path, where);
  }
  find(path: string): Where | undefined {
    for (let p = path; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const hit = this.map.get(p);
      if (hit) return hit;
      if (p === '') return undefined;
    }
  }
}

export interface BuildResult {
  doc: Obj;
  locator: Locator;
  problems: CliProblem[];
  /** Which lists came from a sheet (missing references into absent lists are not reported). */
  given: Set<SheetKind>;
  /** Pointers the validator need not report again (fields of a column reported missing). */
  suppress: string[];
}


export const langBase = (lang: string) => lang.toLowerCase().split('-')[0];

/** Puts a primary-language text and its English twin together as a feed Text. */
export function joinText(primary: string | undefined, english: string | undefined, lang: string): unknown {
  if (primary === undefined && english === undefined) return undefined;
  if (langBase(lang) === 'en') return primary ?? english;
  if (english === undefined) return primary;
  if (primary === undefined) return { en: english };
  return { [lang]: primary, en: english };
}

export class RowReader {
  constructor(
    private table: Table,
    private row: TableRow,
    private problems: CliProblem[],
    private locator: Locator,
    private base: string,
  ) {}

  where(field?: string): Where {
    const w: Where = { file: this.table.file, row: this.row.row };
    if (this.table.sheet !== undefined) w.sheet = this.table.sheet;
    const col = field ? this.table.columns.get(field) : undefined;
    if (col) {
      w.column = columnLetter(col.col);
      w.header = col.header;
      const cell = this.row.cells.get(field!);
      if (cell) w.cell = cell.shown ?? cellText(cell.value);
    }
    return w;
  }

  /** Registers where `sub` (a pointer below the item) comes from. */
  mark(sub: string, field: string): void {
    this.locator.set(this.base + sub, this.where(field));
  }

  raw(field: string): CellValue | undefined {
    return this.row.cells.get(field)?.value;
  }

  /** A text cell, trimmed; `warnSpaces` reports leading/trailing spaces (ids, department names). */
  str(field: string, warnSpaces = false): string | undefined {
    const v = this.raw(field);
    if (v === undefined) return undefined;
    const s = cellText(v);
    const trimmed = s.trim();
    if (warnSpaces && trimmed !== s) this.report('warning', 'extra-space', field, { value: s }, '/' + field);
    return trimmed === '' ? undefined : trimmed;
  }

  report(severity: CliSeverity, code: string, field: string, params: Record<string, string | number>, sub = ''): void {
    this.problems.push(cliProblem(this.base + sub, severity, code, params, this.where(field)));
  }

  /** Reads a cell the way people write it; reports its note, or its error (then undefined). */
  read<T>(field: string, parse: (v: CellValue) => Read<T>, failCode?: string): { value: T } | undefined {
    const v = this.raw(field);
    if (v === undefined || (typeof v === 'string' && v.trim() === '')) return undefined;
    const r = parse(typeof v === 'string' ? v.trim() : v);
    if (r.ok) {
      if (r.note) this.report(r.note.severity, r.note.code, field, r.note.params, '/' + field);
      return { value: r.value };
    }
    this.report('error', failCode && r.code.startsWith('bad-') ? failCode : r.code, field, { value: cellText(v), ...(r.params ?? {}) }, '/' + field);
    return undefined;
  }

  has(field: string): boolean {
    return this.row.cells.has(field);
  }

  /** Parses a cell; on failure reports `code` as an error at the cell and returns undefined. */
  parsed<T>(field: string, parse: (v: CellValue) => Parsed<T>, code: string, extra: Record<string, string | number> = {}): T | undefined {
    const v = this.raw(field);
    if (v === undefined || (typeof v === 'string' && v.trim() === '')) return undefined;
    const r = parse(typeof v === 'string' ? v.trim() : v);
    if (r.ok) return r.value;
    this.report('error', code, field, { value: cellText(v), ...extra }, '/' + field);
    return undefined;
  }
}

export function clean(o: Obj): Obj {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

export function field(r: RowReader, name: string, warnSpaces = false): string | undefined {
  const v = r.str(name, warnSpaces);
  if (v !== undefined) r.mark('/' + name, name);
  return v;
}

export function text(r: RowReader, name: string, lang: string): unknown {
  const primary = r.str(name);
  const english = r.str(`${name}_en`);
  r.mark('/' + name, name);
  if (primary !== undefined) r.mark(`/${name}/${lang}`, name);
  if (english !== undefined) r.mark(`/${name}/en`, `${name}_en`);
  return joinText(primary, english, lang);
}

export function date(r: RowReader, name: string, plan: PlanYear | undefined): string | undefined {
  r.mark('/' + name, name);
  return r.read(name, (v) => readDue(v, plan))?.value;
}

export function number(r: RowReader, name: string): number | undefined {
  r.mark('/' + name, name);
  return r.parsed(name, parseNumber, 'bad-number');
}

export function owners(r: RowReader, lang: string): unknown[] | undefined {
  const raw = r.raw('owners');
  if (raw === undefined) return undefined;
  r.mark('/owners', 'owners');
  const names = splitOwners(cellText(raw));
  const englishRaw = r.raw('owners_en');
  const english = englishRaw === undefined ? [] : splitOwnersEn(cellText(englishRaw)).map((s) => s.trim());
  if (english.length && english.length !== names.length) {
    r.report('warning', 'owners-mismatch', 'owners_en', { zh: names.length, en: english.length }, '/owners');
  }
  return names.map((name, i) => {
    const trimmed = name.trim();
    if (trimmed !== name) r.report('warning', 'extra-space', 'owners', { value: name }, `/owners/${i}`);
    r.mark(`/owners/${i}`, 'owners');
    if (english[i] !== undefined) r.mark(`/owners/${i}/en`, 'owners_en');
    return joinText(trimmed, english[i], lang);
  });
}

/** The meta sheet: one setting per row (key, value, English value). */
export function readMetaTable(table: Table, doc: Obj, problems: CliProblem[], locator: Locator): void {
  const lang = () => (typeof doc.lang === 'string' ? doc.lang : 'zh-Hans');
  const values = new Map<string, { r: RowReader; value?: CellValue; en?: string }>();
  for (const row of table.rows) {
    const r = new RowReader(table, row, problems, locator, '');
    const label = r.str('key');
    if (label === undefined) continue;
    const key = metaKeyFor(label);
    if (!key) {
      r.report('warning', 'unknown-meta-key', 'key', { value: label });
      continue;
    }
    values.set(key, { r, value: r.raw('value'), en: r.str('value_en') });
  }
  const str = (v: CellValue | undefined) => (v === undefined ? undefined : cellText(v).trim() || undefined);
  const at = (key: string, path: string) => {
    const e = values.get(key);
    if (e) locator.set(path, e.r.where(e.value === undefined && e.en !== undefined ? 'value_en' : 'value'));
    return e;
  };
  for (const key of ['lang', 'timeZone', 'id'] as const) {
    const e = at(key, '/' + key);
    if (e && str(e.value) !== undefined) doc[key] = str(e.value);
  }
  for (const key of ['title'] as const) {
    const e = at(key, '/' + key);
    if (e) {
      const t = joinText(str(e.value), e.en, lang());
      if (t !== undefined) doc[key] = t;
      if (e.en !== undefined) locator.set(`/${key}/en`, e.r.where('value_en'));
    }
  }
  const pub = at('publisher', '/publisher');
  const pubUrl = at('publisherUrl', '/publisher/url');
  if (pub || pubUrl) {
    const publisher: Obj = isObj(doc.publisher) ? { ...doc.publisher } : {};
    if (pub) {
      locator.set('/publisher/name', pub.r.where('value'));
      const name = joinText(str(pub.value), pub.en, lang());
      if (name !== undefined) publisher.name = name;
    }
    if (pubUrl && str(pubUrl.value) !== undefined) publisher.url = str(pubUrl.value);
    doc.publisher = publisher;
  }
  const upd = at('updated', '/updated');
  if (upd && upd.value !== undefined) {
    const tz = typeof doc.timeZone === 'string' ? doc.timeZone : DEFAULT_TIME_ZONE;
    const p = upd.r.parsed('value', (v) => parseDateTimeCell(v, tz), 'bad-date-time');
    if (p !== undefined) doc.updated = p;
  }
  const sample = at('sample', '/sample');
  if (sample && sample.value !== undefined) {
    const p = sample.r.parsed('value', parseBool, 'bad-boolean');
    if (p !== undefined) doc.sample = p;
  }
}

