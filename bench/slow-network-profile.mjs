#!/usr/bin/env node
/**
 * Where the time goes on the slow-network benchmark's pages (bench/slow-network-pages.mjs, same
 * profile: 150 ms latency, 1.6 Mbit/s down, CPU slowed 4×), from navigation to the first title,
 * with a Chromium trace (devtools.timeline, v8, and the V8 sampling profiler) and the CDP
 * network events of each run:
 *   - wall time split into: the main thread busy (top-level tasks), of it the part while
 *     requests were in flight, and the main thread idle while requests were in flight, or idle
 *     with nothing in flight;
 *   - the requests: waiting (sent → response headers: round trip and server) and transfer
 *     (headers → last byte), per file;
 *   - the main thread's busy time by kind (self time of the trace events): HTML parsing, script
 *     compile (per file), script run, style, layout, paint, GC, other;
 *   - script run by source (V8 samples, the deepest frame of the project's or a library's code,
 *     through the source maps): which module of src/ or node_modules the CPU was in.
 * Tracing costs time itself: the first-title times here are a little longer than the bench's.
 *   node bench/slow-network-profile.mjs [--runs 3] [--pages calendar,portal,fullcalendar] [--out bench/results.slow-network-profile.json] [--no-trace]
 * With --no-trace: only the first title, the feed's arrival and the timed calls (no tracing cost).
 * Build first (node scripts/build.mjs).
 */
