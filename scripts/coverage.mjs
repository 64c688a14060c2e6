#!/usr/bin/env node
/**
 * Merges the v8 line coverage of the browser tests (coverage/browser/lcov.info) and the Node
 * tests (coverage/node.lcov), prints it by folder, and with --check fails when the data layer
 * (src/feed/) is under 95% of lines.
 */
import { existsSync, readFileSync } from 'node:fs';

const FEED_MINIMUM = 95;
const files = new Map(); // path -> Map(line -> hits)

for (const report of ['coverage/browser/lcov.info', 'coverage/node.lcov']) {
  if (!existsSync(report)) {
    console.warn(`coverage: ${report} is missing`);
    continue;
  }
  let current;
  for (const line of readFileSync(report, 'utf8').split('\n')) {
    if (line.startsWith('SF:')) {
      const path = line.slice(3).replace(/^.*?(src\/)/, '$1');
      current = path.startsWith('src/') && !path.startsWith('src/generated/') ? (files.get(path) ?? files.set(path, new Map()).get(path)) : undefined;
    } else if (line.startsWith('DA:') && current) {
      const [n, hits] = line.slice(3).split(',').map(Number);
      current.set(n, Math.max(current.get(n) ?? 0, hits));
    }
  }
}

const groups = new Map();
for (const [path, lines] of files) {
  const group = path.startsWith('src/elements/') ? path.split('/').slice(0, 3).join('/') : path.split('/').slice(0, 2).join('/');
  const g = groups.get(group) ?? groups.set(group, { found: 0, hit: 0 }).get(group);
  for (const hits of lines.values()) {
    g.found++;
    if (hits > 0) g.hit++;
  }
}
const pct = (g) => (g.found ? (100 * g.hit) / g.found : 100);
const total = [...groups.values()].reduce((t, g) => ({ found: t.found + g.found, hit: t.hit + g.hit }), { found: 0, hit: 0 });
console.log('\nline coverage (browser + node tests, v8):');
for (const [name, g] of [...groups].sort()) console.log(`  ${name.padEnd(40)} ${pct(g).toFixed(1).padStart(5)}%  (${g.hit}/${g.found})`);
console.log(`  ${'all of src/'.padEnd(40)} ${pct(total).toFixed(1).padStart(5)}%`);

if (process.argv.includes('--check')) {
  const feed = groups.get('src/feed');
  if (!feed || pct(feed) < FEED_MINIMUM) {
    console.error(`coverage: src/feed/ is at ${feed ? pct(feed).toFixed(1) : 0}% of lines; it must be at least ${FEED_MINIMUM}%.`);
    process.exit(1);
  }
}
