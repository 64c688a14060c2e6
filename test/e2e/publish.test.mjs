/**
 * The publisher workbench (dist/self-host/publish.html): a bureau's ledger, as it keeps it, set on the file
 * input is read in the browser (a worker), the page shows how each column was understood, asks
 * about an ambiguous header, lists the notes by sheet, Excel row and column letter with the cell
 * quoted, previews the widgets, and the downloaded feed holds the ledger's tasks. A file that is
 * not a workbook gets the reader's message and the page stays responsive. Axe finds nothing.
 * Nothing is requested from anywhere but the page's own server.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { withBrowserAndServer, widgetsSettled } from './support.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const env = withBrowserAndServer({ pages: { '/__axe.min.js': { body: axeSource, headers: { 'content-type': 'text/javascript' } } } });
const WIDGETS = ['civic-feed-summary', 'civic-task-list', 'civic-indicator-board', 'civic-event-calendar'];

/** The bureau's ledger: title row, 填报 row, header (with 时间, which could mean two fields), merged section rows, a task over two rows. */
async function bureauLedger() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('2024年台账');
  ws.addRows([
    ['密云区2024年乡村振兴重点任务台账'],
    ['填报单位：密云区农业农村局  填报日期：2024年9月30日'],
    ['序号', '重点任务', '具体内容', '牵头单位', '配合单位', '时间', '进展情况', '完成率'],
    ['一、严格落实粮食安全党政同责，不断夯实农业生产基础'],
    [1, '压实粮食安全责任制', '全区粮食平均单产达到378公斤以上', '区农业农村局', '各镇', '年底前', '已完成春播粮食作物12.3万亩，秋粮长势良好', 0.85],
    [2, '抓好“菜篮子”生产供给', '蔬菜年产量稳定在19万吨以上', '区农业农村局、区商务局', '各镇', '2024年12月底', '蔬菜产量14.2万吨', 0.75],
    [null, null, '建设一批现代化设施农业园区', null, null, null, '完成2个园区建设', null],
    ['二、建设宜居宜业和美乡村'],
    [3, '改造农村户厕', '年内完成1000户农村户厕改造', '区农业农村局', '区卫生健康委', '6月30日前', '已全部完成', 1],
    [4, '建设美丽庭院', '创建美丽庭院示范户', '区妇联', '', '2024.6', '尚未启动', 0],
  ]);
  for (const m of ['A1:H1', 'A2:H2', 'A4:H4', 'A6:A7', 'B6:B7', 'D6:D7', 'F6:F7', 'H6:H7', 'A8:H8']) ws.mergeCells(m);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** What the ledger means, cell by cell (written by hand): 进展情况 is each task's update, dated 填报日期. */
const EXPECTED_TASKS = [
  { id: '1', section: 's1', number: 1, title: '压实粮食安全责任制', summary: '全区粮食平均单产达到378公斤以上', owners: ['区农业农村局'], status: 'in-progress', progress: 85, due: '2024-12-31', updates: [{ date: '2024-09-30', text: '已完成春播粮食作物12.3万亩，秋粮长势良好', progress: 85 }] },
  { id: '2', section: 's1', number: 2, title: '抓好“菜篮子”生产供给', summary: '蔬菜年产量稳定在19万吨以上\n建设一批现代化设施农业园区', owners: ['区农业农村局', '区商务局'], status: 'in-progress', progress: 75, due: '2024-12-31', updates: [{ date: '2024-09-30', text: '蔬菜产量14.2万吨\n完成2个园区建设', progress: 75 }] },
  { id: '3', section: 's2', number: 3, title: '改造农村户厕', summary: '年内完成1000户农村户厕改造', owners: ['区农业农村局'], status: 'completed', progress: 100, due: '2024-06-30', updates: [{ date: '2024-09-30', text: '已全部完成', progress: 100 }] },
  { id: '4', section: 's2', number: 4, title: '建设美丽庭院', summary: '创建美丽庭院示范户', owners: ['区妇联'], status: 'not-started', progress: 0, due: '2024-06-30', updates: [{ date: '2024-09-30', text: '尚未启动', progress: 0 }] },
];

