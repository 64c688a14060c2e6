#!/usr/bin/env node
/** Waits (up to 5 minutes, for npm ci) until the demo answers, then checks its page and feed. */
const base = process.argv[2] ?? 'http://127.0.0.1:5173/';
const deadline = Date.now() + 300_000;
let last = '';
while (Date.now() < deadline) {
  try {
    const page = await fetch(base);
    if (page.ok) {
      const html = await page.text();
      const feed = await fetch(new URL('/feeds/miyun-2024.json', base));
      const data = await feed.json();
      if (!html.includes('<civic-')) throw new Error('the demo page has no widget');
      if (data.tasks?.length !== 22) throw new Error('the demo feed does not hold 22 tasks');
      console.log(`demo up at ${base}: page and feed (22 tasks) served`);
      process.exit(0);
    }
    last = `HTTP ${page.status}`;
  } catch (e) {
    last = e instanceof Error ? e.message : String(e);
    if (/widget|22 tasks/.test(last)) break;
  }
  await new Promise((r) => setTimeout(r, 1000));
}
console.error(`demo did not come up at ${base}: ${last}`);
process.exit(1);
