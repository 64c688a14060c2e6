#!/usr/bin/env node
/**
 * Points custom-elements.json at the modules the package ships instead of the sources it does not
 * (run by `npm run analyze`, after the analyzer). A widget's module is its entry of the npm build,
 * `dist/<tag>.js` (also "civic-widgets/<tag>"); any other module is its one-to-one file of that
 * build, src/x/y.ts → dist/x/y.js (vite.config.ts, mode npm: preserveModules). A module that
 * declares and exports nothing the manifest records (only TypeScript types, such as a views'
 * context interface) has no file in the build, so it is left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** The shipped path of a source module path ('src/elements/civic-task-list/civic-task-list.ts'). */
export function shippedPath(path) {
  const m = /^src\/(.+)\.ts$/.exec(path);
  if (!m) return path;
  const entry = /^elements\/(civic-[a-z-]+)\/\1$/.exec(m[1]);
  return entry ? `dist/${entry[1]}.js` : `dist/${m[1]}.js`;
}

/** Rewrites every `path` and `module` of the manifest, in place. */
export function shipPaths(node) {
  if (Array.isArray(node)) node.forEach(shipPaths);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shippedPath(value);
      else shipPaths(value);
    }
  }
  return node;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = shipPaths(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
  manifest.modules = manifest.modules.filter((m) => m.declarations?.length || m.exports?.length);
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  writeFileSync('custom-elements.json', JSON.stringify(manifest, null, 2) + '\n');
}
