#!/usr/bin/env node
/**
 * Takes a screenshot of a page with the system Chromium (playwright-core, no browser download).
 *   node scripts/screenshot.mjs <url> <out.png> [--width 320] [--height 800] [--lang en|zh-CN]
 *                               [--dark] [--full] [--wait 800] [--selector css]
 * --lang sets <html lang> after load (the widgets follow it); --selector shoots one element.
 */
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from './find-chrome.mjs';

const [url, out, ...rest] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [--width N] [--lang en] [--dark] [--full] [--selector css]');
  process.exit(2);
}
const opt = (name, fallback) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : fallback;
};
const flag = (name) => rest.includes(`--${name}`);

const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
try {
  const page = await browser.newPage({
    viewport: { width: Number(opt('width', 1280)), height: Number(opt('height', 800)) },
    colorScheme: flag('dark') ? 'dark' : 'light',
  });
  page.on('console', (m) => m.type() === 'error' && console.error('page error:', m.text()));
  page.on('pageerror', (e) => console.error('page exception:', e.message));
  await page.goto(url, { waitUntil: 'networkidle' });
  const lang = opt('lang');
  if (lang) await page.evaluate((l) => (document.documentElement.lang = l), lang);
  await page.waitForTimeout(Number(opt('wait', 800)));
  const selector = opt('selector');
  if (selector) await page.locator(selector).first().screenshot({ path: out });
  else await page.screenshot({ path: out, fullPage: flag('full') });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
