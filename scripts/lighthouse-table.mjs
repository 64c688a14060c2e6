#!/usr/bin/env node
/**
 * The Lighthouse table of docs/performance.md, from test-results/lighthouse.json (written by the
 * Lighthouse test in `npm test`).
 *   node scripts/lighthouse-table.mjs            prints the table
 *   node scripts/lighthouse-table.mjs --readme   rewrites it in docs/performance.md between the
 *                                                markers (the flag kept its name from when the
 *                                                table was in the README)
 */
import { readFileSync } from 'node:fs';
import { writeSection } from './readme-section.mjs';

const PAGES = { '/': 'portal page (zh-Hans): task list, ring, board, calendar', '/tourism.html': 'tourism page (en): calendar' };

export function lighthouseTable(results) {
  const any = Object.values(results)[0] ?? {};
  return [
    `Lighthouse ${any.lighthouse ?? '?'}, ${any.chrome ?? 'Chrome'} headless, mobile emulation, on this project's CI-class machine (2 cores).`,
    '',
    '| page | accessibility | best practices | performance | SEO |',
    '|---|---:|---:|---:|---:|',
    ...Object.entries(results).map(
      ([page, s]) => `| \`${page}\` ${PAGES[page] ?? ''} | ${s.accessibility} | ${s.bestPractices} | ${s.performance} | ${s.seo} |`,
    ),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = lighthouseTable(JSON.parse(readFileSync('test-results/lighthouse.json', 'utf8')));
  console.log(table);
  if (process.argv.includes('--readme')) {
    console.log(`${writeSection('lighthouse', table)} updated`);
  }
}
