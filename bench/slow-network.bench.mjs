#!/usr/bin/env node
/**
 * Benchmark: a slow phone network. Chromium through CDP, throttled to 150 ms latency, 1.6 Mbit/s
 * down, 750 kbit/s up (Network.emulateNetworkConditions) and a CPU slowed 4×
 * (Emulation.setCPUThrottlingRate), a cold page each run (new browser context: no cache, no
 * saved feed). Measures, from navigation:
 *   - the calendar page (one <civic-event-calendar src> of the Miyun feed, February 2024) to the
 *     first event title, against FullCalendar's standard bundle (core + daygrid + list + zh-cn,
 *     as in bench/calendar.bench.mjs) fetching the same events, in the same run;
 *   - the portal page (task list, progress ring, indicator board, calendar on one feed) to the
 *     first task title;
 * each plain (the editor's snippet as before) and with the preload hints (<link rel="preload"
 * as="fetch"> for the feed, <link rel="modulepreload"> for the chunks), median of the runs; and
 * the longest chain of requests that wait on one another (CDP initiators, see chainOf).
 *   node bench/slow-network.bench.mjs [--runs 5] [--root dist/self-host] [--out bench/results.slow-network.json]
 *     [--before bench/results.slow-network.before.json] [--docs]   (--docs rewrites docs/performance.md's table)
 * Build first (node scripts/build.mjs): it serves the self-host build.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';
import { startGzipServer } from './server.mjs';
import { chainOf } from './chain.mjs';
import { hintsFor } from './hints.mjs';
import { slowNetworkTable } from './slow-network-table.mjs';
import { writeSection } from '../scripts/readme-section.mjs';
import { loadavg } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const RUNS = Number(arg('--runs', 5));
const SELF_HOST = arg('--root', join(root, 'dist/self-host'));
const OUT = arg('--out', join(root, 'bench/results.slow-network.json'));
export const PROFILE = { latencyMs: 150, downloadKbps: 1600, uploadKbps: 750, cpuSlowdown: 4 };

if (!existsSync(join(SELF_HOST, 'civic-event-calendar.js'))) throw new Error(`bench: build first (node scripts/build.mjs): no ${SELF_HOST}/civic-event-calendar.js`);

// ---- the data: the Miyun feed, and the same events for FullCalendar ----
const feedText = readFileSync(join(root, 'public/feeds/miyun-2024.json'), 'utf8');
const feed = JSON.parse(feedText);
const MONTH = '2024-02';
const titles = {
  events: feed.events.filter((e) => e.start.startsWith(MONTH)).map((e) => e.title['zh-Hans']),
  tasks: feed.tasks.map((t) => t.title['zh-Hans']),
};
const fcEvents = feed.events.map((e) => ({ id: e.id, title: e.title['zh-Hans'], start: e.start, end: e.end, allDay: e.start.length === 10 }));

const fcBundle = await build({
  stdin: {
    contents: `import { Calendar } from '@fullcalendar/core';
      import dayGridPlugin from '@fullcalendar/daygrid';
      import listPlugin from '@fullcalendar/list';
      import zhCn from '@fullcalendar/core/locales/zh-cn';
      const cal = new Calendar(document.getElementById('calendar'), {
        plugins: [dayGridPlugin, listPlugin], locale: zhCn, initialView: 'dayGridMonth',
        initialDate: '${MONTH}-01', dayMaxEvents: true, events: '/feeds/fc-events.json',
      });
      cal.render();`,
    resolveDir: root,
    loader: 'js',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  logLevel: 'error',
  define: { 'process.env.NODE_ENV': '"production"' },
});

// ---- the pages ----
const page = (head, body) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>${head}</head><body><main>${body}</main></body></html>`;
const calendarTag = `<civic-event-calendar src="/feeds/miyun-2024.json" view="month" month="${MONTH}"><a href="/feeds/miyun-2024.json">活动数据</a></civic-event-calendar>`;
const portalBody = `<h1>乡村振兴</h1>
  <civic-task-list src="/feeds/miyun-2024.json"><a href="/feeds/miyun-2024.json">数据</a></civic-task-list>
  <civic-progress-ring src="/feeds/miyun-2024.json" indicator="high-standard-farmland">高标准农田</civic-progress-ring>
  <civic-indicator-board src="/feeds/miyun-2024.json"><a href="/feeds/miyun-2024.json">指标</a></civic-indicator-board>
  ${calendarTag}`;
const portalEntries = ['civic-task-list', 'civic-progress-ring', 'civic-indicator-board', 'civic-event-calendar'];
const scripts = (entries) => entries.map((e) => `<script type="module" src="/${e}.js"></script>`).join('');
const pages = {
  calendar: page(scripts(['civic-event-calendar']), calendarTag),
  'calendar-hints': page(hintsFor(SELF_HOST, ['civic-event-calendar'], { feed: '/feeds/miyun-2024.json', lunar: true }) + scripts(['civic-event-calendar']), calendarTag),
  portal: page(scripts(portalEntries), portalBody),
  'portal-hints': page(hintsFor(SELF_HOST, portalEntries, { feed: '/feeds/miyun-2024.json', lunar: true }) + scripts(portalEntries), portalBody),
  fullcalendar: page('<script type="module" src="/fc.js"></script>', '<div id="calendar"></div>'),
};

const server = await startGzipServer({
  root: SELF_HOST,
  pages: {
    ...Object.fromEntries(Object.entries(pages).map(([name, body]) => [`/bench/${name}.html`, body])),
    '/fc.js': Buffer.from(fcBundle.outputFiles[0].contents),
    '/feeds/fc-events.json': JSON.stringify(fcEvents),
  },
});

/** In the page before anything else: notes the time (from navigation) at which a title first shows. */
const watcher = ({ titles, where }) => {
  const texts = (node, out = []) => {
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) out.push(el.shadowRoot.textContent, ...texts(el.shadowRoot));
    return out;
  };
  const look = () => {
    const scope = where === 'light' ? [document.body?.textContent ?? ''] : texts(document);
    if (scope.some((t) => titles.some((title) => t.includes(title)))) window.__firstTitleMs = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

async function measure(browser, name, wanted) {
  const context = await browser.newContext({ viewport: { width: 412, height: 900 }, deviceScaleFactor: 1 });
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  const events = [];
  cdp.on('Network.requestWillBeSent', (e) => events.push({ ...e, kind: 'sent' }));
  cdp.on('Network.loadingFinished', (e) => events.push({ ...e, kind: 'finished' }));
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PROFILE.latencyMs,
    downloadThroughput: (PROFILE.downloadKbps * 1000) / 8,
    uploadThroughput: (PROFILE.uploadKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
  await p.addInitScript(watcher, { titles: wanted, where: name === 'fullcalendar' ? 'light' : 'shadow' });
  p.on('pageerror', (e) => console.error(`${name}: page error:`, e.message));
  const feedsBefore = server.count('/feeds/miyun-2024.json');
  await p.goto(`${server.origin}/bench/${name}.html`);
  await p.waitForFunction(() => window.__firstTitleMs !== undefined, null, { timeout: 60_000, polling: 100 });
  const ms = await p.evaluate(() => window.__firstTitleMs);
  // Let the requests the page still makes (lunar dates …) finish before the chain is read.
  await p.waitForLoadState('networkidle').catch(() => undefined);
  const chain = chainOf(events, { until: ms });
  const feedRequests = server.count('/feeds/miyun-2024.json') - feedsBefore;
  await context.close();
  return { ms, chain, feedRequests };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x) => Math.round(x);

const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const browserVersion = browser.version();
const load = [];
const samples = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
try {
  for (let run = 0; run < RUNS; run++) {
    // Interleaved, so a busy moment of the machine falls on all pages alike.
    for (const name of Object.keys(pages)) {
      const wanted = name.startsWith('portal') ? titles.tasks : titles.events;
      load.push(loadavg()[0]);
      const s = await measure(browser, name, wanted);
      samples[name].push(s);
      console.log(`run ${run + 1}/${RUNS} ${name}: ${round(s.ms)} ms, chain ${s.chain.toFirstContent.length} to first content (${s.chain.longest.length} in all)`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const summary = Object.fromEntries(
  Object.entries(samples).map(([name, list]) => {
    const ms = round(median(list.map((s) => s.ms)));
    // The chain of the median run (chains barely vary; the longest seen is kept too).
    const mid = [...list].sort((a, b) => a.ms - b.ms)[Math.floor(list.length / 2)];
    const worst = Math.max(...list.map((s) => s.chain.toFirstContent.length));
    return [name, { firstTitleMs: ms, feedRequestsPerPage: Math.max(...list.map((s) => s.feedRequests)), runsMs: list.map((s) => round(s.ms)), chainToFirstContent: mid.chain.toFirstContent, longestChainToFirstContentSeen: worst, chainAll: mid.chain.longest, requests: mid.chain.requests }];
  }),
);
const fc = summary.fullcalendar.firstTitleMs;
const results = {
  date: new Date().toISOString(),
  browser: browserVersion,
  loadAverage1m: Math.round(median(load) * 10) / 10,
  profile: PROFILE,
  runs: RUNS,
  root: SELF_HOST.replace(root + '/', ''),
  pages: summary,
  ratio: {
    calendarToFullCalendar: Math.round((summary.calendar.firstTitleMs / fc) * 100) / 100,
    calendarWithHintsToFullCalendar: Math.round((summary['calendar-hints'].firstTitleMs / fc) * 100) / 100,
  },
};
writeFileSync(OUT, JSON.stringify(results, null, 2) + '\n');
if (process.argv.includes('--docs')) {
  const beforeFile = arg('--before', join(root, 'bench/results.slow-network.before.json'));
  const before = existsSync(beforeFile) ? JSON.parse(readFileSync(beforeFile, 'utf8')) : undefined;
  console.log(`${writeSection('slow-network', slowNetworkTable(results, before), join(root, 'docs/performance.md'))} updated`);
}
console.log(JSON.stringify({ ...results, pages: Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, { ms: v.firstTitleMs, runs: v.runsMs, chain: v.chainToFirstContent.length, chainAll: v.chainAll.length }])) }, null, 2));
