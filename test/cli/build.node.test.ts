import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { validate } from '../../src/feed/validate.js';
import type { Feed } from '../../src/feed/types.js';
import { cli, fixture, MIYUN, readJson, tempDir } from './helpers.js';

const FIXTURE_ARGS = [
  '--meta', fixture('meta.json'),
  '--sections', fixture('sections.csv'),
  '--tasks', fixture('tasks.csv'),
  '--indicators', fixture('indicators.csv'),
  '--events', fixture('events.csv'),
];

test('build: CSV sheets with Chinese headers, status words and every date form give a valid feed', async () => {
  const out = join(tempDir(), 'feed.json');
  const r = await cli(['build', ...FIXTURE_ARGS, '-o', out]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /数据源有效/);
  const feed = readJson(out) as Feed;
  assert.deepEqual(validate(feed).problems, [], 'the output validates cleanly');
  assert.equal(feed.id, 'fixture-2024');
  assert.deepEqual(
    feed.tasks.map((t) => [t.id, t.status, t.progress, t.due]),
    [
      ['t1', 'in-progress', 75, '2024-09-30'],
      ['t2', 'completed', 100, '2024-09-30'],
      ['t3', 'not-started', 0, '2024-09-30'],
      ['t4', 'delayed', 20, '2024-09-30'],
    ],
    '2024/9/30, 2024年9月30日, 2024-09-30 and the serial 45565 are the same day',
  );
  assert.deepEqual(feed.tasks[1].owners, ['区农业农村局', '区商务局'], 'owners split on 、');
  assert.deepEqual(feed.tasks[2].owners, ['区卫生健康委', '区农业农村局'], 'owners split on ;');
  assert.deepEqual(feed.tasks[0].indicators, ['grain-yield']);
  assert.equal(feed.indicators[0].comparison, 'at-least');
  assert.equal(feed.indicators[0].value, 300);
  assert.deepEqual(
    feed.events.map((e) => [e.start, e.end, e.status]),
    [
      ['2024-04-12', '2024-04-13', 'scheduled'],
      ['2024-02-03T19:00:00+08:00', '2024-02-03T21:30:00+08:00', 'postponed'],
    ],
  );
});

test('build: without -o the feed goes to stdout and the report to stderr', async () => {
  const r = await cli(['build', ...FIXTURE_ARGS]);
  assert.equal(r.code, 0);
  assert.equal(JSON.parse(r.stdout).tasks.length, 4);
  assert.match(r.stderr, /数据源有效/);
});

test('build: mistakes are explained by row and column, in Chinese, and nothing is written', async () => {
  const out = join(tempDir(), 'feed.json');
  const r = await cli(['build', '--meta', fixture('meta.json'), '--tasks', fixture('tasks-errors.csv'), '-o', out]);
  assert.equal(r.code, 1);
  assert.equal(existsSync(out), false, 'no feed is written when there are errors');
  const lines = r.stdout.split('\n');
  const dateLine = lines.find((l) => l.includes('2024/9/31'));
  assert.ok(dateLine, r.stdout);
  assert.match(dateLine, /第 2 行/);
  assert.match(dateLine, /G 列（截止日期）/);
  assert.doesNotMatch(dateLine, /\/tasks\/0\/due/, 'a cell is named by its row and column, not by a pointer counting from 0');
  assert.match(dateLine, /不是有效日期/);
  const statusLine = lines.find((l) => l.includes('“进行”'));
  assert.ok(statusLine, r.stdout);
  assert.match(statusLine, /第 3 行，E 列（状态）/);
  assert.match(statusLine, /未开始、进行中、已完成、滞后/);
  assert.equal(lines.filter((l) => l.includes('第 3 行，E 列')).length, 1, 'one problem per cell, not a second from the validator');
  const spaceLine = lines.find((l) => l.includes('首尾有空格'));
  assert.ok(spaceLine, r.stdout);
  assert.match(spaceLine, /^警告/);
  assert.match(spaceLine, /第 2 行，H 列（牵头单位）/);
  assert.match(r.stdout, /共 2 个错误，1 个警告。/);
  assert.match(r.stdout, /未生成文件/);
});

test('build: a trailing space in a department name is a warning; the name is trimmed', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'tasks.csv'), '任务编号,任务名称,状态,牵头单位\nt1,任务一,进行中,区农业农村局 、区商务局\n');
  copyFileSync(fixture('meta.json'), join(dir, 'meta.json'));
  const out = join(dir, 'feed.json');
  const r = await cli(['build', dir, '-o', out, '--json']);
  assert.equal(r.code, 0, r.stdout);
  const report = JSON.parse(r.stdout);
  const warning = report.problems.find((p: any) => p.code === 'extra-space');
  assert.equal(warning.severity, 'warning');
  assert.equal(warning.row, 2);
  assert.equal(warning.column, 'D');
  assert.equal(warning.path, '/tasks/0/owners/0');
  assert.deepEqual(readJson(out).tasks[0].owners, ['区农业农村局', '区商务局']);
});

