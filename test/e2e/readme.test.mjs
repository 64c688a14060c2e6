/**
 * The docs' generated tables say what the sources say: the size table (docs/sizes.md) what dist/
 * measures, the benchmark table (docs/performance.md) what bench/results.json holds, the
 * Lighthouse table (docs/performance.md) both demo pages with the gated scores. A stale or empty
 * table fails here, with the command that rewrites it. (They were in the README, hence the name;
 * scripts/readme-section.mjs knows which file each section lives in.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readSection, sectionFile } from '../../scripts/readme-section.mjs';
import { markdown, measure } from '../../scripts/sizes.mjs';
import { measureFloors } from '../../scripts/size-floor.mjs';
import { benchTable } from '../../bench/table.mjs';

test(`the size table in ${sectionFile('sizes')} is the one dist/ measures`, { skip: !existsSync('dist/civic-widgets.js') }, async () => {
  assert.equal(readSection('sizes'), markdown(measure(), await measureFloors()).trim(), 'run: node scripts/sizes.mjs --readme');
});

test(`the benchmark table in ${sectionFile('bench')} is bench/results.json`, () => {
  const results = JSON.parse(readFileSync('bench/results.json', 'utf8'));
  assert.ok(results.rows.length >= 7);
  assert.equal(readSection('bench'), benchTable(results).trim(), 'run: node bench/run-all.mjs --readme-only (or npm run bench -- --readme)');
});

test(`the Lighthouse table in ${sectionFile('lighthouse')} has both demo pages at 100 for the gated scores`, () => {
  const section = readSection('lighthouse') ?? '';
  for (const page of ['`/`', '`/tourism.html`']) {
    const row = section.split('\n').find((line) => line.startsWith(`| ${page}`));
    assert.ok(row, `no row for ${page}; run: node scripts/lighthouse-table.mjs --readme after npm test`);
    const [accessibility, bestPractices] = row.split('|').slice(2, 4).map((c) => Number(c.trim()));
    assert.equal(accessibility, 100);
    assert.equal(bestPractices, 100);
  }
});
