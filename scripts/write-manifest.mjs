#!/usr/bin/env node
/**
 * Writes dist/manifest.json: the version and every self-hostable file of dist/ with its size,
 * gzip size and Subresource Integrity hash (sha384), for <script integrity="…">.
 * The demo site, type declarations and source maps are left out.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = 'dist';
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
  if (rel.startsWith('demo/') || rel.startsWith('types/') || rel.startsWith('cli/') || rel.endsWith('.map') || rel === 'manifest.json') continue;
  const bytes = readFileSync(path);
  files.push({ path: rel, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, integrity: sri(bytes) });
}
writeFileSync(join(root, 'manifest.json'), JSON.stringify({ name: pkg.name, version: pkg.version, files }, null, 2) + '\n');
console.log(`wrote dist/manifest.json (${files.length} files)`);
