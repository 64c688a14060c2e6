/** Running the command line in-process (or as a child process) for the tests. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after } from 'node:test';
import { run } from '../../src/cli/civic-feed.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'test/fixtures/cli');
export const MIYUN = join(ROOT, 'public/feeds/miyun-2024.json');
export const fixture = (name: string) => join(FIXTURES, name);

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `civic-feed …args` in this process; messages in Chinese unless env says otherwise. */
export async function cli(args: string[], options: { env?: Record<string, string>; cwd?: string } = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    env: options.env ?? {},
    cwd: options.cwd ?? ROOT,
  });
  return { code, stdout, stderr };
}

/** Runs the real program as a child process (node --import tsx src/cli/civic-feed.ts). */
export function spawnCli(args: string[], env: Record<string, string> = {}): Ran {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/civic-feed.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const dirs: string[] = [];
/** A fresh temporary folder, removed after the test file. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'civic-feed-test-'));
  dirs.push(dir);
  return dir;
}
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

export const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
