/** civic-feed validate <file-or-url>: every problem by pointer (and cell), a summary, exit 0/1/2. */
import { sep } from 'node:path';
import { EXIT, err, out, path, say, str, type Context } from '../context.js';
import { isUrl, readAny } from '../input.js';
import { checkLinks, collectLinks } from '../links.js';
import { problemLines, problemsJson, countBy } from '../report.js';

export async function validateCommand(ctx: Context): Promise<number> {
  const [input] = ctx.positionals;
  if (!input) {
    err(ctx, say(ctx, 'needs-input'));
    return EXIT.unreadable;
  }
  const checked = await readAny(isUrl(input) ? input : path(ctx, input), { lang: ctx.lang, choices: choicesOf(ctx) });
  // Report files as the user wrote them.
  for (const p of checked.problems) if (p.where?.file) p.where.file = display(ctx, p.where.file, input);
  let linksChecked: number | undefined;
  if (ctx.values['check-links'] && checked.feed) {
    const timeout = Number(str(ctx, 'timeout') ?? 5);
    const base = str(ctx, 'base') ?? (isUrl(input) ? input : undefined);
    const r = await checkLinks(collectLinks(checked.feed, checked.doc), {
      base,
      timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout * 1000 : 5000,
      concurrency: 4,
    });
    for (const p of r.problems) {
      const where = checked.locate?.(p.path);
      if (where) p.where = { ...where, file: display(ctx, where.file ?? '', input) };
    }
    checked.problems.push(...r.problems);
    linksChecked = r.checked;
  }
  const { errors } = countBy(checked.problems);
  if (ctx.json) {
    const mapped = 'ledger' in checked ? (checked as { ledger: { columns: { file: string }[] } }).ledger.columns : undefined;
    const columns = mapped ? { columns: mapped.map((c) => ({ ...c, file: display(ctx, c.file, input) })) } : {};
    out(ctx, JSON.stringify({ ...problemsJson(input, checked.problems), ...columns, ...(linksChecked === undefined ? {} : { linksChecked }) }, null, 2));
  } else {
    const lines = problemLines(checked.problems, ctx.lang);
    if (linksChecked !== undefined) lines.splice(lines.length - 1, 0, say(ctx, 'links-checked', { n: linksChecked }));
    out(ctx, lines.join('\n'));
  }
  return checked.fatal || errors > 0 ? EXIT.errors : EXIT.ok;
}

/** A path inside the input as the user would write it (relative to where they ran the command). */
export function display(ctx: Context, file: string, input: string): string {
  const full = path(ctx, input);
  if (file === full) return input;
  if (file.startsWith(full + sep)) return input.replace(/[\\/]?$/, sep) + file.slice(full.length + 1);
  return file.startsWith(ctx.io.cwd + sep) ? file.slice(ctx.io.cwd.length + 1) : file;
}

/** --column "时间=due" (repeatable): what an ambiguous header means. */
export function choicesOf(ctx: Context): Record<string, string> {
  const raw = ctx.values.column as unknown;
  const list = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  return Object.fromEntries(list.map((s) => s.split('=')).filter((p) => p.length === 2).map(([h, f]) => [h.trim(), f.trim()]));
}
