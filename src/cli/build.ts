/**
 * Spreadsheet tables (+ meta) → a feed document, keeping a map from each JSON Pointer it writes
 * to the cell it came from, so the validator's problems can be reported by sheet, row and column.
 */
import { isObj, KIND_ZH } from '../feed/kinds.js';
import { pointer } from '../feed/validate.js';
import { DEFAULT_TIME_ZONE } from '../feed/dates.js';
import { META_KEYS, metaKeyFor, sheetDef, type ColumnDef, type SheetKind } from './columns.js';
import { cliProblem, type CliProblem, type Where } from './messages.js';
import { columnLetter, type Table, type TableRow } from './sheets.js';
import {
  cellText,
  parseBool,
  parseComparison,
  parseDate,
  parseDateTimeCell,
  parseEventStatus,
  parseLabel,
  parseNumber,
  parseTaskStatus,
  parseWhen,
  splitIds,
  splitOwners,
  splitOwnersEn,
  type CellValue,
  type Parsed,
} from './values.js';

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

const TASK_STATUS_ALLOWED = 'not-started, in-progress, completed, delayed';
const TASK_STATUS_ALLOWED_ZH = '未开始、进行中、已完成、滞后';

const langBase = (lang: string) => lang.toLowerCase().split('-')[0];

/** Puts a primary-language text and its English twin together as a feed Text. */
function joinText(primary: string | undefined, english: string | undefined, lang: string): unknown {
  if (primary === undefined && english === undefined) return undefined;
  if (langBase(lang) === 'en') return primary ?? english;
  if (english === undefined) return primary;
  if (primary === undefined) return { en: english };
  return { [lang]: primary, en: english };
}

class RowReader {
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

