/**
 * What <civic-indicator-board> shows for a feed: its indicators, narrowed by the `indicators`,
 * `section` and `task` attributes, in the order `sort` asks, grouped by section, with the ids the
 * feed does not have.
 */
import { msg } from '@lit/localize';
import { langOf, pickText } from '../../feed/text.js';
import { compareProgress, computeProgress } from '../../feed/indicators.js';
import type { Feed, Indicator, Task } from '../../feed/types.js';
import { feedDataDay } from '../civic-progress-ring/feed-as-of.js';
import type { RingData } from '../civic-progress-ring/ring-view.js';

/** One indicator, ready to render. */
export interface Item {
  ind: Indicator;
  title: string;
  /** The language of the title, and of the unit, when not the UI's. */
  titleLang?: string;
  unitLang?: string;
  data: RingData;
  task?: Task;
}

export interface Group {
  id: string;
  title: string;
  titleLang?: string;
  items: Item[];
}

export interface Model {
  groups: Group[];
  count: number;
  /** Ids from `indicators`, `section` or `task` that the feed does not have. */
  missing: string[];
}

const OTHER = '\u0000other';

/** Ids from an attribute: space- or comma-separated. */
export function idList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The board's attributes that choose and order the indicators. */
export interface BoardScope {
  indicators: string | null;
  section: string | null;
  task: string | null;
  sort: string | null;
}

/** The groups of cards to show, and the ids asked for that the feed does not have. */
export function boardModel(feed: Feed, lang: string, scope: BoardScope): Model {
  const tasks = new Map(feed.tasks.map((t) => [t.id, t]));
  const sectionIds = new Set(feed.sections.map((s) => s.id));
  const byId = new Map(feed.indicators.map((i) => [i.id, i]));
  const missing: string[] = [];

  let list: Indicator[];
  const wanted = idList(scope.indicators);
  if (wanted.length) {
    list = [];
    for (const id of wanted) {
      const ind = byId.get(id);
      if (ind) {
        if (!list.includes(ind)) list.push(ind);
      } else missing.push(id);
    }
  } else list = feed.indicators.slice();

  const sectionOf = (ind: Indicator) => {
    const s = ind.task ? tasks.get(ind.task)?.section : undefined;
    return s && sectionIds.has(s) ? s : OTHER;
  };
  const sections = idList(scope.section);
  if (sections.length) {
    for (const s of sections) if (!sectionIds.has(s)) missing.push(s);
    list = list.filter((i) => sections.includes(sectionOf(i)));
  }
  const taskIds = idList(scope.task);
  if (taskIds.length) {
    for (const t of taskIds) if (!tasks.has(t)) missing.push(t);
    list = list.filter((i) => !!i.task && taskIds.includes(i.task));
  }

  // A value without its own date is as of the feed's data (its `updated`, else its newest item).
  const fallbackAsOf = feedDataDay(feed);
  const items: Item[] = list.map((ind) => ({
    ind,
    title: pickText(ind.title, lang, feed.lang).trim() || ind.id,
    titleLang: langOf(ind.title, lang, feed.lang),
    unitLang: langOf(ind.unit, lang, feed.lang),
    task: ind.task ? tasks.get(ind.task) : undefined,
    data: {
      progress: computeProgress(ind),
      unit: pickText(ind.unit, lang, feed.lang).trim(),
      asOf: ind.asOf ?? fallbackAsOf,
      lang,
    },
  }));
  if (scope.sort === 'progress') items.sort((a, b) => compareProgress(a.data.progress, b.data.progress));

  const groups = new Map<string, Group>();
  for (const s of feed.sections) groups.set(s.id, { id: s.id, title: pickText(s.title, lang, feed.lang), titleLang: langOf(s.title, lang, feed.lang), items: [] });
  groups.set(OTHER, { id: OTHER, title: msg('Other'), items: [] });
  for (const item of items) groups.get(sectionOf(item.ind))!.items.push(item);
  const used = [...groups.values()].filter((g) => g.items.length);
  return { groups: used, count: items.length, missing };
}
