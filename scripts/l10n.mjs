#!/usr/bin/env node
/**
 * Localization in one step: extracts the msg() strings into xliff/zh-Hans.xlf, fills in the
 * Chinese targets given in a JSON file ({ "<source as in the xlf>": "<target>" }), builds
 * src/generated/locales (and splits it: scripts/locale-split.mjs), and lists every string still
 * without a translation.
 *
 *   node scripts/l10n.mjs [translations.json]
 *
 * A lock directory makes concurrent runs wait for each other.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const XLF = 'xliff/zh-Hans.xlf';
const lock = join(tmpdir(), 'civic-widgets-l10n.lock');

function acquire() {
  for (let i = 0; i < 600; i++) {
    try {
      mkdirSync(lock);
      return;
    } catch {
      execFileSync('sleep', ['0.5']);
    }
  }
  throw new Error(`could not get ${lock}`);
}

acquire();
try {
  execFileSync('npx', ['lit-localize', 'extract'], { stdio: 'inherit' });
  let xlf = readFileSync(XLF, 'utf8');
  const map = process.argv[2] ? JSON.parse(readFileSync(process.argv[2], 'utf8')) : {};
  let filled = 0;
  xlf = xlf.replace(
    /(<trans-unit id="[^"]+">\s*<source>)([\s\S]*?)(<\/source>)(\s*<target>[\s\S]*?<\/target>)?/g,
    (all, open, source, close) => {
      if (map[source] !== undefined) {
        filled++;
        return `${open}${source}${close}\n  <target>${map[source]}</target>`;
      }
      return all;
    },
  );
  writeFileSync(XLF, xlf);
  execFileSync('npx', ['lit-localize', 'build'], { stdio: 'inherit' });
  // The widgets' texts apart from the tool pages' (what a page with widgets loads).
  execFileSync(process.execPath, ['scripts/locale-split.mjs'], { stdio: 'inherit' });
  const missing = [...xlf.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?!\s*<target>)/g)];
  console.log(`l10n: ${filled} filled from the file, ${missing.length} without a Chinese translation.`);
  for (const m of missing) console.log(`  ${m[1]}: ${m[2]}`);
  process.exitCode = missing.length ? 1 : 0;
} finally {
  rmdirSync(lock);
}
