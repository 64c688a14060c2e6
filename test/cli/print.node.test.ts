/**
 * The static page printed to A4 by Chromium: several pages, each starting with the same running
 * header (title + data date + sample badge, checked in publish.test.ts). Skipped without Chromium.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { cli, MIYUN } from './helpers.js';

/** The text-showing operators of each page's content stream, in order. */
function pageTextRuns(pdf: Buffer): string[][] {
  const s = pdf.toString('latin1');
  const pages: string[][] = [];
  const re = /stream\r?\n/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const start = m.index + m[0].length;
    const end = s.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue; // fonts, images
    }
    if (/\bBT\b/.test(content)) pages.push(content.match(/(<[0-9a-fA-F]+>|\[[^\]]*\])\s*T[jJ]/g) ?? []);
  }
  return pages;
}

const finder = '../../scripts/find-chrome.mjs';
const { findChrome, CHROME_ARGS } = (await import(finder)) as { findChrome: () => string | undefined; CHROME_ARGS: string[] };
const chrome = findChrome();

test('html: printed to A4, every page starts with the same running header', { skip: chrome ? false : 'no Chromium' }, async () => {
  const r = await cli(['html', MIYUN]);
  assert.equal(r.code, 0);
  const browser = await chromium.launch({ executablePath: chrome, args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent(r.stdout);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pageTextRuns(pdf);
    assert.ok(pages.length >= 3, `the whole plan takes several pages (${pages.length})`);
    // The longest run of text every page starts with: the running header.
    let common = 0;
    while (common < pages[0].length && pages.every((p) => p[common] === pages[0][common])) common++;
    assert.ok(common >= 20, `every page starts with the same ${common} text runs`);
    // Control: after it, the pages differ (so this comparison can fail).
    assert.ok(pages.some((p) => p.slice(common, common + 20).join() !== pages[0].slice(common, common + 20).join()));
  } finally {
    await browser.close();
  }
});
