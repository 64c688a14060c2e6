/**
 * civic-feed build [workbook.xlsx | folder] [--tasks f.csv …] [--meta meta.json] -o feed.json
 * Writes the validated feed (through a temporary file, renamed when complete), or nothing and a
 * list of what to fix (exit 1).
 */
import { extname } from 'node:path';
import type { SheetKind } from '../columns.js';
import { EXIT, err, out, path, say, str, writeOut, type Context } from '../context.js';
import { isFolder, readSheets, scanFolder, type SheetFiles } from '../input.js';
import { countBy, problemLines, problemsJson } from '../report.js';
import { choicesOf, display } from './validate.js';

export const SHEET_OPTIONS: SheetKind[] = ['sections', 'tasks', 'milestones', 'updates', 'links', 'indicators', 'history', 'categories', 'events', 'meta'];

export async function buildCommand(ctx: Context): Promise<number> {
  let files: SheetFiles = {};
  const [input] = ctx.positionals;
  if (input) {
    const full = path(ctx, input);
    if (await isFolder(full)) files = await scanFolder(full);
    else if (['.xlsx', '.xlsm', '.xls', '.et', '.csv'].includes(extname(input).toLowerCase())) files.workbook = full;
    else {
      err(ctx, say(ctx, 'bad-option', { detail: `${input}: .xlsx, .csv ${ctx.lang === 'zh' ? '或文件夹' : 'or a folder'}` }));
      return EXIT.unreadable;
    }
  }
  for (const kind of SHEET_OPTIONS) {
    const f = str(ctx, kind);
    if (f) files[kind] = path(ctx, f);
  }
  if (files.meta && extname(files.meta).toLowerCase() === '.json') {
    files.metaJson = files.meta;
    delete files.meta;
  }
  if (Object.keys(files).length === 0) {
    err(ctx, say(ctx, 'needs-input'));
    return EXIT.unreadable;
  }
  const checked = await readSheets(files, { lang: ctx.lang, whole: true, choices: choicesOf(ctx) });
  for (const p of checked.problems) if (p.where?.file) p.where.file = display(ctx, p.where.file, input ?? '.');
  const { errors } = countBy(checked.problems);
  const output = str(ctx, 'output');
  const report = (text: string) => (output ? out(ctx, text) : err(ctx, text));
  if (ctx.json) report(JSON.stringify({ ...problemsJson(input ?? '', checked.problems), columns: checked.ledger.columns.map((c) => ({ ...c, file: display(ctx, c.file, input ?? '.') })) }, null, 2));
  else report(problemLines(checked.problems, ctx.lang).join('\n'));
  if (checked.fatal || errors > 0 || !checked.feed) {
    if (!ctx.json) report(say(ctx, 'not-written'));
    return EXIT.errors;
  }
  const json = JSON.stringify(checked.feed, null, 2) + '\n';
  if (!output) {
    out(ctx, json);
    return EXIT.ok;
  }
  await writeOut(ctx, output, json, true);
  if (!ctx.json) report(say(ctx, 'wrote', { file: output }));
  return EXIT.ok;
}
