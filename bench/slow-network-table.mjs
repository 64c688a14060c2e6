/** docs/performance.md's "slow phone network" table, from bench/results.slow-network.json (and the same before the change, for comparison). */
const TARGETS = { calendarRatio: 0.4, portalMs: 1200, chain: 3 };

const met = (ok) => (ok ? 'met' : '**not met**');

/** The table's rows for one results file. */
function rows(r, label) {
  const p = r.pages;
  const fc = p.fullcalendar.firstTitleMs;
  const row = (what, page, target) => `| ${label} | ${what} | ${page.firstTitleMs} ms | ${page.chainToFirstContent.length} (${page.chainAll.length}) | ${page.feedRequestsPerPage} | ${target} |`;
  return [
    row('calendar page → first event title', p.calendar, `${(p.calendar.firstTitleMs / fc).toFixed(2)}× FullCalendar (target ≤ ${TARGETS.calendarRatio}×: ${met(p.calendar.firstTitleMs <= TARGETS.calendarRatio * fc)})`),
    row('calendar page with the preload hints', p['calendar-hints'], `${(p['calendar-hints'].firstTitleMs / fc).toFixed(2)}× FullCalendar (${met(p['calendar-hints'].firstTitleMs <= TARGETS.calendarRatio * fc)})`),
    row('FullCalendar standard bundle, same events → first event title', p.fullcalendar, ''),
    row('portal page, 4 widgets → first task title', p.portal, `target ≤ ${TARGETS.portalMs} ms: ${met(p.portal.firstTitleMs <= TARGETS.portalMs)}`),
    row('portal page with the preload hints', p['portal-hints'], `${met(p['portal-hints'].firstTitleMs <= TARGETS.portalMs)}`),
    ...(p['portal-all'] ? [row('portal page from civic-widgets.js (the README\'s snippet)', p['portal-all'], `${met(p['portal-all'].firstTitleMs <= TARGETS.portalMs)}`)] : []),
  ];
}

export function slowNetworkTable(after, before) {
  const pr = after.profile;
  return [
    `Chromium ${after.browser ?? ''} through CDP: ${pr.latencyMs} ms latency, ${pr.downloadKbps / 1000} Mbit/s down, ${pr.uploadKbps} kbit/s up, CPU slowed ${pr.cpuSlowdown}×; a cold page each run (gzip, no cache); median of ${after.runs} runs, from navigation; load average ${after.loadAverage1m} when measured (\`node bench/slow-network.bench.mjs\`, bench/results.slow-network.json). Chain: the longest chain of requests that wait on one another up to the first title (and in all), counting the HTML as 1; target ≤ ${TARGETS.chain}.`,
    '',
    '| build | page | median | chain | feed requests | vs target |',
    '|---|---|---:|---:|---:|---|',
    ...(before ? rows(before, 'before (2d101fc)') : []),
    ...rows(after, 'now'),
  ].join('\n');
}
