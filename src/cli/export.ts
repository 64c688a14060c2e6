/**
 * Feed → spreadsheets in the templates' shape (the inverse of build.ts), and the writers for
 * CSV (UTF-8 with BOM, so Excel opens it right) and .xlsx (exceljs). `template` is the export
 * of a small example feed plus a notes sheet.
 */
import type ExcelJS from 'exceljs';
import type { Feed, Text } from '../feed/types.js';
import { COMPARISON_WORDS, EVENT_STATUS_WORDS, META_KEYS, SHEETS, TASK_STATUS_WORDS, type SheetKind } from './columns.js';
import { cliProblem, type CliProblem } from './messages.js';
import { writeRecurrence } from './recurrence-cell.js';
import { writeDateTime } from './values.js';

export type Out = string | number | undefined;

export interface SheetData {
  kind: SheetKind;
  /** Chinese header, English header, then data rows; columns as in columns.ts. */
  rows: Out[][];
}

export interface Exported {
  sheets: SheetData[];
  /** meta.json for the CSV form. */
  meta: Record<string, unknown>;
  problems: CliProblem[];
  /** Statuses and yes/no are written as Chinese words. */
  zhWords: boolean;
}

const langBase = (lang: string) => lang.toLowerCase().split('-')[0];

/** Exports a (validated) feed. `zhWords`: write statuses as 进行中 … (default for Chinese feeds). */
export function exportFeed(feed: Feed, options: { zhWords?: boolean } = {}): Exported {
  const problems: CliProblem[] = [];
  const lang = feed.lang;
  const english = langBase(lang) !== 'en';
  const zh = options.zhWords ?? langBase(lang) === 'zh';
  const tz = feed.timeZone;

  const split = (t: Text | undefined, path: string): [Out, Out] => {
    if (t === undefined) return [undefined, undefined];
    if (typeof t === 'string') return [t, undefined];
    const keys = Object.keys(t);
    const primaryKey = english
      ? (keys.find((k) => k.toLowerCase() === lang.toLowerCase()) ?? keys.find((k) => langBase(k) === langBase(lang)))
      : keys.find((k) => langBase(k) === 'en');
    const enKey = english ? keys.find((k) => langBase(k) === 'en') : undefined;
    for (const k of keys) {
      if (k !== primaryKey && k !== enKey) problems.push(cliProblem(path, 'warning', 'lost-language', { lang: k }));
    }
    return [primaryKey ? t[primaryKey] : undefined, enKey ? t[enKey] : undefined];
  };
  const word = (table: Record<string, string[]>, value: string | undefined) =>
    value === undefined ? undefined : zh ? (table[value]?.[0] ?? value) : value;
  const bool = (b: boolean | undefined) => (b === undefined ? undefined : zh ? (b ? '是' : '否') : b ? 'yes' : 'no');
  const when = (v: string | undefined) => (v === undefined ? undefined : writeDateTime(v, tz));

  const rowsFor = (kind: SheetKind, items: Record<string, Out>[]): SheetData => {
    const def = SHEETS.find((s) => s.kind === kind)!;
    return {
      kind,
      rows: [def.columns.map((c) => c.zh), def.columns.map((c) => c.field), ...items.map((item) => def.columns.map((c) => item[c.field]))],
    };
  };
  const texts = (out: Record<string, Out>, name: string, t: Text | undefined, path: string) => {
    const [p, e] = split(t, path);
    out[name] = p;
    out[`${name}_en`] = e;
  };

  const sections = feed.sections.map((s, i) => {
    const o: Record<string, Out> = { id: s.id, number: s.number };
    texts(o, 'title', s.title, `/sections/${i}/title`);
    texts(o, 'summary', s.summary, `/sections/${i}/summary`);
    return o;
  });
  const milestones: Record<string, Out>[] = [];
  const updates: Record<string, Out>[] = [];
  const links: Record<string, Out>[] = [];
  const tasks = feed.tasks.map((t, i) => {
    const o: Record<string, Out> = {
      id: t.id,
      section: t.section,
      number: t.number,
      status: word(TASK_STATUS_WORDS, t.status === 'unknown' ? undefined : t.status),
      progress: t.progress,
      due: t.due,
      updated: when(t.updated),
      indicators: t.indicators?.join('、'),
    };
    texts(o, 'title', t.title, `/tasks/${i}/title`);
    texts(o, 'summary', t.summary, `/tasks/${i}/summary`);
    if (t.owners) {
      const pairs = t.owners.map((x, j) => split(x, `/tasks/${i}/owners/${j}`));
      o.owners = pairs.map((p) => p[0] ?? '').join('、');
      o.owners_en = pairs.some((p) => p[1] !== undefined) ? pairs.map((p) => p[1] ?? '').join('; ') : undefined;
    }
    t.milestones?.forEach((m, j) => {
      const r: Record<string, Out> = { task: t.id, due: m.due, done: bool(m.done) };
      texts(r, 'title', m.title, `/tasks/${i}/milestones/${j}/title`);
      milestones.push(r);
    });
    t.updates?.forEach((u, j) => {
      const r: Record<string, Out> = { task: t.id, date: when(u.date), progress: u.progress };
      texts(r, 'update', u.text, `/tasks/${i}/updates/${j}/text`);
      updates.push(r);
    });
    t.links?.forEach((l, j) => {
      const r: Record<string, Out> = { task: t.id, url: l.url };
      texts(r, 'title', l.title, `/tasks/${i}/links/${j}/title`);
      links.push(r);
    });
    return o;
  });
  const history: Record<string, Out>[] = [];
  const indicators = feed.indicators.map((x, i) => {
    const o: Record<string, Out> = {
      id: x.id,
      task: x.task,
      target: x.target,
      comparison: word(COMPARISON_WORDS, x.comparison),
      baseline: x.baseline,
      value: x.value,
      asOf: x.asOf,
    };
    texts(o, 'title', x.title, `/indicators/${i}/title`);
    texts(o, 'unit', x.unit, `/indicators/${i}/unit`);
    for (const h of x.history ?? []) history.push({ indicator: x.id, date: h.date, value: h.value });
    return o;
  });
  const categories = feed.categories.map((c, i) => {
    const o: Record<string, Out> = { id: c.id, color: c.color };
    texts(o, 'title', c.title, `/categories/${i}/title`);
    return o;
  });
  const events = feed.events.map((e, i) => {
    const o: Record<string, Out> = {
      id: e.id,
      category: e.category,
      start: when(e.start),
      end: when(e.end),
      lat: e.location?.lat,
      lng: e.location?.lng,
      url: e.url,
      task: e.task,
      status: word(EVENT_STATUS_WORDS, e.status),
      recurrence: e.recurrence ? writeRecurrence(e.recurrence) : undefined,
      until: e.recurrence?.until,
      count: e.recurrence?.count,
      exdates: e.recurrence?.exdates?.join('、'),
    };
    texts(o, 'title', e.title, `/events/${i}/title`);
    texts(o, 'summary', e.summary, `/events/${i}/summary`);
    texts(o, 'location', e.location?.name, `/events/${i}/location/name`);
    texts(o, 'address', e.location?.address, `/events/${i}/location/address`);
    return o;
  });

  const meta: Record<string, unknown> = { version: 1 };
  for (const k of ['id', 'lang', 'title', 'publisher', 'updated', 'timeZone', 'sample'] as const) {
    if (feed[k] !== undefined) meta[k] = feed[k];
  }
  const metaRows: Out[][] = [
    SHEETS[0].columns.map((c) => c.zh),
    SHEETS[0].columns.map((c) => c.field),
  ];
  for (const m of META_KEYS) {
    let value: Out;
    let en: Out;
    if (m.key === 'title') [value, en] = split(feed.title, '/title');
    else if (m.key === 'publisher') [value, en] = split(feed.publisher?.name, '/publisher/name');
    else if (m.key === 'publisherUrl') value = feed.publisher?.url;
    else if (m.key === 'updated') value = when(feed.updated);
    else if (m.key === 'sample') value = bool(feed.sample);
    else value = feed[m.key as 'id' | 'lang' | 'timeZone'];
    metaRows.push([m.zh, value, en]);
  }

  return {
    sheets: [
      { kind: 'meta', rows: metaRows },
      rowsFor('sections', sections),
      rowsFor('tasks', tasks),
      rowsFor('milestones', milestones),
      rowsFor('updates', updates),
      rowsFor('links', links),
      rowsFor('indicators', indicators),
      rowsFor('history', history),
      rowsFor('categories', categories),
      rowsFor('events', events),
    ],
    meta,
    problems,
    zhWords: zh,
  };
}

