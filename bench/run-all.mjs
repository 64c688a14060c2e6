#!/usr/bin/env node
/**
 * npm run bench: every benchmark, one table of medians, bench/results.json.
 *   task list (1,000 tasks), indicator board (500 indicators), calendar versus FullCalendar
 *   (5,000 events), a slow phone network (bench/slow-network.bench.mjs: calendar and portal pages
 *   throttled, against FullCalendar, request chains), validation of a large feed, and one request
 *   per feed on a page of 10 widgets.
 * Times depend on the machine and its load; they are written down, never asserted in tests.
 *   node bench/run-all.mjs [--runs 7] [--readme]   (--readme rewrites the README's table)
 *   node bench/run-all.mjs --readme-only           (the README's table from bench/results.json)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { syntheticFeed } from './task-list-feed.mjs';
import { benchTable } from './table.mjs';
import { writeSection } from '../scripts/readme-section.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 7;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x) => Math.round(x * 10) / 10;

function run(script, extra = []) {
  console.log(`\n> node ${script} --runs ${RUNS} ${extra.join(' ')}`);
  execFileSync(process.execPath, [script, '--runs', String(RUNS), ...extra], { stdio: 'inherit' });
}

if (args.includes('--readme-only')) {
  // Rewrites the README's table from bench/results.json without measuring again.
  const file = writeSection('bench', benchTable(JSON.parse(readFileSync('bench/results.json', 'utf8'))));
  console.log(`${file} updated from bench/results.json`);
  process.exit(0);
}

run('bench/task-list.bench.mjs');
run('bench/indicators.bench.mjs');
run('bench/calendar.bench.mjs');
// The slow phone network: median of 5 cold page loads each (its own table in docs/performance.md).
console.log('\n> node bench/slow-network.bench.mjs --runs 5');
execFileSync(process.execPath, ['bench/slow-network.bench.mjs', '--runs', '5', ...(args.includes('--readme') ? ['--docs'] : [])], { stdio: 'inherit' });

// Validation of a large feed, in Node (the same code runs in the browser).
const { validate } = await import('../dist/feed.js').catch(() => {
  throw new Error('bench: build first (npm run build), it measures dist/feed.js');
});
const big = syntheticFeed(1000, 20);
big.events = Array.from({ length: 5000 }, (_, i) => ({ id: `e${i}`, title: { 'zh-Hans': `活动 ${i}`, en: `Event ${i}` }, start: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}` }));
const text = JSON.stringify(big);
const times = [];
for (let i = 0; i < RUNS + 2; i++) {
  const t = performance.now();
  validate(text);
  if (i >= 2) times.push(performance.now() - t);
}
const validation = { tasks: 1000, events: 5000, bytes: text.length, medianMs: round(median(times)) };
console.log(`validate: ${JSON.stringify(validation)}`);

// One request per feed: a page with 10 widgets on one feed.
console.log('\n> one request per feed, 10 widgets');
const { startServer } = await import('../test/e2e/server.mjs');
const { launch, widgetTag, WIDGETS, widgetsSettled, html } = await import('../test/e2e/support.mjs');
const server = await startServer();
server.pages['/feeds/bench.json'] = () => ({ body: readFileSync('public/feeds/miyun-2024.json'), headers: { 'content-type': 'application/json' } });
const tags = Array.from({ length: 10 }, (_, i) => widgetTag(WIDGETS[i % WIDGETS.length], '/feeds/bench.json'));
server.pages['/ten.html'] = { body: html('<script type="module" src="/civic-widgets.js"></script>' + tags.join('\n')) };
const browser = await launch();
const settle = [];
for (let i = 0; i < RUNS; i++) {
  const page = await browser.newPage();
  const t = performance.now();
  await page.goto(`${server.origin}/ten.html`);
  await widgetsSettled(page, WIDGETS);
  settle.push(performance.now() - t);
  await page.close();
}
await browser.close();
await server.close();
const oneRequest = { widgets: 10, feedRequestsPerPage: server.count('/feeds/bench.json') / RUNS, medianAllSettledMs: round(median(settle)) };
console.log(`one request: ${JSON.stringify(oneRequest)}`);

const taskList = JSON.parse(readFileSync('bench/results.task-list.json', 'utf8'));
const indicators = JSON.parse(readFileSync('bench/results.indicators.json', 'utf8'));
const calendar = JSON.parse(readFileSync('bench/results.calendar.json', 'utf8'));
const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model.trim(), loadAverage1m: round(loadavg()[0]), node: process.version, browser: calendar.browser },
  runs: RUNS,
  rows: [
    ['task list, 1,000 tasks: feed set → first tasks shown (validation in slices, then the first render)', taskList.medianMs.feedToFirstTasks, ''],
    ['task list: the first render itself (script + layout)', taskList.medianMs.firstRenderScriptAndLayout, ''],
    ['task list: the same first render by a second list on the page (templates, code and fonts warm)', taskList.medianMs.warmFirstRenderScriptAndLayout, ''],
    ['task list: longest gap between frames until all 1,000 are shown', taskList.medianMs.longestBlockWhileLoading, ''],
    ['task list: a search keystroke (script + layout), median of the 7 typed', taskList.medianMs.keystrokeScriptAndLayout, ''],
    [`task list: the first keystroke, "${taskList.keystrokes[0].value}", with all 1,000 in the page (${taskList.keystrokes[0].matching} match)`, taskList.keystrokes[0].scriptAndLayoutMs, ''],
    ['indicator board, 500 indicators: CPU per 50 cards', indicators.grid.per50CardsCpuMs, ''],
    ['calendar, 5,000 events: first render', calendar.civic.firstRenderMs, `FullCalendar ${calendar.fullcalendar.firstRenderMs} ms (${calendar.ratio.firstRender}× slower)`],
    ['calendar: month switch (300 events in the month)', calendar.civic.monthSwitchMs, `FullCalendar ${calendar.fullcalendar.monthSwitchMs} ms (${calendar.ratio.monthSwitch}× slower)`],
    [`validate a feed of 1,000 tasks and 5,000 events (${Math.round(text.length / 1024)} KB, Node)`, validation.medianMs, ''],
    ['page with 10 widgets on one feed: all settled', oneRequest.medianAllSettledMs, `${oneRequest.feedRequestsPerPage} feed request per page`],
  ].map(([what, ms, peer]) => ({ what, medianMs: ms, peer })),
  validation,
  oneRequest,
};
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');

const table = benchTable(results);
console.log('\n' + table);
if (args.includes('--readme')) {
  console.log(`${writeSection('bench', table)} updated`);
}
