/**
 * The two additive fields through the sheets: the 进展更新 (updates) sheet and the tasks sheet's
 * narrative column → tasks[].updates; the events sheet's 重复 column → events[].recurrence.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { readLedger, type LedgerFile } from '../../src/cli/ledger.js';
import { readRecurrence, writeRecurrence } from '../../src/cli/recurrence-cell.js';
import { SOLAR_TERMS } from '../../src/feed/lunar.js';
import { SOLAR_TERM_IDS } from '../../src/feed/recurrence-rule.js';
import { fixture } from './helpers.js';

const enc = new TextEncoder();
const csv = (name: string, lines: string[]): LedgerFile => ({ name, bytes: enc.encode('\uFEFF' + lines.join('\r\n') + '\r\n') });
const meta: LedgerFile = { name: 'meta.json', bytes: readFileSync(fixture('meta.json')) };

const TASKS = ['任务编号,任务名称,状态,进展情况', 't1,压实粮食安全责任制,进行中,秋粮长势良好', 't2,改造农村户厕,进行中,'];

test('updates sheet: several rows per task become the validated feed\'s updates, newest first', async () => {
  const r = await readLedger([
    meta,
    csv('tasks.csv', TASKS),
    csv('updates.csv', [
      '任务编号,日期,进展情况,进展情况（英文）,完成率',
      't2,2024/3/15,完成摸底,Survey done,10',
      't2,2024年9月1日,完成600户,600 done,60%',
      't2,2024-06-30,完成300户,,30',
      't1,2024/6/7,春播全部完成,,45',
    ]),
  ]);
  assert.ok(r.ok, r.problems.map((p) => p.text).join('\n'));
  const t2 = r.feed!.tasks.find((t) => t.id === 't2')!;
  assert.deepEqual(t2.updates, [
    { date: '2024-09-01', text: { 'zh-Hans': '完成600户', en: '600 done' }, progress: 60 },
    { date: '2024-06-30', text: '完成300户', progress: 30 },
    { date: '2024-03-15', text: { 'zh-Hans': '完成摸底', en: 'Survey done' }, progress: 10 },
  ]);
  // t1: the narrative column is the newest update, dated by the feed's update time (no 更新时间 column).
  const t1 = r.feed!.tasks.find((t) => t.id === 't1')!;
  assert.deepEqual(t1.updates, [
    { date: '2024-09-30', text: '秋粮长势良好' },
    { date: '2024-06-07', text: '春播全部完成', progress: 45 },
  ]);
  const col = r.columns.filter((c) => c.kind === 'updates').map((c) => c.field);
  assert.deepEqual(col, ['task', 'date', 'update', 'update_en', 'progress']);
});

test('updates sheet: a narrative with the same text as a sheet row is published once, with the row\'s date', async () => {
  const r = await readLedger([meta, csv('tasks.csv', TASKS), csv('updates.csv', ['任务编号,日期,进展情况', 't1,2024/9/27,秋粮长势良好'])]);
  assert.ok(r.ok);
  assert.deepEqual(r.feed!.tasks[0].updates, [{ date: '2024-09-27', text: '秋粮长势良好' }]);
  const note = r.problems.find((p) => p.code === 'update-same-as-sheet');
  assert.ok(note, 'a note says the narrative was not added twice');
  assert.equal(note.severity, 'note');
  assert.equal(note.where?.column, 'D');
});

test('updates sheet: a row for an unknown task, a bad date and a missing text are errors at their cells', async () => {
  const r = await readLedger([
    meta,
    csv('tasks.csv', TASKS),
    csv('updates.csv', ['任务编号,日期,进展情况', 't9,2024/9/1,完成', 't1,9月某日,完成', 't1,2024/9/2,']),
  ]);
  assert.equal(r.ok, false);
  const at = (code: string) => r.problems.filter((p) => p.code === code).map((p) => `${p.where?.row}${p.where?.column ?? ''}`);
  assert.deepEqual(at('orphan-row'), ['2A']);
  assert.deepEqual(at('bad-date-time'), ['3B']);
  assert.ok(r.problems.some((p) => p.severity !== 'note' && p.where?.row === 4 && p.path.startsWith('/tasks/0/updates')), r.problems.map((p) => `${p.code} ${p.path} ${p.where?.row}`).join('\n'));
});

test('重复 cells: solar terms, lunar dates and RRULEs as a clerk types them', () => {
  const read = (s: string) => {
    const r = readRecurrence(s);
    return r.ok ? r.value : r.code;
  };
  assert.deepEqual(read('秋分'), { solarTerm: 'autumn-equinox' });
  assert.deepEqual(read('每年秋分'), { solarTerm: 'autumn-equinox' });
  assert.deepEqual(read('每年冬至日'), { solarTerm: 'winter-solstice' });
  assert.deepEqual(read('autumn-equinox'), { solarTerm: 'autumn-equinox' });
  assert.deepEqual(read('每年农历正月十五'), { lunar: { month: 1, day: 15 } });
  assert.deepEqual(read('农历1月15日'), { lunar: { month: 1, day: 15 } });
  assert.deepEqual(read('农历腊月初八'), { lunar: { month: 12, day: 8 } });
  assert.deepEqual(read('农历八月十五'), { lunar: { month: 8, day: 15 } });
  assert.deepEqual(read('农历闰四月廿三'), { lunar: { month: 4, day: 23, leap: true } });
  assert.deepEqual(read('ＦＲＥＱ＝ＹＥＡＲＬＹ'), { rrule: 'FREQ=YEARLY' }, 'full-width');
  assert.deepEqual(read('FREQ=YEARLY;BYMONTH=10;BYDAY=3SU'), { rrule: 'FREQ=YEARLY;BYMONTH=10;BYDAY=3SU' });
  assert.deepEqual(read('RRULE:freq=monthly;byday=2sa'), { rrule: 'FREQ=MONTHLY;BYDAY=2SA' });
  assert.deepEqual(read('每年'), { rrule: 'FREQ=YEARLY' });
  assert.deepEqual(read('每周'), { rrule: 'FREQ=WEEKLY' });
  assert.equal(read('每年农历13月'), 'bad-recurrence-lunar');
  assert.equal(read('农历正月三十一'), 'bad-recurrence-lunar');
  assert.equal(read('FREQ=DAILY'), 'bad-recurrence');
  assert.equal(read('FREQ=YEARLY;BYMONTH=13'), 'bad-recurrence');
  assert.equal(read('每逢周末'), 'bad-recurrence');
});

test('重复 cells: export writes every rule the way it reads back', () => {
  SOLAR_TERM_IDS.forEach((id, i) => {
    const written = writeRecurrence({ solarTerm: id });
    assert.equal(written, `每年${SOLAR_TERMS[i]}`);
    assert.deepEqual(readRecurrence(written!), { ok: true, value: { solarTerm: id } });
  });
  for (let month = 1; month <= 12; month++) {
    for (const day of [1, 10, 15, 20, 21, 30]) {
      for (const leap of [false, true]) {
        const rule = { lunar: leap ? { month, day, leap } : { month, day } };
        const r = readRecurrence(writeRecurrence(rule)!);
        assert.deepEqual(r.ok && r.value, rule, writeRecurrence(rule));
      }
    }
  }
  assert.equal(writeRecurrence({ rrule: 'FREQ=YEARLY;BYMONTH=10;BYDAY=3SU' }), 'FREQ=YEARLY;BYMONTH=10;BYDAY=3SU');
});

test('events sheet: the 重复 column becomes the recurrence; a bad one is an error naming the cell', async () => {
  const events = (rows: string[]) =>
    readLedger([meta, csv('events.csv', ['活动编号,活动名称,开始时间,重复,重复截止,不举办日期', ...rows])], { whole: false });
  const good = await events([
    'harvest,丰收节,2024/9/22,每年秋分,,',
    'lantern,元宵灯会,2024/2/24 18:00,农历1月15日,2030/12/31,2026-03-03',
    'market,大集,2024/1/13,FREQ=MONTHLY;BYDAY=2SA,,2024/2/10、2024/3/9',
    'once,座谈会,2024/5/1,,,',
  ]);
  assert.ok(good.ok, good.problems.map((p) => p.text).join('\n'));
  assert.deepEqual(good.feed!.events.map((e) => e.recurrence), [
    { solarTerm: 'autumn-equinox' },
    { lunar: { month: 1, day: 15 }, until: '2030-12-31', exdates: ['2026-03-03'] },
    { rrule: 'FREQ=MONTHLY;BYDAY=2SA', exdates: ['2024-02-10', '2024-03-09'] },
    undefined,
  ]);
  const bad = await events(['lantern,元宵灯会,2024/2/24,每年农历13月,,']);
  assert.equal(bad.ok, false);
  const p = bad.problems.find((x) => x.code === 'bad-recurrence-lunar');
  assert.ok(p, bad.problems.map((x) => x.code).join());
  assert.equal(p.severity, 'error');
  assert.deepEqual([p.where?.file, p.where?.row, p.where?.column, p.where?.cell], ['events.csv', 2, 'D', '每年农历13月']);
  assert.match(p.text, /每年农历13月/);
  const orphan = await events(['x,集市,2024/1/13,,2025/1/1,']);
  assert.ok(orphan.problems.some((x) => x.severity === 'error' && x.where?.column === 'D'), 'an until without a rule names the empty 重复 cell');
});

test('the template notes sheet lists the updates sheet and the 重复 column with their aliases', async () => {
  const { exportFeed, toXlsx, EXAMPLE_FEED } = await import('../../src/cli/export.js');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await toXlsx(exportFeed(EXAMPLE_FEED).sheets, { notes: true })) as never);
  assert.ok(wb.getWorksheet('进展更新 updates'), wb.worksheets.map((w) => w.name).join());
  const rows: string[][] = [];
  wb.getWorksheet('说明 notes')!.eachRow((row) => rows.push([1, 2, 3, 7].map((i) => String(row.getCell(i).value ?? ''))));
  assert.ok(rows.some((r) => r[0] === '进展更新 updates'));
  assert.ok(rows.some((r) => r[1] === '进展情况（英文）' && r[2] === 'update_en'));
  assert.ok(rows.some((r) => r[1] === '完成率' && r[2] === 'progress' && r[3].includes('进度')));
  assert.ok(rows.some((r) => r[1] === '重复' && r[2] === 'recurrence' && r[3].includes('重复规则')));
  assert.ok(rows.some((r) => r[1] === '重复截止' && r[2] === 'until'));
  // The example feed shows both, so the template has a row of each to copy.
  const ex = exportFeed(EXAMPLE_FEED);
  assert.ok(ex.sheets.find((s) => s.kind === 'updates')!.rows.length > 2);
  assert.ok(ex.sheets.find((s) => s.kind === 'events')!.rows.slice(2).some((r) => r.includes('每年秋分')));
});