async function openWorkbench(lang) {
  assert.ok(existsSync('dist/self-host/publish.html'), 'dist/self-host/publish.html is missing: run node scripts/build.mjs first');
  const context = await env.browser.newContext({ locale: lang, viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  const foreign = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(env.server.origin) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await page.goto(`${env.server.origin}/publish.html`);
  return { context, page, errors, foreign };
}

const problemItems = (page) =>
  page.$$eval('#problems li.problem', (items) =>
    items.map((li) => ({
      severity: li.querySelector('.severity').textContent.trim(),
      where: li.querySelector('.where')?.textContent.trim() ?? '',
      text: li.querySelector('.text').textContent.trim(),
      cell: li.querySelector('.cell q')?.textContent ?? '',
      code: li.dataset.code,
    })),
  );

test('a bureau ledger, as it is: columns, a question about 时间, the notes by row and column, the preview, the feed', { timeout: 120_000 }, async () => {
  const { context, page, errors, foreign } = await openWorkbench('zh-CN');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  await page.setInputFiles('#ledger-file', { name: '重点任务台账.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await bureauLedger() });
  await page.getByRole('status').filter({ hasText: '已读取 重点任务台账.xlsx' }).waitFor({ timeout: 30_000 });

  // How each column was understood, with the header as written.
  const rows = await page.$$eval('#columns tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.replace(/\s+/g, ' ').trim())));
  const byLetter = Object.fromEntries(rows.map((r) => [r[0].split(' ')[0], [r[0].split(' ')[0], r[0].split(' ').slice(1).join(' '), r[1]]]));
  assert.equal(await page.locator('#columns h3').textContent(), '工作表“2024年台账”（表头在第 3 行）');
  assert.deepEqual(byLetter.A, ['A', '序号', '序号']);
  assert.deepEqual(byLetter.B, ['B', '重点任务', '任务名称']);
  assert.deepEqual(byLetter.G.slice(0, 2), ['G', '进展情况']);
  assert.equal(byLetter.H[1], '完成率');
  assert.match(byLetter.F[2], /含义不明确/);

  // 时间 could be the due date or the update time: the page asks, the error says so.
  let problems = await problemItems(page);
  const ambiguous = problems.find((p) => p.code === 'ambiguous-column');
  assert.ok(ambiguous, JSON.stringify(problems));
  assert.match(ambiguous.severity, /错误/);
  assert.match(ambiguous.where, /工作表“2024年台账” 第 3 行 F 列/);
  assert.equal(await page.locator('#downloads a').count(), 0);

  // Choose from the keyboard: the label names the column.
  const select = page.getByLabel('“时间”列的含义');
  await select.focus();
  await select.selectOption({ label: '截止日期' }).catch(() => select.selectOption('due'));
  await page.getByRole('status').filter({ hasText: '0 个错误' }).waitFor({ timeout: 30_000 });
  problems = await problemItems(page);
  assert.deepEqual(problems.filter((p) => /错误/.test(p.severity)), []);

  // Notes by sheet, Excel row number and column letter, quoting the cell as the clerk sees it.
  const yearEnd = problems.find((p) => p.cell === '年底前');
  assert.ok(yearEnd, JSON.stringify(problems));
  assert.match(yearEnd.severity, /说明/);
  assert.equal(yearEnd.where, '工作表“2024年台账” 第 5 行 F 列（时间）');
  assert.match(yearEnd.text, /2024-12-31/);
  assert.ok(problems.some((p) => p.cell === '2024.6' && p.where.includes('第 10 行 F 列')));
  assert.ok(problems.some((p) => p.code === 'fractions-read' && p.where.includes('H 列')));
  // A merged section heading is quoted where the clerk sees it: never a task row's cell.
  assert.ok(!problems.some((p) => p.cell.startsWith('一、') && !/第 4 行/.test(p.where)));

  // The live preview: the four widgets show the tasks.
  await widgetsSettled(page, WIDGETS);
  const listText = await page.$eval('civic-task-list', (el) => el.shadowRoot.textContent);
  assert.match(listText, /压实粮食安全责任制/);
  assert.match(listText, /建设美丽庭院/);

  // Axe: nothing on the page with a result shown.
  await page.addScriptTag({ url: '/__axe.min.js' });
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
  assert.deepEqual(violations, []);

  // The feed, downloaded: the ledger's tasks, sections, title and publisher.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#downloads a[data-kind=feed]').click()]);
  assert.equal(download.suggestedFilename(), '重点任务台账.json');
  const feed = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(feed.tasks, EXPECTED_TASKS);
  assert.equal(feed.title, '密云区2024年乡村振兴重点任务台账');
  assert.deepEqual(feed.publisher, { name: '密云区农业农村局' });
  assert.deepEqual(feed.sections.map((s) => [s.id, s.number, s.title]), [
    ['s1', '一', '严格落实粮食安全党政同责，不断夯实农业生产基础'],
    ['s2', '二', '建设宜居宜业和美乡村'],
  ]);
  // The static page downloads too; no events, so no calendar.
  const [page2] = await Promise.all([page.waitForEvent('download'), page.locator('#downloads a[data-kind=html]').click()]);
  assert.match(readFileSync(await page2.path(), 'utf8'), /压实粮食安全责任制/);
  assert.equal(await page.locator('#downloads a[data-kind=ics]').count(), 0);

  // English: the page and the problems in one language.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('status').filter({ hasText: 'Read 重点任务台账.xlsx: 0 errors' }).waitFor({ timeout: 30_000 });
  assert.equal(await page.locator('h1').textContent(), 'Ledger workbench');
  const en = await problemItems(page);
  const yearEndEn = en.find((p) => p.cell === '年底前');
  assert.equal(yearEndEn.where, 'sheet “2024年台账”, row 5, column F (时间)');
  assert.match(yearEndEn.severity, /Note/);

  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('a file that is not a workbook: the reader’s message, and the page stays responsive', { timeout: 60_000 }, async () => {
  const { context, page, errors } = await openWorkbench('zh-CN');
  await page.setInputFiles('#ledger-file', { name: '台账.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('这不是工作簿 '.repeat(1000)) });
  const status = page.getByRole('status');
  await status.filter({ hasText: '无法读取' }).waitFor({ timeout: 15_000 });
  assert.match(await status.textContent(), /不是可读取的 Excel 工作簿（\.xlsx）.*另存为/);
  const items = await problemItems(page);
  assert.equal(items.length, 1);
  assert.match(items[0].severity, /错误/);
  // Responsive: a click is handled at once.
  const started = Date.now();
  await page.getByRole('button', { name: 'English' }).click({ timeout: 2000 });
  await page.locator('h1', { hasText: 'Ledger workbench' }).waitFor({ timeout: 2000 });
  assert.ok(Date.now() - started < 2000);
  await status.filter({ hasText: 'could not be read' }).waitFor({ timeout: 15_000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the same ledger saved as CSV in GB18030 (as Excel on a Chinese PC saves it): read as it is, the feed the same', { timeout: 60_000 }, async () => {
  const { context, page, errors } = await openWorkbench('zh-CN');
  const rows = [
    ['密云区2024年乡村振兴重点任务台账'],
    ['填报单位：密云区农业农村局  填报日期：2024年9月30日'],
    ['序号', '重点任务', '具体内容', '牵头单位', '配合单位', '完成时限', '进展情况', '完成率'],
    ['一、严格落实粮食安全党政同责，不断夯实农业生产基础'],
    [1, '压实粮食安全责任制', '全区粮食平均单产达到378公斤以上', '区农业农村局', '各镇', '年底前', '已完成春播粮食作物12.3万亩，秋粮长势良好', '85%'],
    [2, '抓好“菜篮子”生产供给', '蔬菜年产量稳定在19万吨以上', '区农业农村局、区商务局', '各镇', '2024年12月底', '蔬菜产量14.2万吨', '75%'],
    ['', '', '建设一批现代化设施农业园区', '', '', '', '完成2个园区建设', ''],
    ['二、建设宜居宜业和美乡村'],
    [3, '改造农村户厕', '年内完成1000户农村户厕改造', '区农业农村局', '区卫生健康委', '6月30日前', '已全部完成', '100%'],
    [4, '建设美丽庭院', '创建美丽庭院示范户', '区妇联', '', '2024.6', '尚未启动', '0%'],
  ];
  // The file input is reached from the keyboard (visually hidden, its label drawn as the button, outlined on focus).
  await page.getByRole('button', { name: 'English' }).focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'ledger-file');
  assert.notEqual(await page.$eval('label[for=ledger-file]', (l) => getComputedStyle(l).outlineStyle), 'none');
  const text = rows.map((r) => Array.from({ length: 8 }, (_, i) => String(r[i] ?? '')).join(',')).join('\r\n') + '\r\n';
  await page.setInputFiles('#ledger-file', { name: '台账.csv', mimeType: 'text/csv', buffer: iconv.encode(text, 'gb18030') });
  await page.getByRole('status').filter({ hasText: '已读取 台账.csv：0 个错误' }).waitFor({ timeout: 30_000 });
  assert.equal(await page.locator('#columns h3').textContent(), '文件 台账.csv（表头在第 3 行）');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#downloads a[data-kind=feed]').click()]);
  const feed = JSON.parse(readFileSync(await download.path(), 'utf8'));
  // The CSV save keeps no merges: task 2's second row is read as its continuation all the same.
  assert.deepEqual(feed.tasks, EXPECTED_TASKS);
  assert.deepEqual(errors, []);
  await context.close();
});
