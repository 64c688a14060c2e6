/**
 * civic-feed template -o dir/   blank templates (two example rows, headers in both languages, notes)
 * civic-feed export feed.json -o dir/   a feed in the same shape
 * Both write <sheet>.csv for each sheet, meta.json, and one civic-feed.xlsx workbook.
 */
import { join } from 'node:path';
import { validate } from '../../feed/validate.js';
import { EXIT, err, out, path, say, str, writeOut, type Context } from '../context.js';
import { EXAMPLE_FEED, exportFeed, toCsv, toXlsx, type Exported } from '../export.js';
import { isUrl, readAny } from '../input.js';
import { problemLines } from '../report.js';

export const WORKBOOK = 'civic-feed.xlsx';

async function writeSet(ctx: Context, dir: string, exported: Exported, notes: boolean): Promise<number> {
  const force = ctx.values.force === true;
  const written: string[] = [];
  const files: [string, string | Uint8Array][] = [['meta.json', JSON.stringify(exported.meta, null, 2) + '\n']];
  for (const sheet of exported.sheets) if (sheet.kind !== 'meta') files.push([`${sheet.kind}.csv`, toCsv(sheet.rows)]);
  files.push([WORKBOOK, await toXlsx(exported.sheets, { notes, zhWords: exported.zhWords })]);
  for (const [name, data] of files) {
    const file = join(dir, name);
    if (!(await writeOut(ctx, file, data, force))) return EXIT.unreadable;
    written.push(file);
  }
  if (ctx.json) out(ctx, JSON.stringify({ written }, null, 2));
  else for (const f of written) out(ctx, say(ctx, 'wrote', { file: f }));
  return EXIT.ok;
}

export async function templateCommand(ctx: Context): Promise<number> {
  const dir = str(ctx, 'output') ?? ctx.positionals[0];
  if (!dir) {
    err(ctx, say(ctx, 'needs-output'));
    return EXIT.unreadable;
  }
  const feed = validate(EXAMPLE_FEED).feed!;
  return writeSet(ctx, dir, exportFeed(feed), true);
}

export async function exportCommand(ctx: Context): Promise<number> {
  const [input] = ctx.positionals;
  const dir = str(ctx, 'output');
  if (!input || !dir) {
    err(ctx, say(ctx, input ? 'needs-output' : 'needs-input'));
    return EXIT.unreadable;
  }
  const checked = await readAny(isUrl(input) ? input : path(ctx, input));
  if (!checked.feed) {
    err(ctx, problemLines(checked.problems, ctx.lang).join('\n'));
    return EXIT.errors;
  }
  const exported = exportFeed(checked.feed);
  if (exported.problems.length) err(ctx, problemLines(exported.problems, ctx.lang).join('\n'));
  return writeSet(ctx, dir, exported, true);
}
