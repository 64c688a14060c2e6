import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { cli, fixture, MIYUN, ROOT, spawnCli, tempDir } from './helpers.js';

const miyun = () => JSON.parse(readFileSync(MIYUN, 'utf8'));

test('validate: the Miyun feed is valid (exit 0), messages in Chinese by default', async () => {
  const r = await cli(['validate', MIYUN]);
  assert.equal(r.code, 0);
  assert.equal(r.stdout.trim(), '数据源有效。');
});

test('validate: the message language follows --lang, then LC_ALL/LANG, Chinese when unknown', async () => {
  const dir = tempDir();
  const feed = miyun();
  feed.tasks[0].due = '2024-02-30';
  const file = join(dir, 'feed.json');
  writeFileSync(file, JSON.stringify(feed));
  const zh = await cli(['validate', file]);
  const en = await cli(['validate', file, '--lang', 'en']);
  const envEn = await cli(['validate', file], { env: { LANG: 'en_US.UTF-8' } });
  const envC = await cli(['validate', file], { env: { LANG: 'C.UTF-8' } });
  const envZhOverride = await cli(['validate', file, '--lang', 'zh'], { env: { LC_ALL: 'en_GB.UTF-8' } });
  assert.match(zh.stdout, /“2024-02-30”不是有效的日期或时间/);
  assert.match(en.stdout, /"2024-02-30" is not a real date/);
  assert.equal(envEn.stdout, en.stdout);
  assert.equal(envC.stdout, zh.stdout);
  assert.equal(envZhOverride.stdout, zh.stdout);
  assert.match(en.stdout, /\/tasks\/0\/due/);
  assert.match(en.stdout, /0 error\(s\), 1 warning\(s\)\. The feed is valid\./);
  assert.equal(en.code, 0, 'warnings only: exit 0');
});

test('validate --json: problems with pointer, severity, code and both messages', async () => {
  const dir = tempDir();
  const feed = miyun();
  feed.tasks[1].status = 'ongoing';
  delete feed.tasks[2].title;
  const file = join(dir, 'feed.json');
  writeFileSync(file, JSON.stringify(feed));
  const r = await cli(['validate', file, '--json']);
  assert.equal(r.code, 1);
  const report = JSON.parse(r.stdout);
  assert.equal(report.valid, false);
  assert.equal(report.errors, 1);
  const codes = report.problems.map((p: any) => `${p.severity} ${p.code} ${p.path}`);
  assert.ok(codes.includes('error invalid-item /tasks/2'), codes.join('\n'));
  assert.ok(codes.includes('warning unknown-status /tasks/1/status'), codes.join('\n'));
  for (const p of report.problems) {
    assert.equal(typeof p.message.en, 'string');
    assert.equal(typeof p.message['zh-Hans'], 'string');
  }
});

test('validate: spreadsheets are reported by file, row and column', async () => {
  const r = await cli(['validate', 'test/fixtures/cli/tasks-errors.csv', '--json']);
  assert.equal(r.code, 1);
  const report = JSON.parse(r.stdout);
  const due = report.problems.find((p: any) => p.path === '/tasks/0/due');
  assert.deepEqual(
    { file: due.file, row: due.row, column: due.column, header: due.header, severity: due.severity },
    { file: 'test/fixtures/cli/tasks-errors.csv', row: 2, column: 'G', header: '截止日期', severity: 'error' },
  );
  // A validator problem (not a conversion one) is placed at its cell too.
  const dir = tempDir();
  writeFileSync(join(dir, 'tasks.csv'), '任务编号,任务名称,状态,进度\nt1,任务一,进行中,50\nt1,任务二,已完成,100\n');
  const dup = JSON.parse((await cli(['validate', join(dir, 'tasks.csv'), '--json'])).stdout);
  const d = dup.problems.find((p: any) => p.code === 'duplicate-id');
  assert.equal(d.row, 3);
  assert.equal(d.column, 'A');
});

