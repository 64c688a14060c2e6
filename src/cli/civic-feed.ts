/**
 * civic-feed: the command line for the people who publish the feed.
 *
 *   civic-feed validate <file-or-url> [--check-links] [--json] [--lang zh|en]
 *   civic-feed build [workbook.xlsx|folder] [--tasks … --meta meta.json] -o feed.json
 *   civic-feed template -o dir/
 *   civic-feed export feed.json -o dir/
 *   civic-feed ics feed.json -o events.ics
 *   civic-feed html feed.json -o plan.html
 *   civic-feed diff old.json new.json
 *
 * Exit codes: 0 fine, 1 problems to fix (or, for diff, changes), 2 the input could not be read.
 * `run()` is the whole program (tests call it in-process); bin/civic-feed.js calls it.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { EXIT, type Context, type Io } from './context.js';
import { buildCommand, SHEET_OPTIONS } from './commands/build.js';
import { diffCommand, htmlCommand, icsCommand } from './commands/publish.js';
import { exportCommand, templateCommand } from './commands/sheets-out.js';
import { validateCommand } from './commands/validate.js';
import { Unreadable } from './input.js';
import { resolveLang, t, type Lang } from './messages.js';
import { formatProblem } from './report.js';

const COMMANDS: Record<string, (ctx: Context) => Promise<number>> = {
  validate: validateCommand,
  build: buildCommand,
  template: templateCommand,
  export: exportCommand,
  ics: icsCommand,
  html: htmlCommand,
  diff: diffCommand,
};

const OPTIONS = {
  lang: { type: 'string' },
  json: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  'check-links': { type: 'boolean' },
  base: { type: 'string' },
  timeout: { type: 'string' },
  column: { type: 'string', multiple: true },
  ...Object.fromEntries(SHEET_OPTIONS.map((k) => [k, { type: 'string' }])),
} as const;

export const defaultIo = (): Io => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  cwd: process.cwd(),
});

/** Runs the command line; resolves to the exit code. Never throws. */
export async function run(argv: string[], io: Io = defaultIo()): Promise<number> {
  const envLang: Lang = resolveLang(undefined, io.env) ?? 'zh';
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS as never, allowPositionals: true, strict: true });
  } catch (e) {
    io.stderr(t(envLang, 'bad-option', { detail: (e as Error).message }) + '\n\n' + t(envLang, 'usage'));
    return EXIT.unreadable;
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const lang = resolveLang(values.lang as string | undefined, io.env);
  if (!lang) {
    io.stderr(t(envLang, 'bad-option', { detail: '--lang zh|en' }) + '\n');
    return EXIT.unreadable;
  }
  const [command, ...positionals] = parsed.positionals;
  if (!command || values.help) {
    (command || values.help ? io.stdout : io.stderr)(t(lang, 'usage'));
    return command || values.help ? EXIT.ok : EXIT.unreadable;
  }
  const handler = COMMANDS[command];
  if (!handler) {
    io.stderr(t(lang, 'unknown-command', { cmd: command }) + '\n\n' + t(lang, 'usage'));
    return EXIT.unreadable;
  }
  const ctx: Context = { io, lang, json: values.json === true, values, positionals };
  try {
    return await handler(ctx);
  } catch (e) {
    if (e instanceof Unreadable) {
      const p = e.problem;
      const file = p.where?.file ?? positionals[0] ?? '';
      if (ctx.json) io.stdout(JSON.stringify({ input: file, readable: false, problems: [{ ...p, ...(p.where ?? {}), where: undefined, file }] }, null, 2) + '\n');
      else io.stderr(formatProblem(p, lang) + '\n');
      return EXIT.unreadable;
    }
    io.stderr(`civic-feed: ${(e as Error).stack ?? String(e)}\n`);
    return EXIT.unreadable;
  }
}

/** Run when this file is the program (node --import tsx src/cli/civic-feed.ts …). */
function isMain(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

if (isMain()) {
  process.exitCode = await run(process.argv.slice(2));
}
