/**
 * The workbench's downloads, made in the page from the checked feed, as the command line makes
 * them: the feed as `civic-feed build` writes it, the events as `civic-feed ics` does, the
 * printable page as `civic-feed html` does (src/cli/html.ts, which needs no Node).
 */
import { renderHtml } from '../cli/html.js';
import { icsFileName, toICalendar } from '../feed/ical.js';
import type { Feed } from '../feed/types.js';
import type { PageLang, TextKey } from './text.js';

export interface Download {
  kind: 'feed' | 'ics' | 'html';
  label: TextKey;
  name: string;
  url: string;
}

/** A file name's base: the ledger's name without its extension (letters, digits, CJK, dashes). */
export function baseName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return icsFileName(base).replace(/\.ics$/, '') || 'feed';
}

/** The three files' texts (without object URLs: testable in Node). */
export function downloadTexts(feed: Feed, lang: PageLang): { feed: string; ics?: string; html: string } {
  return {
    feed: JSON.stringify(feed, null, 2) + '\n',
    ics: feed.events.length ? toICalendar(feed, feed.events, { lang: feed.lang }) : undefined,
    html: renderHtml(feed, { lang }),
  };
}

/** Object URLs for the downloads; `revoke` frees them when a newer result replaces them. */
export function makeDownloads(feed: Feed, fileName: string, lang: PageLang): { downloads: Download[]; revoke: () => void } {
  const base = baseName(fileName);
  const texts = downloadTexts(feed, lang);
  const url = (text: string, type: string) => URL.createObjectURL(new Blob([text], { type }));
  const downloads: Download[] = [{ kind: 'feed', label: 'dlFeed', name: `${base}.json`, url: url(texts.feed, 'application/json') }];
  if (texts.ics) downloads.push({ kind: 'ics', label: 'dlIcs', name: `${base}.ics`, url: url(texts.ics, 'text/calendar') });
  downloads.push({ kind: 'html', label: 'dlHtml', name: `${base}.html`, url: url(texts.html, 'text/html') });
  return { downloads, revoke: () => downloads.forEach((d) => URL.revokeObjectURL(d.url)) };
}
