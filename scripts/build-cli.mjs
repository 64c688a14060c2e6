#!/usr/bin/env node
/**
 * Bundles the civic-feed command line (src/cli/civic-feed.ts) for Node 20 into one file,
 * dist/cli/civic-feed.js, with its npm dependencies (csv-parse, exceljs, iconv-lite) inside: they
 * are devDependencies, so installing the widgets does not bring them (206 packages, 68 MB before),
 * and the command still works from the installed package. bin/civic-feed.js imports the result.
 * exceljs is CommonJS and requires Node's built-ins at run time, so the bundle gets a `require`
 * of its own (createRequire) and exceljs's optional zip back-ends it never calls stay out.
 */
import { build } from 'esbuild';
import { parseArgs } from 'node:util';

// --outfile: somewhere else (the tests bundle into node_modules/.cache so imports still resolve).
const { values } = parseArgs({ options: { outfile: { type: 'string' }, quiet: { type: 'boolean' } } });

await build({
  entryPoints: ['src/cli/civic-feed.ts'],
  outfile: values.outfile ?? 'dist/cli/civic-feed.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Only Node's built-ins are imported at run time.
  banner: { js: "import { createRequire as __civicRequire } from 'node:module'; const require = __civicRequire(import.meta.url);" },
  sourcemap: true,
  legalComments: 'none',
  minify: true,
  keepNames: true,
  logLevel: values.quiet ? 'warning' : 'info',
});
