#!/usr/bin/env node
/**
 * Gzip size of each entry point of the self-host build (dist/self-host/), including every file
 * it imports statically (not the chunks it loads on demand), against its budget. Which modules
 * may only load on demand: scripts/chunks.mjs.
 *
 * Two numbers per entry: `target` is the budget issue 8 sets; `limit` is what `npm test`
 * enforces today, the measured size when the gate was added plus a little, so the library
 * cannot quietly grow. Where an entry is still over its target, lower its limit as the size
 * comes down, until limit and target meet. A limit is raised only on purpose, with the reason in
 * the commit (the last times: feed text marked with its language, WCAG 3.1.2, 0.1–0.6 KB; the
 * classic script +0.3 KB for the glue of the task list's on-demand opened part, which saved
 * 0.5 KB on the module builds; the task list +0.1 KB for milestones that wrap beside their mark
 * on a phone and statuses counted once; issue 15's one base for the feed widgets,
 * src/internal/civic-feed-element.ts with its typed events, in the core chunk every widget loads:
 * the ring and the board +0.2 KB, the task list and the calendar +0.1 KB, while the all-in-one
 * and the classic script, which no longer repeat each widget's setup, got a little smaller;
 * issue 15's split of the task list and the calendar into views/ and controllers/, each view's
 * styles in a module of its own: the task list +0.3 KB and the calendar +0.55 KB (0.8 KB before
 * its views shared one context), 41 bytes over the 0.5 KB: each controller is a small
 * object with its own names;
 * new features of the data layer: tasks[].updates (issue 17) and events[].recurrence (issue 18:
 * the RRULE subset, solar-term and lunar expansion, the .ics writer's RRULE/RDATE) are on demand
 * in the module builds, but the classic script holds everything, +8.1 KB; the all-in-one +1.5 KB,
 * the splits and the feed layer's new chunk names;
 * issues 17, 18, 20 and 21 (features residents asked for, each in the widgets' own or shared
 * code, no byte tricks), raised on purpose: every feed widget about +1.8 KB for the age of its
 * data (src/internal/data-age.ts and src/feed/timeliness.ts in the shared feed-ui file: the
 * "data updated" line, the old-data notice, the editors' warning) and +1.2 KB for the feed's
 * request started when the element connects (src/feed/fetch.ts and share.ts: timeout, retries
 * with jitter, Retry-After, the one-request-per-URL map, moved out of the on-demand layer, which
 * shrank by about as much); the ring +0.2 KB (heading-level, stale-after and now in the base);
 * the board +1.5 KB (as-of on every figure, the history list, one table per section) and the
 * summary +1.2 KB (as-of); the task list +1.9 KB (overdue judged at the last report, the "of
 * which" counts, the latest update and the timeline, dated figures, heading-level, large text);
 * the calendar +6 KB (where it opens, recent events, ended, upcoming add-to-calendar,
 * occurrences of recurring events and their rule descriptions, the year view's controller (the
 * view itself is on demand), the month shown as a list on a narrow screen, one date formatter
 * per kind; the expansion itself, recurrence.ts, stays on demand); the all-in-one and the
 * classic script hold all of it (the classic script also the year view and the expansion); the
 * zh-Hans texts +0.2 KB (the new strings);
 * issue 20, Chinese line breaking at 200 % text on a phone: src/internal/words.ts (a <wbr> between
 * words, never inside a number with its unit, never before closing punctuation) used by the shared
 * data-age notices and the task list's latest-update label, and the styles that give narrow
 * widgets their padding back: the feed widgets +0.1–0.3 KB.)
 *   node scripts/sizes.mjs            prints the table
 *   node scripts/sizes.mjs --check    exits 1 when an entry is over budget, naming it
 *   node scripts/sizes.mjs --readme   rewrites the table in docs/sizes.md between the size markers
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeSection } from './readme-section.mjs';
import { measureFloors } from './size-floor.mjs';
import { isOnDemand, SELF_HOST } from './chunks.mjs';

const KB = 1024;
export const BUDGETS = [
  { entry: 'civic-progress-ring.js', label: '<civic-progress-ring> (standalone)', target: 9 * KB, limit: 15.1 * KB },
  { entry: 'civic-indicator-board.js', label: '<civic-indicator-board>', target: 17 * KB, limit: 25.5 * KB },
  { entry: 'civic-task-list.js', label: '<civic-task-list>', target: 19 * KB, limit: 27.3 * KB },
  { entry: 'civic-event-calendar.js', label: '<civic-event-calendar>', target: 21 * KB, limit: 34.4 * KB },
  { entry: 'civic-feed-summary.js', label: '<civic-feed-summary>', target: 17 * KB, limit: 19.4 * KB },
  { entry: 'civic-widgets.js', label: 'all-in-one module (civic-widgets.js)', target: 30 * KB, limit: 46.8 * KB },
  { entry: 'civic-widgets.classic.js', label: 'classic script (civic-widgets.classic.js)', target: 34 * KB, limit: 74.3 * KB },
];
const LOCALE = { target: 3 * KB, limit: 3.3 * KB };
/** Loaded on demand by the first widget that needs a feed; reported, with no budget of its own. */
const FEED_LAYER = /^chunks\/feed-layer-.*\.js$/;

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/** The entry and every file it imports statically, transitively. */
export function staticClosure(entry, root = SELF_HOST) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(root, file), 'utf8');
    // import … from "./x.js", import "./x.js", export … from "./x.js"; not import("./x.js").
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(normalize(join(dirname(file), m[1])));
    }
  };
  visit(entry);
  return [...seen];
}

