/** What every command gets: output streams, the environment, parsed options, the message language. */
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { t, type Lang, type UiKey } from './messages.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
}

export type Values = Record<string, string | boolean | undefined>;

export interface Context {
  io: Io;
  lang: Lang;
  json: boolean;
  values: Values;
  positionals: string[];
}

export const EXIT = { ok: 0, errors: 1, unreadable: 2 } as const;

export const say = (ctx: Context, key: UiKey, params?: Record<string, string | number>) => t(ctx.lang, key, params);
export const out = (ctx: Context, text: string) => ctx.io.stdout(text.endsWith('\n') ? text : text + '\n');
export const err = (ctx: Context, text: string) => ctx.io.stderr(text.endsWith('\n') ? text : text + '\n');
export const str = (ctx: Context, name: string): string | undefined => {
  const v = ctx.values[name];
  return typeof v === 'string' ? v : undefined;
};
export const path = (ctx: Context, p: string) => resolve(ctx.io.cwd, p);

export async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a file, making its folder; refuses to overwrite unless `overwrite`. The bytes go to a
 * temporary file beside it, renamed over the target only when complete: never a half-written feed.
 */
export async function writeOut(ctx: Context, file: string, data: string | Uint8Array, overwrite: boolean): Promise<boolean> {
  const full = path(ctx, file);
  if (!overwrite && (await exists(full))) {
    err(ctx, say(ctx, 'exists', { file }));
    return false;
  }
  await mkdir(dirname(full), { recursive: true });
  const temp = `${full}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temp, data);
    await rename(temp, full);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  return true;
}