test('build: a missing required column is an error naming the column and the sheet', async () => {
  const r = await cli(['build', '--tasks', fixture('tasks-no-status.csv'), '--json']);
  assert.equal(r.code, 1);
  const report = JSON.parse(r.stderr);
  const missing = report.problems.find((p: any) => p.code === 'missing-column');
  assert.ok(missing, r.stderr);
  assert.equal(missing.severity, 'error');
  assert.match(missing.message['zh-Hans'], /缺少必填列“状态”/);
  assert.match(missing.message.en, /"status"/);
  assert.equal(missing.row, 1);
});

test('build: GB18030 CSV (what Excel on Chinese Windows saves) is detected and read', async () => {
  const dir = tempDir();
  const text = readFileSync(fixture('tasks.csv'), 'utf8');
  const bytes = iconv.encode(text, 'gb18030');
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the fixture bytes are not UTF-8');
  writeFileSync(join(dir, 'tasks.csv'), bytes);
  const r = await cli(['build', '--meta', fixture('meta.json'), '--tasks', join(dir, 'tasks.csv'), '--lang', 'en']);
  assert.equal(r.code, 0, r.stderr);
  const feed = JSON.parse(r.stdout) as Feed;
  assert.equal(feed.tasks[0].title, '压实粮食安全责任制');
  assert.equal(feed.tasks[3].status, 'delayed', '滞后 read from GB18030 bytes');
});

test('build: UTF-8 with BOM and tab-separated text are read too', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'tasks.csv'), '\uFEFF任务编号\t任务名称\t状态\nt1\t任务一\t已完成\n');
  const r = await cli(['build', '--meta', fixture('meta.json'), '--tasks', join(dir, 'tasks.csv')]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).tasks[0].status, 'completed');
});

test('build: an .xlsx with a title row and merged header cells', async () => {
  const dir = tempDir();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('任务');
  ws.getCell('A1').value = '某区2024年重点任务进展情况表';
  ws.mergeCells('A1:F1');
  // 任务编号 and 任务名称 span rows 2–3; 进展情况 spans B–D over 状态 / 进度 / 截止日期.
  ws.getCell('A2').value = '任务编号';
  ws.mergeCells('A2:A3');
  ws.getCell('B2').value = '进展情况';
  ws.mergeCells('B2:D2');
  ws.getCell('B3').value = '状态';
  ws.getCell('C3').value = '进度';
  ws.getCell('D3').value = '截止日期';
  ws.getCell('E2').value = '任务名称';
  ws.mergeCells('E2:E3');
  ws.getCell('F2').value = '牵头单位';
  ws.mergeCells('F2:F3');
  ws.addRow(['t1', '进行中', 0.75, new Date(Date.UTC(2024, 8, 30)), '压实粮食安全责任制', '区农业农村局']);
  ws.getCell('C4').numFmt = '0%';
  ws.addRow(['t2', '已完成', 100, '2024年9月31日', '抓好菜篮子', '区商务局']);
  const meta = wb.addWorksheet('基本信息');
  meta.addRow(['项目', '内容', '内容（英文）']);
  meta.addRow(['标题', '测试方案', 'Test plan']);
  meta.addRow(['示例数据', '是']);
  meta.addRow(['发布单位', '测试单位']);
  meta.addRow(['更新时间', '2024/9/30 17:00']);
  const file = join(dir, 'plan.xlsx');
  await wb.xlsx.writeFile(file);

  const r = await cli(['build', file, '--json', '-o', join(dir, 'feed.json')]);
  assert.equal(r.code, 1, 'the impossible date is an error');
  const report = JSON.parse(r.stdout);
  const bad = report.problems.find((p: any) => p.code === 'bad-date');
  assert.deepEqual(
    { sheet: bad.sheet, row: bad.row, column: bad.column, header: bad.header, path: bad.path },
    { sheet: '任务', row: 5, column: 'D', header: '截止日期', path: '/tasks/1/due' },
  );
  assert.equal(report.problems.filter((p: any) => p.code === 'duplicate-column').length, 0, 'merged headers are not duplicates');

  ws.getCell('D5').value = '2024年9月30日';
  await wb.xlsx.writeFile(file);
  const ok = await cli(['build', file, '-o', join(dir, 'feed.json')]);
  assert.equal(ok.code, 0, ok.stdout);
  const feed = readJson(join(dir, 'feed.json')) as Feed;
  assert.deepEqual(
    feed.tasks.map((t) => [t.id, t.title, t.status, t.progress, t.due, t.owners]),
    [
      ['t1', '压实粮食安全责任制', 'in-progress', 75, '2024-09-30', ['区农业农村局']],
      ['t2', '抓好菜篮子', 'completed', 100, '2024-09-30', ['区商务局']],
    ],
  );
  assert.deepEqual(feed.title, { 'zh-Hans': '测试方案', en: 'Test plan' });
  assert.equal(feed.sample, true);
  assert.equal(feed.updated, '2024-09-30T17:00:00+08:00');
});

