/**
 * Nothing silently misread, and hostile files answered quickly: each case here was read wrongly
 * (or hung, or passed with exit 0) before the ledger reader.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { cli, fixture, readJson, tempDir } from './helpers.js';

const META = ['--meta', fixture('meta.json')];

async function book(rows: unknown[][], file: string, setup?: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('任务');
  ws.addRows(rows);
  setup?.(ws);
  await wb.xlsx.writeFile(file);
}

/** A zip of stored (uncompressed) entries; `lie` overrides the declared unpacked sizes. */
function zip(entries: [string, string][], lie?: number): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text);
    const n = Buffer.from(name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt32LE(crc32(data), 14);
    h.writeUInt32LE(data.length, 18);
    h.writeUInt32LE(lie ?? data.length, 22);
    h.writeUInt16LE(n.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt32LE(crc32(data), 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(lie ?? data.length, 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(offset, 42);
    locals.push(h, n, data);
    central.push(c, n);
    offset += 30 + n.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

test('a progress column of fractions (0.85 in a General cell) is read as 85 %, with a note', async () => {
  const dir = tempDir();
  const file = join(dir, 'plan.xlsx');
  await book([['任务编号', '任务名称', '状态', '进度'], ['t1', '任务一', '进行中', 0.85], ['t2', '任务二', '进行中', 0.5]], file);
  const r = await cli(['build', file, ...META, '-o', join(dir, 'feed.json')]);
  assert.equal(r.code, 0, r.stdout);
  assert.deepEqual(readJson(join(dir, 'feed.json')).tasks.map((t: any) => t.progress), [85, 50]);
  assert.match(r.stdout, /按小数读取（0\.85 即 85%）/);
});

test('fractions mixed with percentages are an error naming the cells', async () => {
  const dir = tempDir();
  const file = join(dir, 'plan.xlsx');
  await book([['任务编号', '任务名称', '状态', '进度'], ['t1', '任务一', '进行中', 0.85], ['t2', '任务二', '进行中', 60]], file);
  const r = await cli(['build', file, ...META, '-o', join(dir, 'feed.json')]);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /既有小数（D2）又有百分数/);
  assert.equal(existsSync(join(dir, 'feed.json')), false);
});

test('a year typed as 2025 is the end of 2025 with a warning, never 1905-07-17', async () => {
  const dir = tempDir();
  const file = join(dir, 'plan.xlsx');
  await book([['任务编号', '任务名称', '状态', '截止日期'], ['t1', '任务一', '进行中', 2025]], file);
  const r = await cli(['build', file, ...META, '-o', join(dir, 'feed.json')]);
  assert.equal(r.code, 0, r.stdout);
  assert.equal(readJson(join(dir, 'feed.json')).tasks[0].due, '2025-12-31');
  assert.match(r.stdout, /^警告.*只写了年份 2025/m);
});

test('a folder whose task file is the raw ledger is read as a ledger; a task file with no task is an error', async () => {
  const dir = tempDir();
  writeFileSync(
    join(dir, 'tasks.csv'),
    '\uFEFF密云区2024年乡村振兴重点任务台账\n填报单位：密云区农业农村局  填报日期：2024年9月30日\n序号,重点任务,具体内容,牵头单位,配合单位,完成时限,进展情况,完成率\n一、严格落实粮食安全党政同责\n1,压实粮食安全责任制,单产378公斤以上,区农业农村局,各镇,年底前,已完成春播,85%\n',
  );
  const r = await cli(['validate', dir, '--json']);
  const report = JSON.parse(r.stdout);
  assert.equal(report.errors, 0, r.stdout);
  const built = await cli(['build', dir]);
  assert.equal(built.code, 0, built.stderr);
  assert.equal(JSON.parse(built.stdout).tasks.length, 1);
  writeFileSync(join(dir, 'tasks.csv'), '序号,重点任务,完成率\n');
  const empty = await cli(['validate', dir]);
  assert.equal(empty.code, 1);
  assert.match(empty.stdout, /未从工作表“tasks\.csv”读到任何任务/);
  assert.doesNotMatch(empty.stdout, /数据源有效/);
});

test('a workbook with no 基本信息 sheet and no title row: no title and no publisher are errors (exit 1)', async () => {
  const dir = tempDir();
  const file = join(dir, 'plan.xlsx');
  await book([['任务编号', '任务名称', '状态'], ['t1', '任务一', '进行中']], file);
  const r = await cli(['build', file, '-o', join(dir, 'feed.json')]);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /数据源没有标题/);
  assert.match(r.stdout, /数据源没有发布单位/);
  assert.equal(existsSync(join(dir, 'feed.json')), false);
});

test('.xls and .et files get one message saying how to save as .xlsx in Excel and in WPS', async () => {
  const dir = tempDir();
  const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]);
  const messages = [];
  for (const name of ['plan.xls', 'plan.et']) {
    writeFileSync(join(dir, name), ole);
    const r = await cli(['validate', join(dir, name)]);
    assert.equal(r.code, 2);
    messages.push(r.stderr.replace(/plan\.(xls|et)/g, 'plan'));
    assert.match(r.stderr, /Excel 中选“文件 → 另存为”.*WPS 中选“文件 → 另存为”/);
  }
  assert.equal(messages[0], messages[1]);
  // An .xls renamed .xlsx is told apart by its bytes.
  writeFileSync(join(dir, 'renamed.xlsx'), ole);
  assert.match((await cli(['build', join(dir, 'renamed.xlsx')])).stderr, /旧版 \.xls 或 WPS \.et 格式/);
});

