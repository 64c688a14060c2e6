/** The README's benchmark table, from bench/results.json (run-all.mjs writes both). */
export function benchTable(results) {
  const m = results.machine;
  return [
    `Medians of ${results.runs} runs on ${m.cpus} × ${m.cpu}, Node ${m.node}, Chromium ${m.browser} (headless), load average ${m.loadAverage1m} when measured (\`npm run bench\`, bench/results.json).`,
    '',
    '| benchmark | median | peer, same run |',
    '|---|---:|---|',
    ...results.rows.map((r) => `| ${r.what} | ${r.medianMs} ms | ${r.peer} |`),
  ].join('\n');
}