test('validate: a missing sheet reference list is not reported when that sheet was not given', async () => {
  const r = await cli(['validate', fixture('tasks.csv')]);
  assert.equal(r.code, 0, r.stdout);
  assert.doesNotMatch(r.stdout, /找不到对应/);
  const dir = tempDir();
  writeFileSync(join(dir, 'tasks.csv'), '任务编号,所属部分,任务名称,状态\nt1,s9,任务一,进行中\n');
  const withSections = await cli(['validate', dir.replace(/$/, ''), '--json'], {});
  assert.equal(withSections.code, 0);
  assert.equal(JSON.parse(withSections.stdout).problems.length, 0, 'no sections sheet in the folder: not a problem');
  writeFileSync(join(dir, 'sections.csv'), '部分编号,部分名称\ns1,部分一\n');
  const r2 = JSON.parse((await cli(['validate', dir, '--json'])).stdout);
  const ref = r2.problems.find((p: any) => p.code === 'missing-ref');
  assert.ok(ref, 'with a sections sheet, s9 is missing from it');
  assert.equal(ref.row, 2);
  assert.equal(ref.column, 'B');
});

test('exit codes: 0 valid, 1 errors, 2 unreadable', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'broken.json'), '{"version": 1, "tasks": [');
  writeFileSync(join(dir, 'v2.json'), '{"version": 2}');
  writeFileSync(join(dir, 'fake.xlsx'), 'not a zip');
  assert.equal((await cli(['validate', MIYUN])).code, 0);
  assert.equal((await cli(['validate', join(dir, 'broken.json')])).code, 1, 'not JSON: a problem to fix');
  assert.equal((await cli(['validate', join(dir, 'v2.json')])).code, 1);
  const missing = await cli(['validate', join(dir, 'nope.json')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /无法读取 .*nope\.json/);
  assert.equal((await cli(['validate', join(dir, 'fake.xlsx')])).code, 2);
  assert.equal((await cli(['validate'])).code, 2, 'no input');
  assert.equal((await cli(['frobnicate'])).code, 2, 'unknown command');
  assert.equal((await cli(['validate', MIYUN, '--bogus'])).code, 2, 'unknown option');
  assert.equal((await cli(['validate', MIYUN, '--lang', 'fr'])).code, 2, 'unsupported language');
  const json = await cli(['validate', join(dir, 'nope.json'), '--json']);
  assert.equal(json.code, 2);
  assert.equal(JSON.parse(json.stdout).readable, false);
  assert.equal((await cli(['--help'])).code, 0);
});

test('exit codes from the real program in a child process', () => {
  const ok = spawnCli(['validate', 'public/feeds/miyun-2024.json']);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /数据源有效/);
  const bad = spawnCli(['validate', 'test/fixtures/cli/tasks-errors.csv'], { LANG: 'en_US.UTF-8' });
  assert.equal(bad.code, 1, bad.stderr);
  assert.match(bad.stdout, /row 2, column G \(截止日期\)/);
  const gone = spawnCli(['validate', 'test/fixtures/cli/does-not-exist.csv']);
  assert.equal(gone.code, 2);
  assert.match(gone.stderr, /无法读取/);
});

/** A local server: /ok/* 200, /missing 404, /head-refused (405 to HEAD, 200 to GET), /hang never answers, /slow/* 200 after 150 ms. */
async function linkServer(): Promise<{ base: string; server: Server; maxConcurrent: () => number; hits: string[] }> {
  let active = 0;
  let max = 0;
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    active++;
    max = Math.max(max, active);
    const done = (status: number) => {
      active--;
      res.writeHead(status).end();
    };
    const url = req.url ?? '';
    if (url.startsWith('/ok')) done(200);
    else if (url === '/missing') done(404);
    else if (url === '/head-refused') done(req.method === 'HEAD' ? 405 : 200);
    else if (url.startsWith('/slow')) setTimeout(() => done(200), 150);
    else if (url === '/hang') req.on('close', () => active--);
    else done(404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, server, maxConcurrent: () => max, hits };
}

