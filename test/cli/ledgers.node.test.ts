/**
 * The ledger corpus (test/fixtures/ledgers): each ledger, as .xlsx and as its CSV saves in GB18030
 * and UTF-8 with BOM, becomes the feed written by hand for it. Checked on the document before
 * validation, and the tasks' `updates` also on the validated feed (newest first, as the validator sorts them).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readLedger } from '../../src/cli/ledger.js';
import { sortUpdates } from '../../src/feed/timeliness.js';
import type { TaskUpdate } from '../../src/feed/types.js';
import { corpus, toCsv, toXlsx, type Ledger } from '../fixtures/ledgers/ledgers.js';

const pick = (doc: Record<string, unknown>, expect: Record<string, unknown>) => Object.fromEntries(Object.keys(expect).map((k) => [k, doc[k]]));

async function check(l: Ledger, name: string, bytes: Uint8Array) {
  const r = await readLedger([{ name, bytes, kind: name.endsWith('.csv') ? 'tasks' : undefined }], { lang: 'zh' });
  const errors = r.problems.filter((p) => p.severity === 'error').map((p) => p.text);
  assert.deepEqual(errors, [], `${name}: no errors`);
  assert.ok(r.ok, name);
  assert.deepEqual(pick(r.doc!, l.expect), l.expect, name);
  assert.ok(r.feed, name);
  const feed = r.feed;
  const tasks = (l.expect.tasks ?? []) as { id: string; updates?: TaskUpdate[] }[];
  let withUpdates = 0;
  for (const t of tasks) {
    if (!t.updates) continue;
    withUpdates++;
    const published = feed.tasks.find((x) => x.id === t.id);
    assert.deepEqual(published?.updates, sortUpdates(t.updates, feed.timeZone), `${name}: ${t.id}'s updates on the validated feed`);
  }
  assert.equal(feed.tasks.filter((x) => x.updates).length, withUpdates, `${name}: no task gained updates`);
}

for (const l of corpus()) {
  test(`ledger ${l.name}: the workbook becomes its feed`, async () => {
    await check(l, `${l.name}.xlsx`, await toXlsx(l));
  });
  if (!l.sheets) {
    test(`ledger ${l.name}: its CSV saves (GB18030, UTF-8 with BOM) become the same feed`, async () => {
      await check(l, `${l.name}.csv`, toCsv(l, 'gb18030'));
      await check(l, `${l.name}.csv`, toCsv(l, 'utf-8-bom'));
    });
  }
}

test('the corpus has at least 12 ledgers', () => {
  assert.ok(corpus().length >= 12);
});

test('the template notes sheet lists every header each column is known by', async () => {
  const { SHEETS } = await import('../../src/cli/columns.js');
  const { exportFeed, toXlsx: writeBook, EXAMPLE_FEED } = await import('../../src/cli/export.js');
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeBook(exportFeed(EXAMPLE_FEED).sheets, { notes: true })) as never);
  const notes = wb.getWorksheet('说明 notes')!;
  // The tasks sheet's rows: from its heading to the next sheet's.
  const listed = new Map<string, string>();
  let inTasks = false;
  notes.eachRow((row) => {
    const sheet = String(row.getCell(1).value ?? '');
    if (sheet) inTasks = sheet === '任务 tasks';
    else if (inTasks) listed.set(String(row.getCell(3).value), String(row.getCell(7).value ?? ''));
  });
  const tasks = SHEETS.find((s) => s.kind === 'tasks')!;
  for (const c of tasks.columns) for (const a of c.aliases ?? []) assert.ok(listed.get(c.field)?.split('、').includes(a), `${c.field}: ${a}`);
  for (const a of ['重点任务', '工作任务']) assert.ok(listed.get('title')!.includes(a));
  for (const a of ['具体内容', '工作内容', '目标任务']) assert.ok(listed.get('summary')!.includes(a));
  for (const a of ['工作进展', '完成情况']) assert.ok(listed.get('update')!.includes(a));
  assert.ok(listed.get('progress')!.includes('完成率'));
  assert.ok(listed.get('due')!.includes('时间节点'));
});

test('a title row whose words include a column name ("重点任务") is still the title', async () => {
  const { Workbook } = (await import('exceljs')).default;
  const wb = new Workbook();
  wb.addWorksheet('台账').addRows([['密云区 2024年 重点任务 台账'], ['填报单位：密云区农业农村局'], ['序号', '重点任务', '完成率'], [1, '压实粮食安全责任制', '50%']]);
  const r = await readLedger({ name: 'b.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) });
  assert.equal(r.doc?.title, '密云区 2024年 重点任务 台账');
  assert.ok(r.ok, r.problems.map((p) => p.text).join('\n'));
  assert.deepEqual(r.columns.map((c) => [c.column, c.header, c.field]), [['A', '序号', 'number'], ['B', '重点任务', 'title'], ['C', '完成率', 'progress']]);
});
