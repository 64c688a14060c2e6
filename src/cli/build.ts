/**
 * Spreadsheet tables (+ meta) → a feed document, keeping a map from each JSON Pointer it writes
 * to the cell it came from, so the validator's problems can be reported by sheet, row and column.
 * Values are read the way clerks write them (written.ts); every reading that is not literal is a note.
 */
import { DEFAULT_TIME_ZONE } from '../feed/dates.js';
import { KIND_ZH } from '../feed/kinds.js';
import { pointer } from '../feed/validate.js';
import { META_KEYS, sheetDef, type ColumnDef, type SheetKind } from './columns.js';
import { clean, date, field, joinText, Locator, number, owners, readMetaTable, RowReader, text, type BuildResult } from './build-rows.js';
import { headingMeta, idsFromNumbers, joinMergedRows, planYear, progressScale } from './ledger-rules.js';
import type { Table, TableRow } from './layout.js';
import { cliProblem, type CliProblem } from './messages.js';
import { columnLetter } from './sheets.js';
import { cellText, parseBool, parseComparison, parseDateTimeCell, parseEventStatus, parseLabel, parseNumber, parseTaskStatus, parseWhen, splitIds } from './values.js';
import { readAmount, readEventTime, type PlanYear } from './written.js';
import { placeNarratives, readRecurrenceCells, readUpdateRow, type Narrative } from './build-updates.js';

type Obj = Record<string, unknown>;

export { Locator, type BuildResult };

const TASK_STATUS_ALLOWED = 'not-started, in-progress, completed, delayed';
const TASK_STATUS_ALLOWED_ZH = '未开始、进行中、已完成、滞后';

export interface MetaInput {
  /** Feed-shaped meta (from meta.json), may also carry sections and categories. */
  json?: Obj;
  /** The meta sheet. */
  table?: Table;
}

interface Ctx {
  lang: string;
  timeZone: string;
  plan?: PlanYear;
  /** Where the feed's update time came from (dates the narratives). */
  updatedFrom?: string;
  doc: Obj;
  problems: CliProblem[];
  scale: number | undefined;
  ids?: Map<TableRow, string>;
  sectionIds: string[];
  datedNote: boolean;
  /** The tasks' narratives, placed after the updates sheet's rows (see placeNarratives). */
  narratives: Narrative[];
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
  let updatedFrom: string | undefined = metaTable || meta.json?.updated ? 'meta' : undefined;
  if (metaTable) readMetaTable(metaTable, doc, problems, locator);
  const data = tables.filter((t) => t.kind !== 'meta');
  updatedFrom = headingMeta(doc, data, problems, (p, w) => locator.set(p, w)) ?? updatedFrom;
  const lang = typeof doc.lang === 'string' ? doc.lang : 'zh-Hans';
  const timeZone = typeof doc.timeZone === 'string' ? doc.timeZone : DEFAULT_TIME_ZONE;
  const plan = planYear(doc, data, updatedFrom);
  const narratives: Narrative[] = [];

  const byKind = (kind: SheetKind) => tables.filter((t) => t.kind === kind);
  const lists: Record<string, Obj[]> = {};
  for (const kind of ['sections', 'tasks', 'indicators', 'categories', 'events'] as const) {
    const existing = Array.isArray(doc[kind]) ? (doc[kind] as Obj[]) : [];
    lists[kind] = existing;
    for (const table of byKind(kind)) {
      given.add(kind);
      const ctx: Ctx = { lang, timeZone, plan, updatedFrom, doc, problems, scale: 1, sectionIds: [], datedNote: false, narratives };
      if (kind === 'tasks') prepareTasks(table, ctx, lists, given, locator);
      for (const row of table.rows) {
        const index = lists[kind].length;
        const base = pointer([kind, index]);
        const r = new RowReader(table, row, problems, locator, base);
        locator.set(base, r.where());
        for (const f of table.missing) suppress.push(`${base}/${f}`);
        lists[kind].push(readItem(kind, r, row, ctx, table));
      }
    }
    if (lists[kind].length || byKind(kind).length) doc[kind] = lists[kind];
  }
  if (lists.sections.length) doc.sections = lists.sections;
  resolveCategories(lists, byKind('categories').length > 0 || given.has('categories'), problems, locator, doc);

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
    clean({ title: text(r, 'title', lang), due: date(r, 'due', plan), done: r.parsed('done', parseBool, 'bad-boolean') }),
  );
  attach('updates', 'tasks', 'task', 'updates', readUpdateRow(lang, timeZone, byKind('updates'), problems));
  placeNarratives(narratives);
  attach('links', 'tasks', 'task', 'links', (r) => clean({ title: text(r, 'title', lang), url: field(r, 'url') }));
  attach('history', 'indicators', 'indicator', 'history', (r) => clean({ date: date(r, 'date', plan), value: number(r, 'value') }));
  return { doc, locator, problems, given, suppress };
}

