/**
 * The slow-network benchmark's pages, data and server (bench/slow-network.bench.mjs measures
 * them; bench/slow-network-profile.mjs traces where their time goes): the calendar page, the
 * portal page, each plain and with the preload hints, and FullCalendar's standard bundle on the
 * same events, served gzip-compressed from the self-host build; and the portal page as the README's
 * snippet has it (`portal-all`: every widget from civic-widgets.js).
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startGzipServer } from './server.mjs';
import { hintsFor } from './hints.mjs';

export const PROFILE = { latencyMs: 150, downloadKbps: 1600, uploadKbps: 750, cpuSlowdown: 4 };

/** Throttles a page's CDP session to PROFILE, with no cache. */
export async function throttle(cdp) {
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PROFILE.latencyMs,
    downloadThroughput: (PROFILE.downloadKbps * 1000) / 8,
    uploadThroughput: (PROFILE.uploadKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
}

/** Builds FullCalendar's bundle and serves the pages: { pages, titles, server }. */
export async function slowNetworkPages(root, SELF_HOST) {
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
    // The README's snippet: all widgets from the one module file, civic-widgets.js.
    'portal-all': page(scripts(['civic-widgets']), portalBody),
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


  return { pages, titles, server };
}

/** In the page before anything else: notes the time (from navigation) at which a title first shows. */
export const watcher = ({ titles, where }) => {
  const texts = (node, out = []) => {
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) out.push(el.shadowRoot.textContent, ...texts(el.shadowRoot));
    return out;
  };
  const look = () => {
    const scope = where === 'light' ? [document.body?.textContent ?? ''] : texts(document);
    if (scope.some((t) => titles.some((title) => t.includes(title)))) {
      window.__firstTitleMs = performance.now();
      // For bench/slow-network-profile.mjs: the same instant in the trace's clock.
      performance.mark('civic-first-title');
    }
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