test('round trip: the Miyun feed exported to the templates and built back is the same feed', async () => {
  const dir = tempDir();
  const original = validate(readFileSync(MIYUN, 'utf8'));
  assert.deepEqual(original.problems, []);

  const exp = await cli(['export', MIYUN, '-o', dir]);
  assert.equal(exp.code, 0, exp.stderr);
  for (const name of ['meta.json', 'tasks.csv', 'milestones.csv', 'updates.csv', 'links.csv', 'indicators.csv', 'history.csv', 'events.csv', 'civic-feed.xlsx']) {
    assert.ok(existsSync(join(dir, name)), name);
  }
  assert.match(readFileSync(join(dir, 'tasks.csv'), 'utf8'), /^\uFEFF任务编号,/, 'CSV has a BOM and Chinese headers');
  assert.match(readFileSync(join(dir, 'tasks.csv'), 'utf8'), /,进行中,/, 'statuses written as Chinese words');
  const updatesCsv = readFileSync(join(dir, 'updates.csv'), 'utf8');
  assert.match(updatesCsv, /^\uFEFF任务编号,日期,进展情况,进展情况（英文）,完成率\r\n/, 'the updates sheet a clerk can read');
  assert.equal(updatesCsv.trim().split(/\r\n/).length, 2 + 62, 'one row per update');
  const eventsCsv = readFileSync(join(dir, 'events.csv'), 'utf8');
  for (const rule of ['每年农历正月十五', '每年秋分', 'FREQ=YEARLY;BYMONTH=10;BYDAY=3SU']) assert.ok(eventsCsv.includes(rule), rule);

  const fromCsv = await cli(['build', dir]);
  assert.equal(fromCsv.code, 0, fromCsv.stderr);
  assert.deepEqual(JSON.parse(fromCsv.stdout), original.feed, 'CSV round trip');
  const back = JSON.parse(fromCsv.stdout) as NonNullable<typeof original.feed>;
  assert.equal(back.tasks.reduce((n, t) => n + (t.updates?.length ?? 0), 0), 62, 'every update came back');
  assert.deepEqual(back.events.filter((e) => e.recurrence).map((e) => e.recurrence), original.feed!.events.filter((e) => e.recurrence).map((e) => e.recurrence));
  assert.equal(back.events.filter((e) => e.recurrence).length, 4);

  const fromXlsx = await cli(['build', join(dir, 'civic-feed.xlsx')]);
  assert.equal(fromXlsx.code, 0, fromXlsx.stderr);
  assert.deepEqual(JSON.parse(fromXlsx.stdout), original.feed, 'xlsx round trip');

  // And the exported CSVs re-saved as GB18030 by Excel still round-trip.
  const gbDir = tempDir();
  for (const name of ['meta.json', 'sections.csv', 'tasks.csv', 'milestones.csv', 'updates.csv', 'links.csv', 'indicators.csv', 'history.csv', 'categories.csv', 'events.csv']) {
    if (name.endsWith('.json')) copyFileSync(join(dir, name), join(gbDir, name));
    else writeFileSync(join(gbDir, name), iconv.encode(readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, ''), 'gb18030'));
  }
  const fromGb = await cli(['build', gbDir]);
  assert.equal(fromGb.code, 0, fromGb.stderr);
  assert.deepEqual(JSON.parse(fromGb.stdout), original.feed, 'GB18030 round trip');
});

