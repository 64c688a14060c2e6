/**
 * The two additive fields of the feed read from the sheets: `tasks[].updates` (the 进展更新 sheet,
 * one row per update, plus the tasks sheet's narrative column) and `events[].recurrence` (the
 * 重复 / 重复截止 / 重复次数 / 不举办日期 columns of the events sheet).
 *
 * Both together: a task's narrative column is its newest update, dated by the row's update time or
 * the report date (填报日期); it is added after the sheet's rows, unless one of them has the same
 * text (then that row, with its own date, is the one published, and a note says so).
 */
import { clean, joinText, type RowReader } from './build-rows.js';
import type { Table } from './layout.js';
import { progressScale } from './ledger-rules.js';
import type { CliProblem } from './messages.js';
import { readRecurrence } from './recurrence-cell.js';
import { cellText, parseDate, parseNumber, parseWhen, splitIds } from './values.js';
import { readDue, type PlanYear } from './written.js';

type Obj = Record<string, unknown>;

export interface Narrative {
  task: Obj;
  r: RowReader;
  entry: Obj;
}

/** Reads one row of the updates sheet (as `attach` calls it). */
export function readUpdateRow(lang: string, timeZone: string, tables: Table[], problems: CliProblem[]): (r: RowReader) => Obj {
  // The progress column may hold fractions (0.75), as on the tasks sheet; a mix is an error there.
  const scales = tables.map((t) => progressScale(t, problems));
  const scale = scales.includes(undefined) ? undefined : Math.max(1, ...(scales as number[]));
  return (r) => {
    r.mark('/date', 'date');
    r.mark('/progress', 'progress');
    const primary = r.str('update');
    const english = r.str('update_en');
    r.mark('/text', primary === undefined && english !== undefined ? 'update_en' : 'update');
    if (primary !== undefined) r.mark(`/text/${lang}`, 'update');
    if (english !== undefined) r.mark('/text/en', 'update_en');
    const raw = scale === undefined ? undefined : r.parsed('progress', parseNumber, 'bad-number');
    return clean({
      date: r.parsed('date', (v) => parseWhen(v, timeZone), 'bad-date-time'),
      text: joinText(primary, english, lang),
      progress: raw === undefined ? undefined : Math.round(raw * (scale ?? 1) * 1e6) / 1e6,
    });
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Adds each task's narrative after its sheet rows, or notes that a sheet row says the same. */
export function placeNarratives(narratives: Narrative[]): void {
  for (const { task, r, entry } of narratives) {
    const list = (task.updates ??= []) as Obj[];
    const twin = list.findIndex((u) => same(u.text, entry.text));
    if (twin >= 0) {
      r.report('note', 'update-same-as-sheet', 'update', {}, `/updates/${twin}`);
      continue;
    }
    r.mark(`/updates/${list.length}`, 'update');
    list.push(entry);
  }
}

/** The recurrence of an event row, or undefined when its 重复 cell is empty (or cannot be read). */
export function readRecurrenceCells(r: RowReader, plan: PlanYear | undefined): Obj | undefined {
  for (const f of ['recurrence', 'until', 'count', 'exdates']) r.mark('/recurrence/' + f, f);
  r.mark('/recurrence', 'recurrence');
  r.mark('/recurrence/rrule', 'recurrence');
  r.mark('/recurrence/solarTerm', 'recurrence');
  r.mark('/recurrence/lunar', 'recurrence');
  const rule = r.read('recurrence', readRecurrence)?.value;
  const until = r.read('until', (v) => readDue(v, plan))?.value;
  const count = r.parsed('count', parseNumber, 'bad-number');
  const exRaw = r.str('exdates');
  const exdates: string[] = [];
  for (const part of exRaw === undefined ? [] : splitIds(exRaw)) {
    const d = parseDate(part);
    if (d.ok) exdates.push(d.value);
    else r.report('error', 'bad-date', 'exdates', { value: cellText(part) }, '/recurrence/exdates');
  }
  if (rule === undefined) {
    if (r.raw('recurrence') === undefined && (until !== undefined || count !== undefined || exdates.length)) {
      r.report('error', 'missing-cell', 'recurrence', { column: 'recurrence', columnZh: '重复' }, '/recurrence');
    }
    return undefined;
  }
  return clean({ ...rule, until, count, exdates: exdates.length ? exdates : undefined });
}
