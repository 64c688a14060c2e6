#!/usr/bin/env node
/**
 * Benchmark: <civic-event-calendar> against FullCalendar (core + daygrid + list + zh-cn) in the
 * same headless Chromium run, on the same 5,000 events over a year (300 of them in June 2025).
 *   node bench/calendar.bench.mjs [--runs 15]
 * Measures, for each: first render (create → rendered and laid out, feed parsing included) and
 * month switch (next month → rendered and laid out), and the gzip size of each bundle.
 * Writes bench/results.calendar.json. Bundles are built with esbuild into a temporary folder;
 * pages are served from memory through playwright's routing (no server, no network).
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { findChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;

// ---- the data: deterministic pseudo-random events ----
function makeEvents() {
  let seed = 20250601;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pad = (n) => String(n).padStart(2, '0');
  const events = [];
  const dayOf = (start, span) => {
    const t = new Date(Date.UTC(2025, 0, 1) + start * 86_400_000);
    const e = new Date(t.getTime() + span * 86_400_000);
    const f = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    return [f(t), f(e)];
  };
  const june = [151, 180]; // day-of-year range of June 2025
  for (let i = 0; i < 5000; i++) {
    let day;
    if (i < 300) day = june[0] + Math.floor(rand() * 30);
    else {
      do day = Math.floor(rand() * 365);
      while (day >= june[0] && day <= june[1]);
    }
    const kind = rand();
    const category = ['agriculture', 'sports', 'culture', 'ecology', 'tourism'][i % 5];
    const base = { id: `e${i}`, title: { 'zh-Hans': `活动 ${i}`, en: `Event ${i}` }, category, location: { name: `Town ${i % 17}` } };
    if (kind < 0.15) {
      const [s, e] = dayOf(day, 1 + Math.floor(rand() * 3));
      events.push({ ...base, start: s, end: e });
    } else if (kind < 0.3) {
      const [s] = dayOf(day, 0);
      events.push({ ...base, start: s });
    } else {
      const [s] = dayOf(day, 0);
      const h = 8 + Math.floor(rand() * 10);
      events.push({ ...base, start: `${s}T${pad(h)}:00:00+08:00`, end: `${s}T${pad(h + 1)}:30:00+08:00`, status: i % 23 === 0 ? 'cancelled' : 'scheduled' });
    }
  }
  return events;
}

const events = makeEvents();
const feed = {
  version: 1,
  id: 'bench',
  lang: 'zh-Hans',
  title: 'Benchmark',
  timeZone: 'Asia/Shanghai',
  categories: ['agriculture', 'sports', 'culture', 'ecology', 'tourism'].map((id, i) => ({ id, title: id, color: ['#2e6b30', '#b3261e', '#7b3294', '#0b6e6e', '#1f5fa8'][i] })),
  events,
};
// FullCalendar's own event objects (inclusive all-day ends → its exclusive ends).
const fcEvents = events.map((e) => {
  const allDay = e.start.length === 10;
  let end = e.end;
  if (allDay && end) {
    const t = new Date(end + 'T00:00:00Z');
    t.setUTCDate(t.getUTCDate() + 1);
    end = t.toISOString().slice(0, 10);
  }
  return { id: e.id, title: e.title['zh-Hans'], start: e.start, end, allDay };
});

// ---- bundles ----
const dir = mkdtempSync(join(tmpdir(), 'civic-cal-bench-'));
const bundle = async (name, entry, contents) => {
  await build({
    ...(contents ? { stdin: { contents, resolveDir: root, loader: 'js' } } : { entryPoints: [entry] }),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(dir, name),
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const code = readFileSync(join(dir, name));
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
};

// Ours: as the library ships it (code-split: the feed layer and the Chinese strings load lazily).
const oursMeta = await build({
  entryPoints: { 'civic-event-calendar': join(root, 'src/elements/civic-event-calendar/civic-event-calendar.ts') },
  bundle: true,
  minify: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  outdir: join(dir, 'civic'),
  absWorkingDir: root,
  metafile: true,
  logLevel: 'error',
});
const ours = (() => {
  const outputs = oursMeta.metafile.outputs;
  const size = (file) => {
    const code = readFileSync(join(root, file));
    return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
  };
  const entry = Object.keys(outputs).find((f) => f.endsWith('civic-event-calendar.js'));
  const eager = [entry, ...outputs[entry].imports.filter((i) => i.kind === 'import-statement').map((i) => i.path)];
  const sum = (files) => files.map(size).reduce((a, b) => ({ bytes: a.bytes + b.bytes, gzip: a.gzip + b.gzip }), { bytes: 0, gzip: 0 });
  const all = Object.keys(outputs).filter((f) => f.endsWith('.js'));
  return { ...sum(all), entryWithStaticImports: sum(eager), note: 'bytes/gzip: every chunk, lazy feed layer and zh-Hans strings included' };
})();
const theirs = await bundle(
  'fc.js',
  null,
  `import { Calendar } from '@fullcalendar/core';
   import dayGridPlugin from '@fullcalendar/daygrid';
   import listPlugin from '@fullcalendar/list';
   import zhCn from '@fullcalendar/core/locales/zh-cn';
   window.FC = { Calendar, dayGridPlugin, listPlugin, zhCn };`,
);

const page_html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<style>body{margin:0;font-family:sans-serif} #host{width:1200px}</style></head>
<body><div id="host"></div>
<script type="module" src="/civic/civic-event-calendar.js"></script><script type="module" src="/fc.js"></script></body></html>`;

const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.route('http://bench.local/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: page_html });
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(dir, path.slice(1))) });
  });
  await page.goto('http://bench.local/');
  await page.waitForFunction(() => window.FC && customElements.get('civic-event-calendar'));

  const result = await page.evaluate(
    async ({ feed, fcEvents, runs }) => {
      const host = document.getElementById('host');
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const out = { civic: { first: [], switch: [] }, fullcalendar: { first: [], switch: [] } };
      for (let i = 0; i < runs + 2; i++) {
        const keep = i >= 2; // two warm-up runs
        // ours
        host.textContent = '';
        await frame();
        const ourCopy = JSON.parse(JSON.stringify(feed));
        let t0 = performance.now();
        const el = document.createElement('civic-event-calendar');
        el.setAttribute('view', 'month');
        el.setAttribute('month', '2025-06');
        el.feed = ourCopy;
        host.append(el);
        await el.updateComplete;
        let height = el.shadowRoot.querySelector('[role=grid]').getBoundingClientRect().height;
        let t1 = performance.now();
        if (keep) out.civic.first.push(t1 - t0);
        await frame();
        t0 = performance.now();
        el.goMonths(-1);
        await el.updateComplete;
        height += el.shadowRoot.querySelector('[role=grid]').getBoundingClientRect().height;
        t1 = performance.now();
        if (keep) out.civic.switch.push(t1 - t0);
        if (!el.shadowRoot.querySelector('[part=more]')) throw new Error('civic: expected "+N more" in the busy month');
        // FullCalendar
        host.textContent = '';
        await frame();
        const div = document.createElement('div');
        host.append(div);
        const theirCopy = JSON.parse(JSON.stringify(fcEvents));
        t0 = performance.now();
        const { Calendar, dayGridPlugin, listPlugin, zhCn } = window.FC;
        const cal = new Calendar(div, {
          plugins: [dayGridPlugin, listPlugin],
          locale: zhCn,
          initialView: 'dayGridMonth',
          initialDate: '2025-06-01',
          dayMaxEvents: true,
          events: theirCopy,
        });
        cal.render();
        height += div.getBoundingClientRect().height;
        t1 = performance.now();
        if (keep) out.fullcalendar.first.push(t1 - t0);
        await frame();
        t0 = performance.now();
        cal.prev();
        height += div.getBoundingClientRect().height;
        t1 = performance.now();
        if (keep) out.fullcalendar.switch.push(t1 - t0);
        if (!div.querySelector('.fc-daygrid-more-link')) throw new Error('fullcalendar: expected "+N more"');
        cal.destroy();
        if (!(height > 0)) throw new Error('nothing was laid out');
      }
      return out;
    },
    { feed, fcEvents, runs: RUNS },
  );

  const round = (x) => Math.round(x * 10) / 10;
  const summary = {
    date: new Date().toISOString(),
    browser: browser.version(),
    runs: RUNS,
    data: { events: events.length, busiestMonth: '2025-06', eventsInBusiestMonth: 300 },
    civic: {
      firstRenderMs: round(median(result.civic.first)),
      monthSwitchMs: round(median(result.civic.switch)),
      bundle: ours,
    },
    fullcalendar: {
      firstRenderMs: round(median(result.fullcalendar.first)),
      monthSwitchMs: round(median(result.fullcalendar.switch)),
      bundle: theirs,
      note: '@fullcalendar/core + daygrid + list + zh-cn locale, month view, dayMaxEvents',
    },
  };
  summary.ratio = {
    firstRender: round(summary.fullcalendar.firstRenderMs / summary.civic.firstRenderMs),
    monthSwitch: round(summary.fullcalendar.monthSwitchMs / summary.civic.monthSwitchMs),
    gzipSize: round(theirs.gzip / ours.gzip),
  };
  writeFileSync(join(root, 'bench/results.calendar.json'), JSON.stringify(summary, null, 2) + '\n');
  console.log(JSON.stringify(summary, null, 2));
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