import { chromium } from 'playwright-core';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { SourceMapConsumer } from 'source-map-js';
import { findChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';
import { slowNetworkPages, throttle, watcher } from './slow-network-pages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const RUNS = Number(arg('--runs', 3));
const SELF_HOST = arg('--root', join(root, 'dist/self-host'));
const OUT = arg('--out', join(root, 'bench/results.slow-network-profile.json'));
const PAGES = arg('--pages', 'calendar,portal,fullcalendar').split(',');
/** --no-trace: only the first title, the feed's arrival (resource timing) and the timed calls, without the trace's cost. */
const NO_TRACE = process.argv.includes('--no-trace');
if (!existsSync(join(SELF_HOST, 'civic-event-calendar.js'))) throw new Error('bench: build first (node scripts/build.mjs)');

const { titles, server } = await slowNetworkPages(root, SELF_HOST);

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing', 'toplevel', 'loading', 'disabled-by-default-v8.cpu_profiler'];

// ---- source maps: a frame of the built code → its source file ----
const maps = new Map();
function sourceOf(url, line, column) {
  if (!url.startsWith(server.origin)) return url ? `(other) ${url}` : undefined;
  const path = new URL(url).pathname;
  if (path === '/fc.js') return 'FullCalendar bundle';
  if (!maps.has(path)) {
    const file = join(SELF_HOST, path + '.map');
    maps.set(path, existsSync(file) ? new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8'))) : null);
  }
  const map = maps.get(path);
  if (!map) return path;
  const pos = map.originalPositionFor({ line: line + 1, column });
  return pos.source ? pos.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/') : path;
}

/** A frame → `source:line name` of the function it is in (the deepest named scope the map knows). */
function functionOf({ url, lineNumber, columnNumber, functionName }) {
  const map = url.startsWith(server.origin) ? maps.get(new URL(url).pathname) : undefined;
  if (!map) return `${url} ${functionName}`;
  const pos = map.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
  return `${(pos.source ?? '').replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '')}:${pos.line} ${pos.name ?? functionName}`;
}

/** A source file → the group the report shows. */
function groupOf(source) {
  if (!source) return '(no JS frame)';
  if (source === 'FullCalendar bundle') return source;
  const rules = [
    [/node_modules\/lit-html\/.*directive|node_modules\/lit-html\/directives/, 'lit-html directives'],
    [/node_modules\/(lit-html|lit-element|@lit\/reactive-element|lit)\//, 'Lit (templates, render, elements)'],
    [/node_modules\/@lit\/localize/, '@lit/localize'],
    [/node_modules\/valibot/, 'feed validation (valibot)'],
    [/src\/feed\/(validate|schema|fast-parse|limits|kinds|text)/, 'feed validation (src/feed/validate*, schema, parse)'],
    [/src\/feed\/(format|dates)\.ts/, 'dates & numbers (src/feed/format.ts, dates.ts: Intl)'],
    [/lunar/, 'lunar dates'],
    [/recurrence|ical/, 'recurrence'],
    [/src\/generated|xliff|locales/, 'texts (generated locales)'],
    [/src\/feed\//, 'feed layer, other (src/feed)'],
    [/src\/internal\//, 'shared element code (src/internal)'],
    [/src\/elements\/civic-event-calendar/, 'calendar element code'],
    [/src\/elements\//, 'other elements code'],
    [/node_modules\//, 'other libraries'],
  ];
  for (const [re, name] of rules) if (re.test(source)) return name;
  return source;
}

const SPECIAL = { '(program)': 'V8: (program) (compile, native, between frames)', '(garbage collector)': 'V8: garbage collector', '(idle)': null, '(root)': null };

/** Trace event names → the kind of work the report shows. */
const kindsTable = [
  [/^ParseHTML$/, 'HTML parsing'],
  [/^(ParseAuthorStyleSheet|UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|StyleInvalidator.*)$/, 'style (incl. adopted style sheets)'],
  [/^(Layout|UpdateLayout|LayoutShift)$/, 'layout (incl. text shaping)'],
  [/^(Paint|PrePaint|Layerize|Commit|UpdateLayer|UpdateLayerTree|CompositeLayers|PaintImage|RasterTask|Decode.*)$/, 'paint & composite'],
  [/compile|^V8\.Parse|^v8\.parse|^V8\.Deserialize|^v8\.deserialize/i, 'script compile'],
  [/GC|gc/, 'garbage collection'],
  [/^(EvaluateScript|v8\.evaluateModule|FunctionCall|V8\.Execute|v8\.run|v8\.callFunction|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|v8\.newInstance|v8\.callModuleMethodSafe|XHRReadyStateChange|ResourceReceivedData|ScriptStreamer.*|V8\.RunMicrotasks|v8\.runMicrotasks)$/, 'script run'],
];

function analyse(trace, net, firstTitleMs) {
  const events = trace.traceEvents;
  const mark = events.find((e) => e.name === 'civic-first-title');
  if (!mark) throw new Error('no first-title mark in the trace');
  const pid = mark.pid;
  const tEnd = mark.ts;
  const t0 = tEnd - firstTitleMs * 1000;
  const mainTid = events.find((e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  const main = events.filter((e) => e.pid === pid && e.tid === mainTid && e.ph === 'X' && e.dur > 0 && e.ts < tEnd && e.ts + e.dur > t0);
  const clip = (a, b) => Math.max(0, Math.min(b, tEnd) - Math.max(a, t0));

  // Busy: the union of top-level tasks.
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask').map((e) => [e.ts, e.ts + e.dur]);
  const union = (ivs) => {
    const out = [];
    for (const [a, b] of [...ivs].sort((x, y) => x[0] - y[0])) {
      const last = out.at(-1);
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else out.push([a, b]);
    }
    return out;
  };
  const busy = union(tasks);
  // CPU time of the main thread (thread time: not the waits, not the time the CPU throttle or
  // other processes of the machine held it off), top-level tasks only.
  const cpuMs = main.filter((e) => (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.tdur !== undefined && e.ts >= t0).reduce((s, e) => s + e.tdur, 0) / 1000;
  // In flight: each request from sent to last byte (CDP monotonic seconds → µs, same clock as the trace).
  const inflight = union(net.filter((r) => r.finished).map((r) => [r.sent * 1e6, r.finished * 1e6]));
  const total = (ivs) => ivs.reduce((s, [a, b]) => s + clip(a, b), 0);
  const intersect = (xs, ys) => {
    const out = [];
    for (const [a, b] of xs) for (const [c, d] of ys) if (Math.min(b, d) > Math.max(a, c)) out.push([Math.max(a, c), Math.min(b, d)]);
    return out;
  };
  const busyMs = total(busy) / 1000;
  const busyWhileNetMs = total(intersect(busy, inflight)) / 1000;
  const netMs = total(inflight) / 1000;
  const wall = firstTitleMs;
  const feed = net.find((r) => /\/feeds\/[^/?]+\.json(\?|$)/.test(r.url) && r.finished);
  const feedInMs = feed ? (feed.finished * 1e6 - t0) / 1000 : undefined;
  const split = { wallMs: wall, feedInMs, feedInToFirstTitleMs: feedInMs === undefined ? undefined : wall - feedInMs, mainThreadCpuMs: cpuMs, mainBusyMs: busyMs, mainBusyWhileRequestsInFlightMs: busyWhileNetMs, networkOnlyMs: netMs - busyWhileNetMs, neitherMs: wall - busyMs - (netMs - busyWhileNetMs), longestTaskMs: Math.max(0, ...busy.map(([a, b]) => clip(a, b) / 1000)) };

  // Self time by event name on the main thread.
  const sorted = [...main].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const compileByUrl = new Map();
  const stack = [];
  const add = (e, us) => self.set(e.name, (self.get(e.name) ?? 0) + us);
  const selfOf = new Map();
  const threadSelfOf = new Map();
  for (const e of sorted) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    const own = clip(e.ts, e.ts + e.dur);
    selfOf.set(e, own);
    if (parent) selfOf.set(parent, selfOf.get(parent) - own);
    if (e.ts >= t0 && e.tdur !== undefined) {
      threadSelfOf.set(e, (threadSelfOf.get(e) ?? 0) + e.tdur);
      if (parent) threadSelfOf.set(parent, (threadSelfOf.get(parent) ?? 0) - e.tdur);
    }
    stack.push(e);
  }
  for (const [e, us] of selfOf) {
    add(e, us);
    if (/compile/i.test(e.name)) {
      const url = e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.fileName ?? '';
      const key = url ? new URL(url, 'http://x').pathname : '(no url)';
      compileByUrl.set(key, (compileByUrl.get(key) ?? 0) + us);
    }
  }
  const kinds = kindsTable;
  const byKind = {};
  const cpuByKind = {};
  for (const [e, us] of threadSelfOf) {
    const kind = kinds.find(([re]) => re.test(e.name))?.[1] ?? 'other (tasks, loading, …)';
    cpuByKind[kind] = (cpuByKind[kind] ?? 0) + us / 1000;
  }
  const otherNames = new Map();
  for (const [name, us] of self) {
    const kind = kinds.find(([re]) => re.test(name))?.[1] ?? 'other (tasks, loading, …)';
    byKind[kind] = (byKind[kind] ?? 0) + us / 1000;
    if (kind.startsWith('other')) otherNames.set(name, (otherNames.get(name) ?? 0) + us / 1000);
  }

  // V8 samples of the renderer's main thread → source groups (deepest frame with a URL).
  const profile = events.find((e) => e.pid === pid && e.name === 'Profile' && e.tid === mainTid) ?? events.find((e) => e.pid === pid && e.name === 'Profile');
  const bySource = new Map();
  const byFile = new Map();
  const sampleGroups = [];
  const byFunction = new Map();
  if (profile) {
    const nodes = new Map();
    let t = profile.args.data.startTime;
    for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.id === profile.id && e.pid === pid)) {
      const cpu = chunk.args.data.cpuProfile ?? {};
      for (const n of cpu.nodes ?? []) nodes.set(n.id, n);
      const deltas = chunk.args.data.timeDeltas ?? [];
      const samples = cpu.samples ?? [];
      for (let i = 0; i < samples.length; i++) {
        const prev = t;
        t += deltas[i];
        if (t <= t0 || prev >= tEnd) continue;
        // A sample stands for the time since the previous one.
        const us = Math.max(0, Math.min(t, tEnd) - Math.max(prev, t0));
        let node = nodes.get(samples[i]);
        const leaf = node?.callFrame?.functionName;
        let group;
        if (leaf in SPECIAL) group = SPECIAL[leaf];
        else {
          while (node && !node.callFrame.url) node = nodes.get(node.parent);
          const source = node ? sourceOf(node.callFrame.url, node.callFrame.lineNumber, node.callFrame.columnNumber) : undefined;
          group = groupOf(source);
          if (source) byFile.set(source, (byFile.get(source) ?? 0) + us / 1000);
          if (node) {
            const fn = functionOf(node.callFrame);
            byFunction.set(fn, (byFunction.get(fn) ?? 0) + us / 1000);
          }
        }
        if (group) bySource.set(group, (bySource.get(group) ?? 0) + us / 1000);
        if (group) sampleGroups.push([t, group, us]);
      }
    }
  }

  const requests = net
    .filter((r) => r.sent * 1e6 < tEnd)
    .map((r) => ({ path: new URL(r.url).pathname, startMs: (r.sent * 1e6 - t0) / 1000, waitingMs: r.headers ? (r.headers - r.sent) * 1000 : undefined, transferMs: r.headers && r.finished ? (r.finished - r.headers) * 1000 : undefined, endMs: r.finished ? (r.finished * 1e6 - t0) / 1000 : undefined, bytes: r.bytes }));
  // The long tasks (≥ 50 ms, the browser's own threshold), what ran in them.
  const longTasks = busy
    .filter(([a, b]) => clip(a, b) >= 50_000)
    .map(([a, b]) => {
      const groups = new Map();
      for (const [t, g, us] of sampleGroups) if (t > a && t <= b) groups.set(g, (groups.get(g) ?? 0) + us / 1000);
      const kinds = new Map();
      for (const [e, us] of selfOf) if (e.ts >= a && e.ts < b) {
        const kind = kindsTable.find(([re]) => re.test(e.name))?.[1];
        if (kind) kinds.set(kind, (kinds.get(kind) ?? 0) + us / 1000);
      }
      return { startMs: Math.round((a - t0) / 1000), ms: Math.round(clip(a, b) / 1000), kinds: top(kinds, 4), js: top(groups, 5) };
    });
  function top(m, n = 99) { return Object.fromEntries([...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => [k, Math.round(v)])); }
  return { split, longTasks, cpuByKind, byKind, otherNames: top(otherNames, 8), compileByUrl: top(new Map([...compileByUrl].map(([k, v]) => [k, v / 1000]))), jsBySource: top(bySource), jsByFile: top(byFile, 25), jsByFunction: top(byFunction, 20), requests };
}

/**
 * In the page: the time spent (performance.now, so at the throttled CPU) in a few calls the
 * samples point at, up to the first title: making Intl formatters, and localStorage.
 */
const counters = () => {
  const c = (window.__civicCounters = {});
  const wrap = (owner, key, label, construct = false) => {
    const original = owner[key];
    const timed = function (...args) {
      const t = performance.now();
      try {
        return construct && new.target ? new original(...args) : original.apply(this, args);
      } finally {
        if (window.__firstTitleMs === undefined) {
          const e = (c[label] ??= { calls: 0, ms: 0 });
          e.calls++;
          e.ms += performance.now() - t;
          if (construct) (e.each ??= []).push(`${Math.round(performance.now() - t)} ms at ${Math.round(t)} ms: ${JSON.stringify(args)}`);
        }
      }
    };
    if (construct) {
      timed.prototype = original.prototype;
      Object.assign(timed, original);
      timed.supportedLocalesOf = original.supportedLocalesOf;
    }
    owner[key] = timed;
  };
  wrap(Intl, 'DateTimeFormat', 'new Intl.DateTimeFormat', true);
  wrap(Intl, 'NumberFormat', 'new Intl.NumberFormat', true);
  wrap(Intl, 'PluralRules', 'new Intl.PluralRules', true);
  wrap(Storage.prototype, 'setItem', 'localStorage.setItem');
  wrap(Storage.prototype, 'getItem', 'localStorage.getItem');
  wrap(JSON, 'parse', 'JSON.parse');
  wrap(JSON, 'stringify', 'JSON.stringify');
};

async function run(browser, name) {
  const context = await browser.newContext({ viewport: { width: 412, height: 900 }, deviceScaleFactor: 1 });
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  const byId = new Map();
  cdp.on('Network.requestWillBeSent', (e) => { if (!byId.has(e.requestId)) byId.set(e.requestId, { url: e.request.url, sent: e.timestamp }); });
  cdp.on('Network.responseReceived', (e) => { const r = byId.get(e.requestId); if (r && e.response.timing) r.headers = e.response.timing.requestTime + e.response.timing.receiveHeadersEnd / 1000; });
  cdp.on('Network.loadingFinished', (e) => { const r = byId.get(e.requestId); if (r) Object.assign(r, { finished: e.timestamp, bytes: e.encodedDataLength }); });
  await throttle(cdp);
  await p.addInitScript(watcher, { titles: name.startsWith('portal') ? titles.tasks : titles.events, where: name === 'fullcalendar' ? 'light' : 'shadow' });
  await p.addInitScript(counters);
  if (NO_TRACE) {
    await p.goto(`${server.origin}/bench/${name}.html`);
    await p.waitForFunction(() => window.__firstTitleMs !== undefined, null, { timeout: 60_000, polling: 100 });
    const r = await p.evaluate(() => ({
      wallMs: window.__firstTitleMs,
      feedInMs: performance.getEntriesByType('resource').find((e) => /\/feeds\/[^/?]+\.json(\?|$)/.test(e.name))?.responseEnd,
      calls: window.__civicCounters,
    }));
    await context.close();
    return { split: { wallMs: r.wallMs, feedInMs: r.feedInMs, feedInToFirstTitleMs: r.wallMs - (r.feedInMs ?? NaN) }, calls: r.calls, requests: [], longTasks: [] };
  }
  await browser.startTracing(p, { categories: CATEGORIES });
  await p.goto(`${server.origin}/bench/${name}.html`);
  await p.waitForFunction(() => window.__firstTitleMs !== undefined, null, { timeout: 60_000, polling: 100 });
  const ms = await p.evaluate(() => window.__firstTitleMs);
  const calls = await p.evaluate(() => window.__civicCounters);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  await context.close();
  return { ...analyse(trace, [...byId.values()].filter((r) => r.url.startsWith('http')), ms), calls };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** The median of each number across runs, keeping the shape of the first. */
const medianOf = (list) => {
  const [first] = list;
  if (typeof first === 'number') return Math.round(median(list.map((x) => x ?? 0)));
  if (Array.isArray(first)) return first.map((_, i) => medianOf(list.map((x) => x[i] ?? {})));
  if (first && typeof first === 'object') {
    const keys = new Set(list.flatMap((x) => Object.keys(x ?? {})));
    return Object.fromEntries([...keys].map((k) => [k, typeof first[k] === 'string' ? first[k] : medianOf(list.map((x) => x?.[k] ?? 0))]));
  }
  return first;
};

const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const load = [];
const results = {};
try {
  const all = Object.fromEntries(PAGES.map((n) => [n, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const name of PAGES) {
      load.push(loadavg()[0]);
      const r = await run(browser, name);
      all[name].push(r);
      console.error(`run ${i + 1}/${RUNS} ${name}: ${Math.round(r.split.wallMs)} ms, feed in at ${Math.round(r.split.feedInMs)} ms`);
    }
  }
  for (const [name, list] of Object.entries(all)) results[name] = { ...medianOf(list.map((r) => ({ ...r, requests: undefined, longTasks: undefined }))), longTasks: list[Math.floor(list.length / 2)].longTasks, requests: list[Math.floor(list.length / 2)].requests.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v) : v]))) };
} finally {
  await browser.close();
  await server.close();
}
const out = { date: new Date().toISOString(), traced: !NO_TRACE, loadAverage1m: Math.round(median(load) * 10) / 10, runs: RUNS, note: 'median per number across runs; requests of one run', pages: results };
writeFileSync(OUT, JSON.stringify(out, null, 2) + '\n');
console.log(JSON.stringify(out, null, 2));
