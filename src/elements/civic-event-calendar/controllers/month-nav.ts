/**
 * The month shown: the initial month of a new feed (and its active day), moving to another month
 * (the active day follows, the status line announces the month and its number of events), and
 * the element's `month` attribute.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Feed } from '../../../feed/types.js';
import { uiLocale } from '../../../internal/locale.js';
import { addMonths, daysInMonth, eventsBetween, initialDay, isMonth, monthOf, sameDayIn, type CalEvent } from '../calendar-model.js';
import { monthTitle } from '../when.js';
import { monthStatus } from '../views/toolbar.js';
import type { GridKeyboardController } from './grid-keyboard.js';

export interface MonthNavigationOptions {
  /** The grid's keyboard: its active day moves with the month. */
  keys: GridKeyboardController;
  /** The feed, once loaded. */
  feed: () => Feed | undefined;
  /** Today (YYYY-MM-DD in the feed's zone). */
  today: () => string;
  /** The events shown in `month`'s grid (in the chosen categories, occurrences included). */
  events: (feed: Feed, month: string) => CalEvent[];
  /** The visitor moved to `month` (the element fires civic-month-change). */
  onChange: (month: string) => void;
}

/** No lifecycle hooks: the element calls it while rendering and from the toolbar, the grid and its methods. */
export class MonthNavigation {
  /** The month shown, YYYY-MM (undefined until a feed is rendered). */
  shown?: string;
  /** The status line's latest text (for screen readers); `current()` says whether it still applies. */
  announcement = '';
  /** Where the announcement was made (view, active day, month), recorded at its first render; undefined: not rendered yet. */
  private announcedAt?: string;
  private lastFeed?: Feed;
  /** The opening month is final (not waiting for lunar rules), or the visitor has moved. */
  private settled = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: MonthNavigationOptions,
  ) {}

  /**
   * The month shown while rendering `feed`; with a new feed, its opening month (`wanted`, else
   * `opening()`) and active day. While `final` is false (lunar rules still loading) the opening
   * month is worked out again on the next render, unless the visitor has moved.
   */
  forFeed(feed: Feed, wanted: string | null, opening: () => string, final: boolean): string {
    if (feed !== this.lastFeed) {
      this.lastFeed = feed;
      this.shown = undefined;
    }
    if (!this.shown || !this.settled) {
      this.settled = final || isMonth(wanted);
      this.shown = isMonth(wanted) ? wanted : opening();
      this.options.keys.active = initialDay(this.options.events(feed, this.shown), this.shown, this.options.today());
    }
    return this.shown;
  }

  /**
   * The visitor moves to `month` with a control that then goes away: the day of the month's first
   * event becomes the grid's active day, focused after the next render (focus never falls to the page).
   */
  goFocused(month: string): void {
    this.go(month);
    const feed = this.options.feed();
    const { keys } = this.options;
    keys.active = feed ? initialDay(this.options.events(feed, month), month, '') : `${month}-01`;
    keys.focusActive = true;
    this.host.requestUpdate();
  }

  /** Shows `month` as the `month` attribute asks (once a feed is shown; no announcement). */
  follow(month: string): void {
    if (this.shown === undefined) return;
    this.shown = month;
    this.settled = true;
    const { keys } = this.options;
    keys.active = sameDayIn(keys.active || `${month}-01`, month);
  }

  /** The visitor moves to `month`. */
  go(month: string): void {
    if (month === this.shown) return;
    this.shown = month;
    this.settled = true;
    const feed = this.options.feed();
    const { keys } = this.options;
    if (monthOf(keys.active) !== month) {
      const today = this.options.today();
      keys.active = monthOf(today) === month ? today : sameDayIn(keys.active || `${month}-01`, month);
    }
    const count = feed ? eventsBetween(this.options.events(feed, month), `${month}-01`, `${month}-${daysInMonth(month)}`).length : 0;
    this.setAnnouncement(monthStatus(monthTitle(month, uiLocale()), count));
    this.options.onChange(month);
    this.host.requestUpdate();
  }

  /** Moves `n` months from the one shown. */
  step(n: number): void {
    if (this.shown) this.go(addMonths(this.shown, n));
  }

  /** Moves to today's month (in the feed's time zone), with today active. */
  today(): void {
    if (!this.options.feed()) return;
    const today = this.options.today();
    this.options.keys.active = today;
    this.go(monthOf(today));
  }

  /** Announces `text` in the status line. */
  announce(text: string): void {
    this.setAnnouncement(text);
    this.host.requestUpdate();
  }

  private setAnnouncement(text: string): void {
    this.announcement = text;
    this.announcedAt = undefined;
  }

  /**
   * The status line's text while it still applies: an announcement ("No events on this day.",
   * "September 2024: 3 events") is cleared once the visitor moves on (another day, month or view),
   * so a stale message is never read out later.
   */
  current(view: string): string {
    const here = `${view} ${this.options.keys.active} ${this.shown}`;
    this.announcedAt ??= here;
    if (this.announcedAt !== here) this.announcement = '';
    return this.announcement;
  }
}