test('template: blank templates with both header languages and two example rows build into a valid feed', async () => {
  const dir = tempDir();
  const r = await cli(['template', '-o', dir]);
  assert.equal(r.code, 0, r.stderr);
  const tasks = readFileSync(join(dir, 'tasks.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
  assert.equal(tasks.length, 4, 'Chinese header, English header, two examples');
  assert.match(tasks[0], /^任务编号,所属部分,序号,任务名称,/);
  assert.match(tasks[1], /^id,section,number,title,/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, 'civic-feed.xlsx'));
  const names = wb.worksheets.map((w) => w.name);
  assert.ok(names.includes('说明 notes'), names.join());
  assert.ok(names.includes('任务 tasks'), names.join());
  const notes = wb.getWorksheet('说明 notes')!;
  let explained = false;
  notes.eachRow((row) => {
    if (row.getCell(2).value === '截止日期' && row.getCell(3).value === 'due') explained = true;
  });
  assert.ok(explained, 'the notes sheet pairs each Chinese header with its English one');
  const status = wb.getWorksheet('任务 tasks')!.getCell('J40').dataValidation;
  assert.deepEqual(status?.formulae, ['"未开始,进行中,已完成,滞后"'], 'the status column offers a drop-down of the four words');

  const built = await cli(['build', dir]);
  assert.equal(built.code, 0, built.stderr);
  assert.equal(JSON.parse(built.stdout).tasks.length, 2);
  assert.match(built.stderr, /已读取 CSV，未读取 civic-feed\.xlsx/, 'says which of the two forms in the folder it read');
  const book = await cli(['build', join(dir, 'civic-feed.xlsx')]);
  assert.equal(book.code, 0, book.stderr);
  assert.deepEqual(JSON.parse(book.stdout), JSON.parse(built.stdout), 'the workbook and the CSVs hold the same example');

  const again = await cli(['template', '-o', dir]);
  assert.equal(again.code, 2, 'does not overwrite without --force');
  assert.match(again.stderr, /--force/);
  assert.equal((await cli(['template', '-o', dir, '--force'])).code, 0);
});

test('build: rows of child sheets that name no known task are reported by cell', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'tasks.csv'), 'id,title,status\nt1,Task one,completed\n');
  copyFileSync(fixture('meta.json'), join(dir, 'meta.json'));
  writeFileSync(join(dir, 'milestones.csv'), 'task,title,due,done\nt1,First,2024/3/1,是\nt9,Lost,2024/3/2,否\n');
  const r = await cli(['build', dir, '--lang', 'en']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /milestones\.csv, row 3, column A \(task\).*"t9"/);
});

test('build: the meta sheet may be a CSV of settings with Chinese names', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'meta.csv'), '项目,内容,内容（英文）\n标题,测试方案,Test plan\n发布单位,测试单位\n时区,Asia/Shanghai\n示例数据,否\n更新时间,2024年9月30日 17:00\n备注,随便\n');
  const r = await cli(['build', '--meta', join(dir, 'meta.csv'), '--tasks', fixture('tasks.csv'), '--json', '-o', join(dir, 'feed.json')]);
  assert.equal(r.code, 0, r.stdout);
  const feed = readJson(join(dir, 'feed.json')) as Feed;
  assert.deepEqual(feed.title, { 'zh-Hans': '测试方案', en: 'Test plan' });
  assert.equal(feed.sample, false);
  assert.equal(feed.updated, '2024-09-30T17:00:00+08:00');
  const unknown = JSON.parse(r.stdout).problems.find((p: any) => p.code === 'unknown-meta-key');
  assert.equal(unknown.row, 7, 'the unknown setting is reported at its row');
});

test('build: exit code 2 when an input cannot be read', async () => {
  const dir = tempDir();
  const missing = await cli(['build', '--tasks', join(dir, 'nope.csv'), '--lang', 'en']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /Could not read .*nope\.csv: no such file/);
  assert.equal((await cli(['build'])).code, 2, 'nothing to build from');
  writeFileSync(join(dir, 'book.xlsx'), 'not a workbook');
  assert.equal((await cli(['build', join(dir, 'book.xlsx')])).code, 2);
  writeFileSync(join(dir, 'meta.json'), '{ not json');
  assert.equal((await cli(['build', '--meta', join(dir, 'meta.json'), '--tasks', fixture('tasks.csv')])).code, 2);
});

test('build: a workbook whose sheet is still called Sheet1 is read by its headers', async () => {
  const dir = tempDir();
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1').addRows([
    ['某区2024年重点任务'],
    ['填报单位：某区农业农村局'],
    ['任务编号', '任务名称', '状态', '截止日期'],
    ['t1', '任务一', '已完成', '2024年9月30日'],
  ]);
  wb.addWorksheet('Sheet2').addRows([['随便写点什么']]);
  wb.addWorksheet('Sheet3');
  const file = join(dir, 'book.xlsx');
  await wb.xlsx.writeFile(file);
  const r = await cli(['build', file, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const feed = JSON.parse(r.stdout) as Feed;
  assert.deepEqual(feed.tasks.map((t) => [t.id, t.status, t.due]), [['t1', 'completed', '2024-09-30']]);
  // (the report went to stderr because the feed went to stdout)
  const report = JSON.parse(r.stderr);
  assert.deepEqual(report.problems.filter((p: any) => p.severity !== 'note').map((p: any) => [p.code, p.sheet]), [['unknown-sheet', 'Sheet2']], 'an empty sheet is not worth a warning');
});
