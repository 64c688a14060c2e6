#!/usr/bin/env node
/**
 * npm run build: both builds, in order.
 *
 * The npm build, dist/ (what `npm install civic-widgets` gives a front-end developer):
 *   dist/civic-widgets.js, dist/<widget>.js, dist/feed.js   entries; one ES module per source
 *     module beside them, with bare imports of lit, @lit/localize and valibot (the app dedupes them)
 *   dist/types/                                             type declarations
 *   dist/feed.schema.json                                   the JSON Schema of the feed
 *   dist/cli/civic-feed.js                                  the publishers' command line, one file
 * The self-host build, dist/self-host/ (what a web editor copies to the portal's server):
 *   civic-widgets.js, one file per widget, chunks/          ES modules, everything bundled
 *   civic-widgets.classic.js                                one IIFE file
 *   embed.html, embed-resize.js, embed-config.json          the iframe embed
 *   configurator.html, feed.schema.json, feeds/
 *   manifest.json                                           every file, its size and SRI hash
 * And the demo site, dist/demo/.
 */
import { execSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { SELF_HOST } from './chunks.mjs';

const steps = [
  'npm run analyze',
  'npx vite build',
  'npx vite build --mode npm',
  'npx vite build --mode lib',
  'npx vite build --mode bundle',
  'npx vite build --mode classic',
  'npx vite build --mode pages',
  'npx tsc -p tsconfig.build.json',
  'node --import tsx scripts/write-schema.ts dist/feed.schema.json',
  () => copyFileSync('dist/feed.schema.json', `${SELF_HOST}/feed.schema.json`),
  'node scripts/build-cli.mjs',
  'node scripts/write-manifest.mjs',
];

rmSync('dist', { recursive: true, force: true });
for (const step of steps) {
  if (typeof step === 'function') {
    step();
    continue;
  }
  console.log(`\n> ${step}`);
  execSync(step, { stdio: 'inherit' });
}
