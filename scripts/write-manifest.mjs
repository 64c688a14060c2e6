#!/usr/bin/env node
/**
 * Writes dist/self-host/manifest.json: the version and every file of the self-host build with its
 * size, gzip size and Subresource Integrity hash (sha384), for <script integrity="…">.
 * Source maps are left out. The package exports it as "civic-widgets/manifest.json".
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SELF_HOST } from './chunks.mjs';

const root = SELF_HOST;
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

export function sri(bytes) {
  return 'sha384-' + createHash('sha384').update(bytes).digest('base64');
}

const files = [];
for (const path of walk(root)) {
  const rel = relative(root, path).split('\\').join('/');
  if (rel.endsWith('.map') || rel === 'manifest.json') continue;
  const bytes = readFileSync(path);
  files.push({ path: rel, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, integrity: sri(bytes) });
}
writeFileSync(join(root, 'manifest.json'), JSON.stringify({ name: pkg.name, version: pkg.version, files }, null, 2) + '\n');
console.log(`wrote ${root}/manifest.json (${files.length} files)`);