export function measure(root = SELF_HOST) {
  const rows = [];
  for (const b of BUDGETS) {
    if (!existsSync(join(root, b.entry))) continue;
    const files = staticClosure(b.entry, root);
    rows.push({ ...b, files, gzip: files.reduce((n, f) => n + gz(join(root, f)), 0) });
  }
  for (const f of readdirSync(join(root, 'chunks')).filter((f) => /^zh-Hans.*\.js$/.test(f))) {
    rows.push({ entry: `chunks/${f}`, label: 'zh-Hans texts of the widgets (loaded on demand)', ...LOCALE, files: [`chunks/${f}`], gzip: gz(join(root, 'chunks', f)) });
  }
  for (const f of readdirSync(join(root, 'chunks')).filter((f) => FEED_LAYER.test(`chunks/${f}`))) {
    // What it adds to a page that already has a widget: the files no widget entry loads.
    const files = staticClosure(`chunks/${f}`, root).filter((x) => !rows.some((r) => r.files.includes(x)));
    rows.push({ entry: `chunks/${f}`, label: 'feed layer: validator, valibot, loader (loaded on demand)', target: undefined, limit: undefined, files, gzip: files.reduce((n, x) => n + gz(join(root, x)), 0) });
  }
  return rows;
}

/**
 * The modules each module entry (not the classic script, which has no chunks) loads statically
 * although the chunk map says they load on demand, read from the source maps: [entry, module][].
 */
export function loadedStatically(rows, root = SELF_HOST) {
  const out = [];
  for (const r of rows.filter((x) => x.limit !== undefined && !x.entry.endsWith('.classic.js') && !x.entry.startsWith('chunks/'))) {
    const held = r.files.flatMap((f) => (existsSync(join(root, `${f}.map`)) ? JSON.parse(readFileSync(join(root, `${f}.map`), 'utf8')).sources : []));
    if (!held.length) out.push([r.entry, '(no source maps to read)']);
    for (const s of held.filter((x) => isOnDemand(x))) out.push([r.entry, s]);
  }
  return out;
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;

/** `floors`: what the stack alone costs (scripts/size-floor.mjs), shown under the entries. */
export function markdown(rows, floors = []) {
  const lines = ['| entry point (gzip, with its static imports) | size | target (issue 8) | enforced limit |', '|---|---:|---:|---:|'];
  for (const r of rows) {
    const mark = r.target === undefined ? '' : r.gzip <= r.target ? ' ✓' : ' ✗ over';
    lines.push(`| ${r.label} | ${kb(r.gzip)} | ${r.target === undefined ? '' : kb(r.target) + mark} | ${r.limit === undefined ? '' : kb(r.limit)} |`);
  }
  if (floors.length) {
    lines.push('| *the fixed stack alone (node scripts/size-floor.mjs)* | | | |');
    for (const f of floors) lines.push(`| ${f.label} | ${kb(f.gzip)} | | |`);
  }
  lines.push(
    '| *peers, for comparison* | | | |',
    '| FullCalendar standard bundle | about 81 KB | | |',
    '| add-to-calendar-button | about 96 KB | | |',
    "| Shoelace's progress ring with Lit | about 10 KB | | |",
  );
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = measure();
  const table = markdown(rows, process.argv.includes('--readme') ? await measureFloors() : []);
  console.log(table);
  if (process.argv.includes('--readme')) {
    console.log(`${writeSection('sizes', table)} updated`);
  }
  if (process.argv.includes('--check')) {
    const over = rows.filter((r) => r.limit !== undefined && r.gzip > r.limit);
    for (const r of over) console.error(`over its limit: ${r.entry} is ${kb(r.gzip)} gzip, limit ${kb(r.limit)} (target ${kb(r.target)})`);
    const statics = loadedStatically(rows);
    for (const [entry, module] of statics) console.error(`${entry} loads ${module} statically; the chunk map (scripts/chunks.mjs) says on demand`);
    process.exit(over.length || statics.length ? 1 : 0);
  }
}
