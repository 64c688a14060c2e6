#!/usr/bin/env node
/**
 * Bundles the civic-feed command line (src/cli/civic-feed.ts) for Node 20 into
 * dist/cli/civic-feed.js. npm dependencies (csv-parse, exceljs, iconv-lite) stay external:
 * they are installed with the package. bin/civic-feed.js imports the result.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

// --outfile: somewhere else (the tests bundle into node_modules/.cache so imports still resolve).
const { values } = parseArgs({ options: { outfile: { type: 'string' }, quiet: { type: 'boolean' } } });

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: ['src/cli/civic-feed.ts'],
  outfile: values.outfile ?? 'dist/cli/civic-feed.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  external: Object.keys(pkg.dependencies ?? {}),
  sourcemap: true,
  legalComments: 'none',
  logLevel: values.quiet ? 'warning' : 'info',
});
