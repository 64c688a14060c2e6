#!/usr/bin/env node
/**
 * Benchmark: <civic-indicator-board> with 500 indicators in headless Chromium (the system one,
 * through playwright-core; no browser download). The board is built for production with vite
 * (one module, minified, Lit in production mode), put on a blank page, and timed from setting
 * its `feed` until its cards are rendered and laid out; the feed's validation is timed on its own
 * and subtracted, so "per 50 cards" is the board's work (render, style, layout). Several runs;
 * the median is reported per 50 cards against a 60 Hz frame budget (16.7 ms). The machine's load
 * average is recorded with the result: on a busy machine the figures are higher.
 *
 *   node bench/indicators.bench.mjs [--runs 9] [--count 500]
 *
 * Writes bench/results.indicators.json.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 9);
const COUNT = arg('count', 500);
const FRAME = 1000 / 60;

/** A feed with `count` indicators over 10 sections, every kind of state, some with history. */
function makeFeed(count) {
  const sections = Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, number: i + 1, title: { 'zh-Hans': `第${i + 1}部分`, en: `Part ${i + 1}` } }));
  const tasks = Array.from({ length: 100 }, (_, i) => ({
    id: `t${i}`,
    section: `s${i % 10}`,
    number: i + 1,
    title: { 'zh-Hans': `任务${i + 1}`, en: `Task ${i + 1}` },
    status: 'in-progress',
  }));
  const indicators = Array.from({ length: count }, (_, i) => {
    const target = 10 + (i % 37);
    const ind = {
      id: `i${i}`,
      task: `t${i % 100}`,
      title: { 'zh-Hans': `指标 ${i + 1}`, en: `Indicator ${i + 1}` },
      unit: { 'zh-Hans': '万亩', en: '10,000 mu' },
      target,
      asOf: '2024-09-30',
    };
    if (i % 7 !== 0) ind.value = Math.round(target * ((i * 13) % 130) / 10) / 10;
    if (i % 11 === 0) Object.assign(ind, { comparison: 'at-most', baseline: target + 20, target, value: target + 5 });
    if (i % 3 === 0)
      ind.history = [
        { date: '2024-03-31', value: 1 },
        { date: '2024-06-30', value: 3 + (i % 5) },
        { date: '2024-09-30', value: 6 + (i % 9) },
      ];
    return ind;
  });
  return { version: 1, lang: 'zh-Hans', timeZone: 'Asia/Shanghai', sample: true, sections, tasks, indicators };
}

async function bundle() {
  const out = mkdtempSync(join(tmpdir(), 'civic-bench-'));
  const files = new Map();
  await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'error',
    build: {
      outDir: out,
      emptyOutDir: true,
      target: 'es2021',
      minify: true,
      lib: {
        formats: ['es'],
        entry: {
          board: join(root, 'src/elements/civic-indicator-board/civic-indicator-board.ts'),
          validate: join(root, 'src/feed/validate.ts'),
        },
      },
      rollupOptions: { output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name].js' } },
    },
  });
  const { readdirSync } = await import('node:fs');
  for (const f of readdirSync(out, { recursive: true })) {
    if (String(f).endsWith('.js')) files.set('/' + String(f).replaceAll('\\', '/'), readFileSync(join(out, String(f)), 'utf8'));
  }
  rmSync(out, { recursive: true, force: true });
  return files;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x) => Math.round(x * 100) / 100;