/** A tasks sheet of a ledger: merged rows joined, the progress scale, ids from 序号, sections from headings. */
function prepareTasks(table: Table, ctx: Ctx, lists: Record<string, Obj[]>, given: Set<SheetKind>, locator: Locator): void {
  joinMergedRows(table, ctx.problems);
  ctx.scale = progressScale(table, ctx.problems);
  ctx.ids = idsFromNumbers(table, ctx.problems);
  const sheetWhere = table.sheet === undefined ? { file: table.file } : { file: table.file, sheet: table.sheet };
  if (table.sections.length && !table.columns.has('section')) {
    const start = lists.sections.length;
    table.sections.forEach((s, i) => {
      const id = `s${start + i + 1}`;
      ctx.sectionIds.push(id);
      const base = pointer(['sections', start + i]);
      const where = { ...sheetWhere, row: s.row, column: columnLetter(s.col), cell: s.shown };
      locator.set(base, where);
      lists.sections.push(clean({ id, number: s.number, title: s.title }));
    });
    given.add('sections');
    ctx.problems.push(cliProblem('', 'note', 'sections-from-headings', { n: table.sections.length }, { ...sheetWhere, row: table.sections[0].row }));
  }
  if (!table.columns.has('status') && table.columns.has('progress')) {
    ctx.problems.push(cliProblem('', 'note', 'status-from-progress', {}, { ...sheetWhere, row: table.headerRow }));
  }
  const partners = table.columns.get('partners');
  if (partners) {
    ctx.problems.push(cliProblem('', 'note', 'partners-not-published', { header: partners.header }, { ...sheetWhere, row: table.headerRow, column: columnLetter(partners.col), header: partners.header }));
  }
}

function statusOf(r: RowReader, progress: number | undefined, hasColumn: boolean): string | undefined {
  if (hasColumn) {
    return r.parsed('status', parseTaskStatus, 'unknown-status-word', { allowed: TASK_STATUS_ALLOWED, allowedZh: TASK_STATUS_ALLOWED_ZH });
  }
  if (progress === undefined) {
    r.report('error', 'no-status', 'progress', {}, '/status');
    return undefined;
  }
  return progress >= 100 ? 'completed' : progress > 0 ? 'in-progress' : 'not-started';
}

function readTask(r: RowReader, row: TableRow, ctx: Ctx, table: Table): Obj {
  const { lang } = ctx;
  for (const f of ['status', 'progress', 'updated', 'indicators']) r.mark('/' + f, f);
  let id = field(r, 'id', true);
  if (id === undefined && ctx.ids) {
    id = ctx.ids.get(row);
    r.mark('/id', 'number');
  }
  const title = text(r, 'title', ctx.lang);
  if (title === undefined && !table.missing.includes('title')) r.report('error', 'missing-cell', 'title', { column: 'title', columnZh: table.columns.get('title')?.header ?? '任务名称' }, '/title');
  if (id === undefined && !table.missing.includes('id')) {
    const f = ctx.ids ? 'number' : 'id';
    r.report('error', 'missing-cell', f, { column: f, columnZh: table.columns.get(f)?.header ?? '任务编号' }, '/id');
  }
  const rawProgress = ctx.scale === undefined ? undefined : r.parsed('progress', parseNumber, 'bad-number');
  const progress = rawProgress === undefined ? undefined : Math.round(rawProgress * (ctx.scale ?? 1) * 1e6) / 1e6;
  const updated = r.parsed('updated', (v) => parseDateTimeCell(v, ctx.timeZone), 'bad-date-time');
  const ind = r.str('indicators');
  const task = clean({
    id,
    section: field(r, 'section', true) ?? (row.section !== undefined ? ctx.sectionIds[row.section] : undefined),
    number: (() => {
      r.mark('/number', 'number');
      return r.parsed('number', parseLabel, 'bad-number');
    })(),
    title,
    summary: text(r, 'summary', lang),
    owners: owners(r, lang),
    status: statusOf(r, progress, table.columns.has('status')),
    progress,
    due: date(r, 'due', ctx.plan),
    updated,
    indicators: ind === undefined ? undefined : splitIds(ind),
  });
  const narrative = text(r, 'update', lang);
  if (narrative !== undefined) {
    const day = updated?.slice(0, 10) ?? (typeof ctx.doc.updated === 'string' ? ctx.doc.updated.slice(0, 10) : undefined);
    if (day === undefined) r.report('error', 'update-no-date', 'update', {}, '/updates');
    else {
      if (!updated && !ctx.datedNote) {
        ctx.datedNote = true;
        r.report('note', 'update-dated', 'update', { date: day, from: ctx.updatedFrom ?? 'meta' }, '/updates');
      }
      ctx.narratives.push({ task, r, entry: clean({ date: day, text: narrative, progress }) });
    }
  }
  return task;
}

