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
import { chromium } from 'playwright-core';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';
import { chainOf } from './chain.mjs';
import { PROFILE, slowNetworkPages, throttle, watcher } from './slow-network-pages.mjs';
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

if (!existsSync(join(SELF_HOST, 'civic-event-calendar.js'))) throw new Error(`bench: build first (node scripts/build.mjs): no ${SELF_HOST}/civic-event-calendar.js`);

const { pages, titles, server } = await slowNetworkPages(root, SELF_HOST);

async function measure(browser, name, wanted) {
  const context = await browser.newContext({ viewport: { width: 412, height: 900 }, deviceScaleFactor: 1 });
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  const events = [];
  cdp.on('Network.requestWillBeSent', (e) => events.push({ ...e, kind: 'sent' }));
  cdp.on('Network.loadingFinished', (e) => events.push({ ...e, kind: 'finished' }));
  await throttle(cdp);
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