const executablePath = findChrome();
if (!executablePath) {
  console.error('No Chromium found: install it (sudo apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}

const files = await bundle();
const feed = makeFeed(COUNT);
const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => console.error('page exception:', e.message));
  const origin = 'http://bench.invalid';
  await page.route(`${origin}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>' });
    const body = files.get(path);
    return body === undefined ? route.fulfill({ status: 404, body: '' }) : route.fulfill({ contentType: 'text/javascript', body });
  });
  await page.goto(`${origin}/`);
  await page.evaluate(async () => {
    await import('/board.js');
    window.__validate = (await import('/validate.js')).validate;
  });

  // Main-thread CPU time (CDP Performance.ThreadTime) besides wall time: on a busy machine the
  // wall time mostly measures waiting for a core; the CPU time is what the work itself costs.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const threadTime = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'ThreadTime').value * 1000;
  };

  const runOnce = async ({ feed, table }) => {
    await page.evaluate((feed) => {
      document.body.replaceChildren();
      window.__feed = structuredClone(feed);
      window.__copy = structuredClone(feed);
    }, feed);
    await page.waitForTimeout(20);
    const c0 = await threadTime();
    const wall = await page.evaluate(async (table) => {
      const el = document.createElement('civic-indicator-board');
      if (table) el.setAttribute('table', '');
      const t0 = performance.now();
      el.feed = window.__feed;
      document.body.append(el);
      await el.updateComplete;
      el.getBoundingClientRect();
      void document.body.offsetHeight; // style and layout, not only the template
      return performance.now() - t0;
    }, table);
    const c1 = await threadTime();
    const validateWall = await page.evaluate(() => {
      const v0 = performance.now();
      window.__validate(window.__copy);
      return performance.now() - v0;
    });
    const c2 = await threadTime();
    const counts = await page.evaluate(() => {
      const root = document.querySelector('civic-indicator-board').shadowRoot;
      return { cards: root.querySelectorAll('[part=card]').length, rows: root.querySelectorAll('tbody tr[data-status]').length };
    });
    return { ms: wall, cpuMs: c1 - c0, validateMs: validateWall, validateCpuMs: c2 - c1, ...counts };
  };

  await runOnce({ feed, table: false }); // warm-up (JIT, style sheets)
  const grid = [];
  for (let i = 0; i < RUNS; i++) grid.push(await runOnce({ feed, table: false }));
  const table = [];
  for (let i = 0; i < RUNS; i++) table.push(await runOnce({ feed, table: true }));
  const fifty = makeFeed(50);
  const small = [];
  for (let i = 0; i < RUNS; i++) small.push(await runOnce({ feed: fifty, table: false }));

  if (grid[0].cards !== COUNT) throw new Error(`expected ${COUNT} cards, got ${grid[0].cards}`);
  if (table[0].rows !== COUNT) throw new Error(`expected ${COUNT} table rows, got ${table[0].rows}`);

  const m = (rs, key) => round(median(rs.map((r) => r[key])));
  const boardCpu = (r) => Math.max(0, r.cpuMs - r.validateCpuMs);
  const renderCpu = median(grid.map(boardCpu));
  const per50 = (renderCpu / COUNT) * 50;
  const result = {
    benchmark: 'civic-indicator-board: first render of a board (validate + render + style + layout)',
    date: new Date().toISOString(),
    browser: `Chromium ${browser.version()} (headless)`,
    node: process.version,
    machine: { cpus: cpus().length, loadAverage1m: round(loadavg()[0]) },
    indicators: COUNT,
    runs: RUNS,
    frameBudgetMs: round(FRAME),
    note: 'cpuMs is main-thread CPU time (CDP ThreadTime); ms is wall time, which a busy machine inflates. The board alone = total minus the feed validation.',
    validate: { ms: m(grid, 'validateMs'), cpuMs: m(grid, 'validateCpuMs') },
    grid: {
      ms: m(grid, 'ms'),
      cpuMs: m(grid, 'cpuMs'),
      boardCpuMs: round(renderCpu),
      per50CardsCpuMs: round(per50),
      per50CardsWallMs: round(((median(grid.map((r) => r.ms)) - median(grid.map((r) => r.validateMs))) / COUNT) * 50),
      samplesCpuMs: grid.map((r) => round(r.cpuMs)),
    },
    table: {
      ms: m(table, 'ms'),
      cpuMs: m(table, 'cpuMs'),
      per50RowsCpuMs: round((median(table.map(boardCpu)) / COUNT) * 50),
    },
    board50: { ms: m(small, 'ms'), cpuMs: m(small, 'cpuMs') },
    withinFrameBudgetPer50Cards: per50 <= FRAME,
  };
  writeFileSync(join(root, 'bench/results.indicators.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(
    `${COUNT} indicators (median of ${RUNS}; load average ${result.machine.loadAverage1m} on ${result.machine.cpus} CPUs):\n` +
      `  validate the feed: ${result.validate.cpuMs} ms CPU (${result.validate.ms} ms wall)\n` +
      `  board, first render: ${result.grid.cpuMs} ms CPU (${result.grid.ms} ms wall); the board's own part ${result.grid.boardCpuMs} ms CPU\n` +
      `  per 50 cards: ${result.grid.per50CardsCpuMs} ms CPU (${result.grid.per50CardsWallMs} ms wall); frame budget ${result.frameBudgetMs} ms: ` +
      `${result.withinFrameBudgetPer50Cards ? 'within' : 'OVER'}\n` +
      `  table view: ${result.table.cpuMs} ms CPU (${result.table.per50RowsCpuMs} ms per 50 rows); a board of 50: ${result.board50.cpuMs} ms CPU`,
  );
  if (!result.withinFrameBudgetPer50Cards) process.exitCode = 1;
} finally {
  await browser.close();
}