test('hostile files: each gets a clear message within seconds, and nothing is written', async () => {
  const dir = tempDir();
  const out = join(dir, 'feed.json');
  const cases: [string, Uint8Array, RegExp][] = [
    ['not-a-book.xlsx', new TextEncoder().encode('hello, this is text'), /不是可读取的 Excel 工作簿/],
    ['password.xlsx', new Uint8Array(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64), Buffer.from('EncryptedPackage', 'utf16le')])), /设置了打开密码/],
    ['bomb.xlsx', zip([['xl/workbook.xml', '<workbook/>'], ['xl/worksheets/sheet1.xml', '<x/>']], 0xfffffff0), /解压后超过 200 MB/],
    [
      'rows.xlsx',
      zip([['xl/workbook.xml', '<workbook><sheets><sheet name="台账"/></sheets></workbook>'], ['xl/worksheets/sheet1.xml', '<worksheet><sheetData>' + '<row r="1"><c><v>1</v></c></row>'.repeat(100_000) + '</sheetData></worksheet>']]),
      /工作表“台账”有 10,000\+ 行，超过可读取的 10000 行/,
    ],
  ];
  for (const [name, bytes, message] of cases) {
    writeFileSync(join(dir, name), bytes);
    const started = Date.now();
    const r = await cli(['build', join(dir, name), ...META, '-o', out]);
    assert.equal(r.code, 2, `${name}: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, message, name);
    assert.ok(Date.now() - started < 5000, `${name} answered in ${Date.now() - started} ms`);
    assert.equal(existsSync(out), false, name);
  }
});

test('a CSV of 100,000 rows is refused within seconds', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'tasks.csv'), '任务编号,任务名称,状态\n' + Array.from({ length: 100_000 }, (_, i) => `t${i},任务${i},进行中`).join('\n'));
  const started = Date.now();
  const r = await cli(['build', ...META, '--tasks', join(dir, 'tasks.csv'), '-o', join(dir, 'feed.json')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /有 10,000\+ 行，超过可读取的 10000 行/);
  assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
  assert.equal(existsSync(join(dir, 'feed.json')), false);
});

test('formulas without saved results are errors at their cell; formulas reading other workbooks are warnings', async () => {
  const dir = tempDir();
  const file = join(dir, 'plan.xlsx');
  await book([['任务编号', '任务名称', '状态', '进度'], ['t1', '任务一', '进行中', null], ['t2', '任务二', '进行中', null]], file, (ws) => {
    ws.getCell('D2').value = { formula: 'SUM(E2:F2)' } as ExcelJS.CellFormulaValue;
    ws.getCell('D3').value = { formula: "'[汇总.xlsx]Sheet1'!A1", result: 40 } as ExcelJS.CellFormulaValue;
  });
  const r = await cli(['build', file, ...META, '--json', '-o', join(dir, 'feed.json')]);
  assert.equal(r.code, 1);
  const report = JSON.parse(r.stdout);
  const formula = report.problems.find((p: any) => p.code === 'formula-no-value');
  assert.deepEqual([formula.row, formula.column, formula.cell], [2, 'D', '=SUM(E2:F2)']);
  const external = report.problems.find((p: any) => p.code === 'external-link');
  assert.deepEqual([external.severity, external.row], ['warning', 3]);
});

test('messages: one language per run, no English fragments in Chinese ones, rows as the spreadsheet shows them', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'tasks.csv'), '任务编号,任务名称,状态\nt1,,进行中\n');
  const zh = await cli(['build', ...META, '--tasks', join(dir, 'tasks.csv')]);
  assert.equal(zh.code, 1);
  const line = zh.stderr.split('\n').find((l) => l.includes('第 2 行'))!;
  assert.match(line, /“任务名称”为空/);
  assert.doesNotMatch(line.replace(/\S*tasks\.csv/, ''), /[A-Za-z]{2,}/, 'no English words in the Chinese message');
  assert.doesNotMatch(zh.stderr, /已略去/, 'the build stopped: nothing was "left out"');
  const en = await cli(['build', ...META, '--tasks', join(dir, 'tasks.csv'), '--lang', 'en']);
  assert.match(en.stderr, /row 2, column B \(任务名称\).*cell is empty/);
  assert.doesNotMatch(en.stderr.replace(/（[^）]*）|\([^)]*\)|“[^”]*”/g, ''), /错误|警告|为空/);
});

test('an ambiguous header is asked about, not guessed; --column answers it', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'tasks.csv'), '任务编号,任务名称,状态,时间\nt1,任务一,进行中,2024/9/30\n');
  const r = await cli(['build', ...META, '--tasks', join(dir, 'tasks.csv')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /列“时间”可能是“截止日期”或“更新时间”/);
  const chosen = await cli(['build', ...META, '--tasks', join(dir, 'tasks.csv'), '--column', '时间=due']);
  assert.equal(chosen.code, 0, chosen.stderr);
  assert.equal(JSON.parse(chosen.stdout).tasks[0].due, '2024-09-30');
});

test('the shared module has no Node built-ins (the workbench runs it in a browser)', () => {
  for (const f of ['ledger', 'build', 'build-rows', 'layout', 'ledger-rules', 'placing', 'sheets', 'zip', 'written', 'values', 'columns', 'messages', 'report']) {
    const src = readFileSync(join(import.meta.dirname, `../../src/cli/${f}.ts`), 'utf8');
    assert.doesNotMatch(src, /from 'node:|\bprocess\.|\bBuffer\.(from|alloc)|require\(/, f);
  }
  mkdirSync(tempDir(), { recursive: true });
});
