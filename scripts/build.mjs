#!/usr/bin/env node
/**
 * npm run build: everything in dist/, in order.
 *   dist/civic-widgets.js                                      (all widgets, one ES module)
 *   one file per widget, dist/chunks/                          (ES modules, shared chunks)
 *   dist/civic-widgets.classic.js                              (one IIFE file)
 *   dist/embed.html, embed-resize.js, embed-config.json         (the iframe embed)
 *   dist/feed.js, dist/types/, dist/feed.schema.json            (the data layer for tools)
 *   dist/demo/                                                  (the demo site)
 *   dist/cli/civic-feed.js                                      (the publishers' command line)
 *   dist/manifest.json                                          (every file, its size and SRI hash)
 */
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const steps = [
  'npm run analyze',
  'npx vite build',
  'npx vite build --mode lib',
  'npx vite build --mode bundle',
  'npx vite build --mode feed',
  'npx vite build --mode classic',
  'npx vite build --mode pages',
  'npx tsc -p tsconfig.build.json',
  'node --import tsx scripts/write-schema.ts dist/feed.schema.json',
  'node scripts/build-cli.mjs',
  'node scripts/write-manifest.mjs',
];

rmSync('dist', { recursive: true, force: true });
for (const step of steps) {
  console.log(`\n> ${step}`);
  execSync(step, { stdio: 'inherit' });
}
