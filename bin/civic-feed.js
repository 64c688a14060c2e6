#!/usr/bin/env node
// The civic-feed command line. The program is src/cli/civic-feed.ts, bundled for Node 20 into
// dist/cli/civic-feed.js by `npm run build:cli` (scripts/build-cli.mjs).
let cli;
try {
  cli = await import('../dist/cli/civic-feed.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli/civic-feed.js')) throw error;
  console.error('civic-feed: dist/cli/civic-feed.js is missing; run `npm run build:cli` first.');
  process.exit(2);
}
process.exitCode = await cli.run(process.argv.slice(2));