test('validate --check-links: says which links do not answer, four at a time, within the time limit', async () => {
  const { base, server, maxConcurrent, hits } = await linkServer();
  try {
    const feed = miyun();
    feed.publisher.url = `${base}/ok/publisher`;
    for (const t of feed.tasks) delete t.links;
    feed.tasks[0].links = [
      { title: 'fine', url: `${base}/ok/1` },
      { title: 'gone', url: `${base}/missing` },
      { title: 'head refused', url: `${base}/head-refused` },
      { title: 'hangs', url: `${base}/hang` },
      { title: 'relative', url: '/ok/relative' },
    ];
    feed.events.forEach((e: any, i: number) => (e.url = `${base}/slow/${i}`));
    const dir = tempDir();
    const file = join(dir, 'feed.json');
    writeFileSync(file, JSON.stringify(feed));
    const started = Date.now();
    const r = await cli(['validate', file, '--check-links', '--timeout', '1', '--json', '--base', `${base}/`]);
    const elapsed = Date.now() - started;
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout);
    const linkProblems = report.problems.filter((p: any) => p.code.startsWith('link-'));
    assert.deepEqual(
      linkProblems.map((p: any) => [p.code, p.path]).sort(),
      [
        ['link-broken', '/tasks/0/links/1/url'],
        ['link-timeout', '/tasks/0/links/3/url'],
      ],
    );
    assert.match(linkProblems.find((p: any) => p.code === 'link-broken').message['zh-Hans'], /返回 404/);
    assert.equal(report.linksChecked, 1 + 5 + feed.events.length, 'every link asked once');
    assert.ok(hits.includes('GET /ok/relative') || hits.includes('HEAD /ok/relative'), 'relative links checked against --base');
    assert.ok(maxConcurrent() <= 4, `at most 4 at a time (saw ${maxConcurrent()})`);
    assert.ok(maxConcurrent() >= 2, 'but in parallel');
    assert.ok(elapsed < 15_000, `bounded time (${elapsed} ms)`);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('validate --check-links: without --base, relative links are listed as not checked', async () => {
  const { base, server } = await linkServer();
  try {
    const feed = miyun();
    feed.publisher.url = `${base}/ok/p`;
    for (const t of feed.tasks) delete t.links;
    for (const e of feed.events) delete e.url;
    feed.tasks[0].links = [{ title: 'relative', url: '/news/1' }];
    const dir = tempDir();
    const file = join(dir, 'feed.json');
    writeFileSync(file, JSON.stringify(feed));
    const r = await cli(['validate', file, '--check-links', '--lang', 'en']);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /relative link \/news\/1 was not checked/);
    assert.match(r.stdout, /1 link\(s\) checked/);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('validate --check-links on a spreadsheet points at the link cell', async () => {
  const { base, server } = await linkServer();
  try {
    const dir = tempDir();
    writeFileSync(join(dir, 'tasks.csv'), 'id,title,status\nt1,Task one,completed\n');
    writeFileSync(join(dir, 'links.csv'), `task,title,url\nt1,Good,${base}/ok/a\nt1,Bad,${base}/missing\n`);
    const r = await cli(['validate', dir, '--check-links', '--json']);
    assert.equal(r.code, 1);
    const p = JSON.parse(r.stdout).problems.find((x: any) => x.code === 'link-broken');
    assert.equal(p.path, '/tasks/0/links/1/url');
    assert.equal(p.row, 3);
    assert.equal(p.column, 'C');
    assert.match(p.file, /links\.csv$/);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('validate <url>: reads the feed over HTTP (local server); an HTTP error is exit 2', async () => {
  const text = readFileSync(MIYUN);
  const server = createServer((req, res) => {
    if (req.url === '/feed.json') res.writeHead(200, { 'content-type': 'application/json' }).end(text);
    else res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const ok = await cli(['validate', `${base}/feed.json`]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /数据源有效/);
    const bad = await cli(['validate', `${base}/broken`, '--lang', 'en']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /Could not read .*HTTP 500/);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('validate: with a Chinese and an English header row, a cell is named by both headers', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'tasks.csv'), '任务编号,任务名称,状态,截止日期\nid,title,status,due\nt1,任务一,进行中,2024/9/31\n');
  const r = await cli(['validate', join(dir, 'tasks.csv')]);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /第 3 行，D 列（截止日期 \/ due）/);
});

test('the esbuild bundle (scripts/build-cli.mjs) runs on its own', () => {
  const outfile = join(ROOT, 'node_modules/.cache/civic-feed-test/civic-feed.js');
  const built = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--outfile', outfile, '--quiet'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  const bundle = readFileSync(outfile, 'utf8');
  assert.match(bundle, /from "csv-parse\/browser\/esm\/sync"/, 'npm dependencies stay external');
  assert.doesNotMatch(bundle, /from "\.\.?\//, 'the project sources are bundled in');
  const ok = spawnSync(process.execPath, [outfile, 'validate', MIYUN, '--lang', 'en'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(ok.stdout.trim(), 'The feed is valid.');
  const bad = spawnSync(process.execPath, [outfile, 'build', '--tasks', fixture('tasks-errors.csv')], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(bad.status, 1);
  rmSync(dirname(outfile), { recursive: true, force: true });
});
