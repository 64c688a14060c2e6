/**
 * The month shown: the initial month of a new feed (and its active day), moving to another month
 * (the active day follows, the status line announces the month and its number of events), and
 * the element's `month` attribute.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Feed } from '../../../feed/types.js';
import { todayIn } from '../../../feed/dates.js';
import { uiLocale } from '../../../internal/locale.js';
import { addMonths, daysInMonth, eventsBetween, initialDay, initialMonth, monthOf, sameDayIn, type CalEvent } from '../calendar-model.js';
import { monthTitle } from '../when.js';
import { monthStatus } from '../views/toolbar.js';
import type { GridKeyboardController } from './grid-keyboard.js';

export interface MonthNavigationOptions {
  /** The grid's keyboard: its active day moves with the month. */
  keys: GridKeyboardController;
  /** The feed, once loaded. */
  feed: () => Feed | undefined;
  /** The events shown of a feed (in the chosen categories). */
  events: (feed: Feed) => CalEvent[];
  /** The visitor moved to `month` (the element fires civic-month-change). */
  onChange: (month: string) => void;
}

/** No lifecycle hooks: the element calls it while rendering and from the toolbar, the grid and its methods. */
export class MonthNavigation {
  /** The month shown, YYYY-MM (undefined until a feed is rendered). */
  shown?: string;
  /** The status line's text (for screen readers). */
  announcement = '';
  private lastFeed?: Feed;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: MonthNavigationOptions,
  ) {}

  /** The month shown while rendering `feed`; with a new feed, its initial month (`wanted`, else by its events) and day. */
  forFeed(feed: Feed, events: CalEvent[], allEvents: CalEvent[], today: string, wanted: string | null): string {
    if (feed !== this.lastFeed) {
      this.lastFeed = feed;
      this.shown = undefined;
    }
    if (!this.shown) {
      this.shown = initialMonth(events.length ? events : allEvents, today, wanted);
      this.options.keys.active = initialDay(events, this.shown, today);
    }
    return this.shown;
  }

  /** Shows `month` as the `month` attribute asks (once a feed is shown; no announcement). */
  follow(month: string): void {
    if (this.shown === undefined) return;
    this.shown = month;
    const { keys } = this.options;
    keys.active = sameDayIn(keys.active || `${month}-01`, month);
  }

  /** The visitor moves to `month`. */
  go(month: string): void {
    if (month === this.shown) return;
    this.shown = month;
    const feed = this.options.feed();
    const { keys } = this.options;
    if (monthOf(keys.active) !== month) {
      const today = feed ? todayIn(feed.timeZone) : '';
      keys.active = monthOf(today) === month ? today : sameDayIn(keys.active || `${month}-01`, month);
    }
    const count = feed ? eventsBetween(this.options.events(feed), `${month}-01`, `${month}-${daysInMonth(month)}`).length : 0;
    this.announcement = monthStatus(monthTitle(month, uiLocale()), count);
    this.options.onChange(month);
    this.host.requestUpdate();
  }

  /** Moves `n` months from the one shown. */
  step(n: number): void {
    if (this.shown) this.go(addMonths(this.shown, n));
  }

  /** Moves to today's month (in the feed's time zone), with today active. */
  today(): void {
    const feed = this.options.feed();
    if (!feed) return;
    const today = todayIn(feed.timeZone);
    this.options.keys.active = today;
    this.go(monthOf(today));
  }

  /** Announces `text` in the status line. */
  announce(text: string): void {
    this.announcement = text;
    this.host.requestUpdate();
  }
}
