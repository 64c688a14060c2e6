#!/usr/bin/env node
/**
 * Runs every Node test (test/node/**\/*.test.ts) with Node's test runner through tsx, with v8
 * coverage written to coverage/node.lcov for scripts/coverage.mjs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const find = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? find(path) : name.endsWith('.test.ts') ? [path] : [];
  });

mkdirSync('coverage', { recursive: true });
const files = find('test/node').sort();
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
