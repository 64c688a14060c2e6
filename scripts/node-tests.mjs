#!/usr/bin/env node
/**
 * Runs every Node test with Node's test runner through tsx, with v8 coverage written to
 * coverage/node.lcov for scripts/coverage.mjs. A Node test of src/X/Y.ts is test/X/Y.node.test.ts
 * (the browser tests, test/X/Y.test.ts, run in web-test-runner); every *.test.ts still under
 * test/node/ runs here too, until it moves to its mirrored place.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

const find = (dir, isTest) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? find(path, isTest) : isTest(path) ? [path] : [];
  });

mkdirSync('coverage', { recursive: true });
const nodeTest = (path) => path.endsWith('.node.test.ts') || (path.startsWith(join('test', 'node') + sep) && path.endsWith('.test.ts'));
const files = find('test', nodeTest).sort();
const result = spawnSync(
  process.execPath,
  [
    '--import', 'tsx',
    '--experimental-test-coverage',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=lcov', '--test-reporter-destination=coverage/node.lcov',
    '--test',
    ...files,
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
