/**
 * The events a view shows: the feed's events in the chosen categories with recurring ones
 * expanded over the view's range (recurrence.ts), read into calendar events; where the calendar
 * opens (the next event or occurrence, else the one that ended last); the months before and
 * after a month that have events. The expansion (recurrence.ts) is loaded on demand: the first
 * view of a feed with recurring events starts the load (recurrence-on-demand.ts); until it has
 * arrived each series shows as its first occurrence and `pending` is true. Lunar and solar-term
 * rules also need the lunar module: the same view starts that load too (the one the lunar labels
 * share). The host renders again when each arrives.
 */
import type { ExpandedEvent, LunarRules } from '../../../feed/recurrence.js';
import type { Feed, FeedEvent } from '../../../feed/types.js';
import { isDate } from '../../../feed/dates.js';
import { addDays, addMonths, monthOf, readEvents, type CalEvent } from '../calendar-model.js';
import { lunarModule, lunarSettled, wantLunar } from '../lunar-on-demand.js';
import { hasRecurrence, needsLunar, recurrenceModule, recurrenceSettled, wantRecurrence } from '../recurrence-on-demand.js';

type Recurrence = typeof import('../../../feed/recurrence.js');

/** The last day of an event or occurrence (its start's day for a one-day event). */
export const lastDayOf = (e: ExpandedEvent): string =>
  e.end && e.end.slice(0, 10) > e.start.slice(0, 10) ? e.end.slice(0, 10) : e.start.slice(0, 10);

export interface OccurrenceOptions {
  /** Starts loading the lunar or the recurrence module; the host waits for it (updateComplete) and renders again. */
  load: (loading: Promise<unknown>) => void;
}

/** The first and last day (YYYY-MM-DD) of an event or occurrence. */
export interface Span {
  start: string;
  last: string;
}

/** The agenda's events from a day on: those not ended by then (a year ahead, or to a year after the next), and those before. */
export interface AgendaEvents {
  upcoming: CalEvent[];
  past: CalEvent[];
}

/** How far back the agenda's past events go (a weekly series from long ago stays bounded). */
const PAST_YEARS = 10;

/** No lifecycle hooks: the element asks it while rendering. */
export class Occurrences {
  private memo = new Map<string, CalEvent[]>();
  private memoFeed?: Feed;
  private memoLunar?: LunarRules;
  private memoRecurrence?: Recurrence;

  private loading = false;
  private loadingRecurrence = false;
  private single?: { feed: Feed; key: string; events: CalEvent[] };

  constructor(private readonly options: OccurrenceOptions) {}

  /** Starts loading the lunar module (once; the labels and the rules share it). */
  loadLunar(): void {
    if (lunarSettled() || this.loading) return;
    this.loading = true;
    this.options.load(wantLunar());
  }

  /** The expansion when the feed has recurring events and it has arrived (the first call starts the load). */
  recurrence(feed: Feed): Recurrence | undefined {
    if (!hasRecurrence(feed.events)) return undefined;
    if (!recurrenceSettled() && !this.loadingRecurrence) {
      this.loadingRecurrence = true;
      this.options.load(wantRecurrence());
    }
    return recurrenceModule();
  }

  /** The lunar rules when the feed needs them and they have arrived (the first call starts the load). */
  lunar(feed: Feed): LunarRules | undefined {
    if (!needsLunar(feed.events)) return undefined;
    this.loadLunar();
    return lunarModule();
  }

  /** True while the feed's recurring events wait for the expansion, or its lunar or solar-term rules for the lunar module. */
  pending(feed: Feed): boolean {
    if (!hasRecurrence(feed.events)) return false;
    return !recurrenceSettled() || (needsLunar(feed.events) && !lunarSettled());
  }

  /** The events and occurrences of `sources` that touch from…to, as calendar events ("ended" before `today`). */
  between(feed: Feed, sources: readonly FeedEvent[], lang: string, today: string, from: string, to: string): CalEvent[] {
    const rec = this.recurrence(feed);
    const lunar = this.lunar(feed);
    if (feed !== this.memoFeed || lunar !== this.memoLunar || rec !== this.memoRecurrence || this.memo.size > 50) {
      this.memo.clear();
      this.memoFeed = feed;
      this.memoLunar = lunar;
      this.memoRecurrence = rec;
    }
    const key = `${lang} ${today} ${from} ${to} ${sources.length} ${sources[0]?.id} ${sources[sources.length - 1]?.id}`;
    let list = this.memo.get(key);
    if (!list) {
      // Without the expansion (no recurring events, or not arrived yet): the events as they are, a series as its first occurrence.
      list = rec
        ? readEvents(feed, lang, rec.expandEvents(sources, { from, to, timeZone: feed.timeZone, lunar }).events, today)
        : readEvents(feed, lang, sources, today).filter((e) => e.startDate <= to && e.endDate >= from);
      this.memo.set(key, list);
    }
    return list;
  }