function readIndicator(r: RowReader, ctx: Ctx): Obj {
  r.mark('/comparison', 'comparison');
  const unitText = r.str('unit');
  let unit = text(r, 'unit', ctx.lang);
  let cellUnit: string | undefined;
  const amount = (name: string) => {
    r.mark('/' + name, name);
    const a = r.read(name, (v) => readAmount(v, unitText))?.value;
    if (a?.unit && unitText === undefined) cellUnit ??= a.unit;
    return a;
  };
  const target = amount('target');
  const baseline = amount('baseline');
  const value = amount('value');
  const written = r.parsed('comparison', parseComparison, 'unknown-comparison-word');
  let comparison = written;
  for (const [name, a] of [['target', target], ['baseline', baseline], ['value', value]] as const) {
    if (!a?.comparison) continue;
    if (written !== undefined && written !== a.comparison) r.report('error', 'comparison-conflict', name, { value: cellText(r.raw(name)!), comparison: a.comparison }, '/' + name);
    comparison ??= a.comparison;
  }
  if (unit === undefined && cellUnit !== undefined) unit = cellUnit;
  return clean({
    id: field(r, 'id', true),
    task: field(r, 'task', true),
    title: text(r, 'title', ctx.lang),
    unit,
    target: target?.value,
    comparison,
    baseline: baseline?.value,
    value: value?.value,
    asOf: date(r, 'asOf', ctx.plan),
  });
}

function readEvent(r: RowReader, ctx: Ctx): Obj {
  for (const f of ['start', 'end', 'status']) r.mark('/' + f, f);
  const name = text(r, 'location', ctx.lang);
  const address = text(r, 'address', ctx.lang);
  const lat = number(r, 'lat');
  const lng = number(r, 'lng');
  r.mark('/location', 'location');
  r.mark('/location/name', 'location');
  r.mark('/location/address', 'address');
  r.mark('/location/lat', 'lat');
  r.mark('/location/lng', 'lng');
  const hasLocation = [name, address, lat, lng].some((x) => x !== undefined);
  const start = r.read('start', (v) => readEventTime(v, ctx.plan, ctx.timeZone), 'bad-date-time')?.value;
  let end = start?.end;
  const endRaw = r.raw('end');
  if (endRaw !== undefined) {
    const timeOnly = typeof endRaw === 'string' && start && /^\s*(上午|下午|晚上|中午)?\s*\d{1,2}\s*([:：]\s*\d{2}|[时点])/.test(endRaw) && !/[年月日\-/]/.test(endRaw);
    const day = start?.start.slice(0, 10);
    end = timeOnly && day
      ? r.read('end', () => readEventTime(`${day} ${String(endRaw).trim()}`, ctx.plan, ctx.timeZone), 'bad-date-time')?.value.start
      : r.parsed('end', (v) => parseWhen(v, ctx.timeZone), 'bad-date-time');
  }
  return clean({
    id: field(r, 'id', true),
    title: text(r, 'title', ctx.lang),
    summary: text(r, 'summary', ctx.lang),
    category: field(r, 'category', true),
    start: start?.start,
    end,
    location: hasLocation ? clean({ name, address, lat, lng }) : undefined,
    url: field(r, 'url'),
    task: field(r, 'task', true),
    status: r.parsed('status', parseEventStatus, 'unknown-status-word', { allowed: 'scheduled, postponed, cancelled', allowedZh: '按期、已推迟、已取消' }),
    recurrence: readRecurrenceCells(r, ctx.plan),
  });
}

function readItem(kind: SheetKind, r: RowReader, row: TableRow, ctx: Ctx, table: Table): Obj {
  switch (kind) {
    case 'sections': {
      r.mark('/number', 'number');
      return clean({ id: field(r, 'id', true), number: r.parsed('number', parseLabel, 'bad-number'), title: text(r, 'title', ctx.lang), summary: text(r, 'summary', ctx.lang) });
    }
    case 'tasks':
      return readTask(r, row, ctx, table);
    case 'indicators':
      return readIndicator(r, ctx);
    case 'categories':
      return clean({ id: field(r, 'id', true), title: text(r, 'title', ctx.lang), color: field(r, 'color') });
    case 'events':
      return readEvent(r, ctx);
    default:
      return {};
  }
}

const textValues = (t: unknown): string[] => (typeof t === 'string' ? [t] : t && typeof t === 'object' ? Object.values(t as Obj).filter((x): x is string => typeof x === 'string') : []);

/** Events' categories typed by name: found by the category's title; with no categories sheet, made from the names. */
function resolveCategories(lists: Record<string, Obj[]>, haveSheet: boolean, problems: CliProblem[], locator: Locator, doc: Obj): void {
  const categories = lists.categories;
  lists.events.forEach((e, i) => {
    const value = e.category;
    if (typeof value !== 'string' || categories.some((c) => c.id === value)) return;
    const where = locator.find(`/events/${i}/category`);
    const hit = categories.find((c) => textValues(c.title).some((t) => t.trim() === value));
    if (hit) {
      e.category = hit.id;
      problems.push(cliProblem(`/events/${i}/category`, 'note', 'category-by-name', { value, id: String(hit.id) }, where));
    } else if (!haveSheet) {
      categories.push({ id: value, title: value });
      problems.push(cliProblem(`/events/${i}/category`, 'note', 'category-made', { value }, where));
    }
  });
  if (categories.length) doc.categories = categories;
}

/** Every meta key with its Chinese label, for the meta sheet. */
export const META_ROWS = META_KEYS;

export type { ColumnDef };
export { joinText };