/** RFC 4180 CSV with a BOM (Excel on Windows then reads it as UTF-8) and CRLF line ends. */
export function toCsv(rows: Out[][]): string {
  const cell = (v: Out) => {
    const s = v === undefined ? '' : String(v);
    return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** The workbook: one sheet per kind (named "任务 tasks" …) and, for templates, a notes sheet. */
export async function toXlsx(sheets: SheetData[], options: { notes?: boolean; zhWords?: boolean } = {}): Promise<Uint8Array> {
  const { default: Excel } = await import('exceljs'); // loaded only when a workbook is written
  const wb = new Excel.Workbook();
  wb.creator = 'civic-feed';
  if (options.notes) addNotes(wb);
  for (const sheet of sheets) {
    const def = SHEETS.find((s) => s.kind === sheet.kind)!;
    const ws = wb.addWorksheet(`${def.zh} ${def.kind}`, { views: [{ state: 'frozen', ySplit: 2 }] });
    for (const r of sheet.rows) ws.addRow(r.map((v) => (v === undefined ? null : v)));
    for (const n of [1, 2]) {
      const row = ws.getRow(n);
      row.font = { bold: n === 1, italic: n === 2, color: n === 2 ? { argb: 'FF555555' } : undefined };
    }
    // Drop-down lists for the columns that take fixed words, so "进行" cannot be typed by mistake.
    const zh = options.zhWords ?? true;
    const first = (table: Record<string, string[]>) => Object.entries(table).map(([value, words]) => (zh ? words[0] : value));
    const lists: Partial<Record<string, string[]>> = {
      status: first(def.kind === 'events' ? EVENT_STATUS_WORDS : TASK_STATUS_WORDS),
      comparison: first(COMPARISON_WORDS),
      done: zh ? ['是', '否'] : ['yes', 'no'],
    };
    const last = Math.max(sheet.rows.length + 200, 500);
    // One range per column (exceljs's per-cell optimiser writes overlapping ranges Excel would repair).
    const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
    def.columns.forEach((c, i) => {
      const words = lists[c.field];
      if (!words || !['status', 'event-status', 'comparison', 'bool'].includes(c.type)) return;
      const letter = ws.getColumn(i + 1).letter;
      validations.add(`${letter}3:${letter}${last}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${words.join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: '请从列表中选择',
        error: `可填写：${words.join('、')}（也可用英文：见“说明 notes”工作表）`,
      });
    });
    def.columns.forEach((c, i) => {
      const col = ws.getColumn(i + 1);
      col.width = c.type === 'text' || c.type === 'text-en' || c.type === 'owners' || c.type === 'owners-en' ? 30 : 14;
      // Ids, dates and numbers-as-labels stay text: Excel must not turn 2024-09-30 into a date of its own.
      if (c.type !== 'number' && c.type !== 'percent') col.numFmt = '@';
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function addNotes(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('说明 notes');
  ws.addRow(['工作表 sheet', '中文表头', 'English header', '必填 required', '说明', 'Notes', '也可写作 other headers read']).font = { bold: true };
  ws.addRow([
    '',
    '',
    '',
    '',
    '表头可用中文或英文；第 2 行英文表头可以保留或删除。每个工作表也可另存为 CSV（UTF-8 或 GB18030）。',
    'Headers may be Chinese or English; keep or delete the English header row. Each sheet may also be saved as CSV (UTF-8 or GB18030).',
    '台账原样可读：表头上方的标题行、“填报单位：…  填报日期：…”行，合并的分节标题行（一、… /（一）…），没有任务编号时以序号为编号。 A ledger is read as it is: title rows, 填报单位/填报日期, merged section headings, 序号 as the id.',
  ]);
  for (const def of SHEETS) {
    ws.addRow([`${def.zh} ${def.kind}`, '', '', '', def.note.zh, def.note.en]).font = { bold: true };
    for (const c of def.columns) ws.addRow(['', c.zh, c.field, c.required ? '是 yes' : '', c.note.zh, c.note.en, (c.aliases ?? []).join('、')]);
    if (def.kind === 'meta') {
      for (const m of META_KEYS) ws.addRow(['', `  ${m.zh}`, `  ${m.key}`, '', m.note.zh, m.note.en]);
    }
  }
  [16, 18, 18, 12, 60, 60, 40].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

export { EXAMPLE_FEED } from './example-feed.js';
