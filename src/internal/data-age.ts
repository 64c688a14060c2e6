/**
 * How old a widget's data is, in words: the quiet "Data updated …" line every feed widget shows,
 * the calm notice past `stale-after`, the second date of the could-not-refresh notice, and
 * what editors are told (console warning, debug view, configurator). The rules are
 * src/feed/timeliness.ts's; this file only words them.
 *
 * "Now" is always a Date passed in. The widgets pass `new Date()` at render time, as their
 * other "today" does (todayIn's default), so a test that fixes the clock fixes both.
 */
import { msg, str } from '@lit/localize';
import { todayIn } from '../feed/dates.js';
import { formatDate, formatNumber } from '../feed/format.js';
import { dayOf, EDITOR_STALE_DAYS, feedTimeliness, STALE_AFTER_DAYS, type FeedTimeliness } from '../feed/timeliness.js';
import type { Feed } from '../feed/types.js';

/** The words of a feed's age at one moment, in the UI language. */
export interface DataAgeWords extends FeedTimeliness {
  /** The as-of date, formatted ("2024年9月30日"); '' when the feed has no date. */
  date: string;
  /** "Data updated 30 September 2024", or, when stale, "Last updated …, over 26 months ago". '' without a date. */
  line: string;
}

/** The `stale-after` value to use: a number ≥ 0 as given, else the default (90). */
export function staleAfterDays(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) && n >= 0 ? n : STALE_AFTER_DAYS;
}

/**
 * True when a whole number of months separates the two days (same day of the month): then the
 * age is "26 months", else "over 26 months".
 */
function wholeMonths(from: string, today: string): boolean {
  return from.slice(8, 10) === today.slice(8, 10);
}

/**
 * "over 26 months ago" / "已超过 26 个月未更新": months when at least one month has passed, else
 * days. Months are kept past a year (the "26 个月" reads more exactly than "2 年").
 */
export function agoText(t: FeedTimeliness, timeZone: string, now: Date, lang: string): string {
  const age = t.age;
  if (!age || t.asOf === undefined) return '';
  const n = (x: number) => formatNumber(x, lang);
  if (age.months >= 1) {
    const from = dayOf(t.asOf, timeZone) ?? '';
    const over = !wholeMonths(from, todayIn(timeZone, now));
    const count = n(age.months);
    if (age.months === 1) return over ? msg('over 1 month ago') : msg('1 month ago');
    return over ? msg(str`over ${count} months ago`) : msg(str`${count} months ago`);
  }
  return age.days === 1 ? msg('1 day ago') : msg(str`${n(age.days)} days ago`);
}

/**
 * The last words worked out for each feed, by day, stale-after and language: a widget renders
 * often (a long list a chunk a frame), and a feed without `updated` is dated by all its items.
 */
const remembered = new WeakMap<Feed, { key: string; words: DataAgeWords }>();

/** The feed's age at `now`, with `staleAfter` days (the element's `stale-after`), in words. */
export function dataAgeWords(feed: Feed, now: Date, staleAfter: unknown, lang: string): DataAgeWords {
  const days = staleAfterDays(staleAfter);
  const key = `${todayIn(feed.timeZone, now)} ${days} ${lang}`;
  const last = remembered.get(feed);
  if (last?.key === key) return last.words;
  const words = wordsFor(feed, now, days, lang);
  remembered.set(feed, { key, words });
  return words;
}

function wordsFor(feed: Feed, now: Date, staleAfter: number, lang: string): DataAgeWords {
  const t = feedTimeliness(feed, now, staleAfter);
  const date = t.asOf === undefined ? '' : formatDate(t.asOf, lang, feed.timeZone);
  let line = '';
  if (date) line = t.stale ? msg(str`Last updated ${date}, ${agoText(t, feed.timeZone, now, lang)}`) : msg(str`Data updated ${date}`);
  return { ...t, date, line };
}

/**
 * What editors are told about the feed's age (debug view, configurator), one sentence each:
 * its date and age in days, where the date comes from, the 14-day rule, the notice residents see.
 */
export function editorAgeLines(feed: Feed, now: Date, staleAfter: unknown, lang: string): string[] {
  const limit = staleAfterDays(staleAfter);
  const w = dataAgeWords(feed, now, limit, lang);
  if (!w.date || !w.age) return [msg('The feed has no date at all: nobody can tell how old its data is. Set its updated date.')];
  const lines = [msg(str`Data as of ${w.date}: ${formatNumber(w.age.days, lang)} days old.`)];
  if (w.fromItems) lines.push(msg('The feed has no updated date: this is the newest date among its items.'));
  lines.push(
    w.editorStale
      ? msg(
          str`Older than ${EDITOR_STALE_DAYS} days: the State Council's inspection indicators for government websites (国办秘函〔2019〕19号) count work-progress columns not updated for 2 weeks against the site. Publish a fresh feed.`,
        )
      : msg(str`Updated within ${EDITOR_STALE_DAYS} days, as government websites' work-progress columns should be.`),
  );
  lines.push(
    w.stale
      ? msg(str`Older than ${formatNumber(limit, lang)} days (stale-after): residents see a notice that the data is old.`)
      : msg(str`Residents see a notice that the data is old after ${formatNumber(limit, lang)} days (stale-after).`),
  );
  return lines;
}

/** Feed URLs (and elements, for inline or property feeds) already warned about in the console. */
const warnedUrls = new Set<string>();
const warnedHosts = new WeakSet<object>();

/**
 * A console warning for web editors when the feed is older than EDITOR_STALE_DAYS: once per feed
 * URL, or once per element for a feed given inline or as a property. Returns true when it warned.
 */
export function warnIfOld(host: HTMLElement & { staleAfter?: unknown }, feed: Feed, url: string | undefined, now: Date): boolean {
  const t = feedTimeliness(feed, now, staleAfterDays(host.staleAfter));
  if (!t.editorStale || !t.age) return false;
  if (url ? warnedUrls.has(url) : warnedHosts.has(host)) return false;
  if (url) warnedUrls.add(url);
  else warnedHosts.add(host);
  console.warn(
    `[civic-widgets] <${host.localName}>: the feed${url ? ' ' + url : ''} is ${t.age.days} days old (data as of ${t.asOf}${
      t.fromItems ? ', its newest item date: it has no "updated"' : ''
    }), older than ${EDITOR_STALE_DAYS} days. The State Council's inspection indicators for government websites (国办秘函〔2019〕19号) count work-progress columns not updated for 2 weeks against the site: publish a fresh feed. Residents see a notice that the data is old after ${staleAfterDays(host.staleAfter)} days (stale-after).`,
  );
  return true;
}