  /** The event or occurrence (`${series}@YYYY-MM-DD`) with this id, whatever the categories chosen. */
  byId(feed: Feed, id: string, lang: string, today: string): CalEvent | undefined {
    const date = id.slice(id.lastIndexOf('@') + 1);
    const rec = this.recurrence(feed);
    const found = rec && isDate(date)
      ? rec.expandEvents(feed.events, { from: date, to: date, timeZone: feed.timeZone, lunar: this.lunar(feed) }).events
      : feed.events;
    return readEvents(feed, lang, found.filter((e) => e.id === id), today)[0];
  }

  /** The agenda from `from` (today, or the first day of the `month` attribute). */
  agenda(feed: Feed, sources: readonly FeedEvent[], lang: string, today: string, from: string): AgendaEvents {
    const next = this.next(feed, sources, from);
    let to = yearAfter(from);
    if (next && next.start > to) to = yearAfter(next.start);
    const upcoming = this.between(feed, sources, lang, today, from, to).filter((e) => e.endDate >= from);
    const first = sources.reduce((min, e) => (e.start.slice(0, 10) < min ? e.start.slice(0, 10) : min), from);
    const back = `${+from.slice(0, 4) - PAST_YEARS}${from.slice(4)}`;
    const past = this.between(feed, sources, lang, today, first > back ? first : back, addDays(from, -1)).filter((e) => e.endDate < from);
    return { upcoming, past };
  }

  /**
   * The feed's one-off events (in `sources`), read once: the next and previous ones need no
   * expansion. Without the expansion (`rec`), the series too, as their first occurrences.
   */
  private singles(feed: Feed, sources: readonly FeedEvent[], rec: Recurrence | undefined): CalEvent[] {
    const key = `${sources.length} ${sources[0]?.id} ${sources[sources.length - 1]?.id} ${!rec}`;
    if (this.single?.feed !== feed || this.single.key !== key) {
      this.single = { feed, key, events: readEvents(feed, 'en', rec ? sources.filter((e) => !e.recurrence) : sources) };
    }
    return this.single.events;
  }

  /** The first day and last day of the first event or occurrence not ended by `date`. */
  next(feed: Feed, sources: readonly FeedEvent[], date: string): Span | undefined {
    const rec = this.recurrence(feed);
    const one = this.singles(feed, sources, rec).find((e) => e.endDate >= date);
    const series = rec ? sources.filter((e) => e.recurrence) : [];
    const occ = rec && series.length ? rec.nextEvent(series, { date, timeZone: feed.timeZone, lunar: this.lunar(feed) }) : undefined;
    const b = occ && { start: occ.start.slice(0, 10), last: lastDayOf(occ) };
    const a = one && { start: one.startDate, last: one.endDate };
    return a && b ? (b.start < a.start ? b : a) : (a ?? b);
  }

  /** The first and last day of the event or occurrence that ended last before `date`. */
  previous(feed: Feed, sources: readonly FeedEvent[], date: string): Span | undefined {
    let a: Span | undefined;
    const rec = this.recurrence(feed);
    for (const e of this.singles(feed, sources, rec)) if (e.endDate < date && (!a || e.endDate > a.last)) a = { start: e.startDate, last: e.endDate };
    const series = rec ? sources.filter((e) => e.recurrence) : [];
    const occ = rec && series.length ? rec.previousEvent(series, { date, timeZone: feed.timeZone, lunar: this.lunar(feed) }) : undefined;
    const b = occ && { start: occ.start.slice(0, 10), last: lastDayOf(occ) };
    return a && b ? (b.last > a.last ? b : a) : (a ?? b);
  }

  /**
   * Where the calendar opens: `wanted` (YYYY-MM) when given, else the month of the next event or
   * occurrence, else of the one that ended last, else today's.
   */
  openingMonth(feed: Feed, sources: readonly FeedEvent[], today: string): string {
    const next = this.next(feed, sources, today);
    if (next) return monthOf(next.start < today ? today : next.start);
    return monthOf(this.previous(feed, sources, today)?.last ?? today);
  }

  /** The nearest months before and after `month` that have events (for an empty month). */
  neighbours(feed: Feed, sources: readonly FeedEvent[], month: string): { before?: string; after?: string } {
    const before = this.previous(feed, sources, `${month}-01`);
    const after = this.next(feed, sources, `${addMonths(month, 1)}-01`);
    return { before: before && monthOf(before.last), after: after && monthOf(after.start) };
  }
}

/** The day after `date` a year on (the agenda looks a year ahead). */
export const yearAfter = (date: string): string => addDays(`${addMonths(monthOf(date), 12)}${date.slice(7)}`.replace(/-02-29$/, '-02-28'), -1);
