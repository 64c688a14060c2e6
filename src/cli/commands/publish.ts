/**
 * civic-feed html feed.json -o plan.html   static printable page
 * civic-feed ics feed.json -o events.ics   the events as one iCalendar file
 * civic-feed diff old.json new.json        what changed (exit 0 none, 1 changes, 2 unreadable)
 * Inputs may be feeds or spreadsheets, like validate's.
 */
import type { Feed } from '../../feed/types.js';
import { EXIT, err, out, path, say, str, writeOut, type Context } from '../context.js';
import { toICalendar } from '../../feed/ical.js';
import { loadLunarRules, needsLunar } from '../../feed/recurrence.js';
import { diffFeeds, diffLines } from '../diff.js';
import { renderHtml } from '../html.js';
import { isUrl, readAny, type Checked } from '../input.js';
import { countBy, problemLines } from '../report.js';

/** Reads a feed for publishing; prints its problems on stderr; undefined when it cannot be used. */
async function usableFeed(ctx: Context, input: string | undefined): Promise<{ feed?: Feed; code: number; checked?: Checked }> {
  if (!input) {
    err(ctx, say(ctx, 'needs-input'));
    return { code: EXIT.unreadable };
  }
  const checked = await readAny(isUrl(input) ? input : path(ctx, input));
  const { errors, warnings } = countBy(checked.problems);
  if (errors + warnings > 0) err(ctx, problemLines(checked.problems, ctx.lang).join('\n'));
  if (checked.fatal || !checked.feed) return { code: EXIT.errors };
  return { feed: checked.feed, code: EXIT.ok, checked };
}

async function emit(ctx: Context, text: string): Promise<number> {
  const output = str(ctx, 'output');
  if (!output) {
    out(ctx, text);
    return EXIT.ok;
  }
  await writeOut(ctx, output, text, true);
  err(ctx, say(ctx, 'wrote', { file: output }));
  return EXIT.ok;
}

export async function htmlCommand(ctx: Context): Promise<number> {
  const { feed, code } = await usableFeed(ctx, ctx.positionals[0]);
  if (!feed) return code;
  return emit(ctx, renderHtml(feed, { lang: ctx.lang }));
}

/**
 * The events in the feed's language, or in --lang's when it is given; --base makes relative
 * event links absolute (iCalendar needs absolute ones; without it they are left out).
 */
export async function icsCommand(ctx: Context): Promise<number> {
  const { feed, code } = await usableFeed(ctx, ctx.positionals[0]);
  if (!feed) return code;
  const lang = typeof ctx.values.lang === 'string' ? (ctx.lang === 'en' ? 'en' : 'zh-Hans') : feed.lang;
  const lunar = needsLunar(feed.events) ? await loadLunarRules() : undefined;
  return emit(ctx, toICalendar(feed, feed.events, { lang, baseUrl: str(ctx, 'base'), lunar }));
}

export async function diffCommand(ctx: Context): Promise<number> {
  const [a, b] = ctx.positionals;
  if (!a || !b) {
    err(ctx, say(ctx, 'needs-input'));
    return EXIT.unreadable;
  }
  const before = await usableFeed(ctx, a);
  if (!before.feed) return EXIT.unreadable;
  const after = await usableFeed(ctx, b);
  if (!after.feed) return EXIT.unreadable;
  const changes = diffFeeds(before.feed, after.feed);
  if (ctx.json) out(ctx, JSON.stringify({ from: a, to: b, changes }, null, 2));
  else out(ctx, changes.length ? diffLines(changes, ctx.lang, after.feed.lang).join('\n') : say(ctx, 'no-changes'));
  return changes.length ? EXIT.errors : EXIT.ok;
}