  report(severity: 'error' | 'warning', code: string, field: string, params: Record<string, string | number>, sub = ''): void {
    this.problems.push(cliProblem(this.base + sub, severity, code, params, this.where(field)));
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

export interface MetaInput {
  /** Feed-shaped meta (from meta.json), may also carry sections and categories. */
  json?: Obj;
  /** The meta sheet. */
  table?: Table;
}

/** Builds the feed document from tables. Never throws on bad cells: it reports them. */
export function buildDoc(tables: Table[], meta: MetaInput = {}): BuildResult {
  const problems: CliProblem[] = [];
  const locator = new Locator();
  const doc: Obj = { version: 1 };
  const given = new Set<SheetKind>();
  const suppress: string[] = [];

  if (meta.json) {
    for (const [k, v] of Object.entries(meta.json)) if (k !== '$schema') doc[k] = v;
    doc.version = 1;
    for (const k of ['sections', 'categories'] as const) if (Array.isArray(meta.json[k])) given.add(k);
  }
  const metaTable = meta.table ?? tables.find((t) => t.kind === 'meta');
  if (metaTable) readMetaTable(metaTable, doc, problems, locator);
  const lang = typeof doc.lang === 'string' ? doc.lang : 'zh-Hans';
  const timeZone = typeof doc.timeZone === 'string' ? doc.timeZone : DEFAULT_TIME_ZONE;

  const byKind = (kind: SheetKind) => tables.filter((t) => t.kind === kind);
  const lists: Record<string, Obj[]> = {};
  for (const kind of ['sections', 'tasks', 'indicators', 'categories', 'events'] as const) {
    const existing = Array.isArray(doc[kind]) ? (doc[kind] as Obj[]) : [];
    lists[kind] = existing;
    for (const table of byKind(kind)) {
      given.add(kind);
      for (const row of table.rows) {
        const index = lists[kind].length;
        const base = pointer([kind, index]);
        const r = new RowReader(table, row, problems, locator, base);
        locator.set(base, r.where());
        for (const f of table.missing) suppress.push(`${base}/${f}`);
        lists[kind].push(readItem(kind, r, lang, timeZone));
      }
    }
    if (lists[kind].length || byKind(kind).length) doc[kind] = lists[kind];
  }

  // Rows of the child sheets are attached to their parent items, in sheet order.
  const attach = (kind: SheetKind, parentKind: 'tasks' | 'indicators', parentField: string, listKey: string, make: (r: RowReader) => Obj) => {
    const parents = lists[parentKind];
    for (const table of byKind(kind)) {
      given.add(kind);
      for (const row of table.rows) {
        const probe = new RowReader(table, row, problems, locator, '');
        const id = probe.str(parentField, true);
        const col = sheetDef(kind).columns.find((c) => c.field === parentField)!;
        if (id === undefined) {
          probe.report('error', 'no-id', parentField, { column: col.field, columnZh: col.zh });
          continue;
        }
        const index = parents.findIndex((p) => p.id === id);
        if (index < 0) {
          probe.report('error', 'orphan-row', parentField, { kind: parentKind.slice(0, -1), kindZh: KIND_ZH[parentKind], value: id });
          continue;
        }
        const parent = parents[index];
        const list = (parent[listKey] ??= []) as Obj[];
        const base = pointer([parentKind, index, listKey, list.length]);
        const r = new RowReader(table, row, problems, locator, base);
        locator.set(base, r.where());
        list.push(make(r));
      }
    }
  };
  attach('milestones', 'tasks', 'task', 'milestones', (r) =>
    clean({
      title: text(r, 'title', lang),
      due: date(r, 'due'),
      done: r.parsed('done', parseBool, 'bad-boolean'),
    }),
  );
  attach('links', 'tasks', 'task', 'links', (r) => clean({ title: text(r, 'title', lang), url: field(r, 'url') }));
  attach('history', 'indicators', 'indicator', 'history', (r) =>
    clean({ date: date(r, 'date'), value: number(r, 'value') }),
  );
  return { doc, locator, problems, given, suppress };
}

function clean(o: Obj): Obj {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

function field(r: RowReader, name: string, warnSpaces = false): string | undefined {
  const v = r.str(name, warnSpaces);
  if (v !== undefined) r.mark('/' + name, name);
  return v;
}

function text(r: RowReader, name: string, lang: string): unknown {
  const primary = r.str(name);
  const english = r.str(`${name}_en`);
  r.mark('/' + name, name);
  if (primary !== undefined) r.mark(`/${name}/${lang}`, name);
  if (english !== undefined) r.mark(`/${name}/en`, `${name}_en`);
  return joinText(primary, english, lang);
}

function date(r: RowReader, name: string): string | undefined {
  r.mark('/' + name, name);
  return r.parsed(name, parseDate, 'bad-date');
}

function number(r: RowReader, name: string): number | undefined {
  r.mark('/' + name, name);
  return r.parsed(name, parseNumber, 'bad-number');
}

function owners(r: RowReader, lang: string): unknown[] | undefined {
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

function readItem(kind: SheetKind, r: RowReader, lang: string, timeZone: string): Obj {
  const id = field(r, 'id', true);
  const label = (name: string) => {
    r.mark('/' + name, name);
    return r.parsed(name, parseLabel, 'bad-number');
  };
  switch (kind) {
    case 'sections':
      return clean({ id, number: label('number'), title: text(r, 'title', lang), summary: text(r, 'summary', lang) });
    case 'tasks': {
      r.mark('/status', 'status');
      r.mark('/progress', 'progress');
      r.mark('/updated', 'updated');
      r.mark('/indicators', 'indicators');
      const ind = r.str('indicators');
      return clean({
        id,
        section: field(r, 'section', true),
        number: label('number'),
        title: text(r, 'title', lang),
        summary: text(r, 'summary', lang),
        owners: owners(r, lang),
        status: r.parsed('status', parseTaskStatus, 'unknown-status-word', { allowed: TASK_STATUS_ALLOWED, allowedZh: TASK_STATUS_ALLOWED_ZH }),
        progress: r.parsed('progress', parseNumber, 'bad-number'),
        due: date(r, 'due'),
        updated: r.parsed('updated', (v) => parseDateTimeCell(v, timeZone), 'bad-date-time'),
        indicators: ind === undefined ? undefined : splitIds(ind),
      });
    }
    case 'indicators':
      r.mark('/comparison', 'comparison');
      return clean({
        id,
        task: field(r, 'task', true),
        title: text(r, 'title', lang),
        unit: text(r, 'unit', lang),
        target: number(r, 'target'),
        comparison: r.parsed('comparison', parseComparison, 'unknown-comparison-word'),
        baseline: number(r, 'baseline'),
        value: number(r, 'value'),
        asOf: date(r, 'asOf'),
      });
    case 'categories':
      return clean({ id, title: text(r, 'title', lang), color: field(r, 'color') });
    case 'events': {
      for (const f of ['start', 'end', 'status']) r.mark('/' + f, f);
      const name = text(r, 'location', lang);
      const address = text(r, 'address', lang);
      const lat = number(r, 'lat');
      const lng = number(r, 'lng');
      r.mark('/location', 'location');
      r.mark('/location/name', 'location');
      r.mark('/location/address', 'address');
      r.mark('/location/lat', 'lat');
      r.mark('/location/lng', 'lng');
      const hasLocation = [name, address, lat, lng].some((x) => x !== undefined);
      return clean({
        id,
        title: text(r, 'title', lang),
        summary: text(r, 'summary', lang),
        category: field(r, 'category', true),
        start: r.parsed('start', (v) => parseWhen(v, timeZone), 'bad-date-time'),
        end: r.parsed('end', (v) => parseWhen(v, timeZone), 'bad-date-time'),
        location: hasLocation ? clean({ name, address, lat, lng }) : undefined,
        url: field(r, 'url'),
        task: field(r, 'task', true),
        status: r.parsed('status', parseEventStatus, 'unknown-status-word', {
          allowed: 'scheduled, postponed, cancelled',
          allowedZh: '按期、已推迟、已取消',
        }),
      });
    }
    default:
      return {};
  }
}

/** The meta sheet: one setting per row (key, value, English value). */
function readMetaTable(table: Table, doc: Obj, problems: CliProblem[], locator: Locator): void {
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

/** Every meta key with its Chinese label, for the meta sheet. */
export const META_ROWS = META_KEYS;

export type { ColumnDef };
