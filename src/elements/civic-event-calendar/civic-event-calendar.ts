import { html, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { FeedController } from '../../internal/feed-controller.js';
import { CivicFeedElement } from '../../internal/civic-feed-element.js';
import { baseStyles } from '../../internal/tokens.js';
import { blockingView, debugPanel, emptyView, sampleBadge, staleNotice, stateStyles } from '../../internal/state-views.js';
import { defineElement } from '../../internal/define.js';
import { uiLocale } from '../../internal/locale.js';
import { pageLooksChinese } from '../../internal/prefetch.js';
import { todayIn } from '../../feed/dates.js';
import type { Feed } from '../../feed/types.js';
import { eventsOn, isMonth, weekStartFor } from './calendar-model.js';
import { styles } from './civic-event-calendar.styles.js';
import { downloadICalendar } from './ics-download.js';
import { lunarSettled, wantLunar } from './lunar-on-demand.js';
import { CategoryFilter } from './controllers/category-filter.js';
import { DialogFocusController, deepActive, type CalendarDialog } from './controllers/dialog-focus.js';
import { GridKeyboardController } from './controllers/grid-keyboard.js';
import { MonthNavigation } from './controllers/month-nav.js';
import { NarrowController } from './controllers/narrow.js';
import { PrintController } from './controllers/print.js';
import { YearViewController } from './controllers/year-view.js';
import type { ViewContext } from './views/view-context.js';
import { filters, toolbar, type CalendarView } from './views/toolbar.js';
import { monthView } from './views/month-grid.js';
import { AGENDA_PAGE, agendaView, printAgenda } from './views/agenda.js';
import { dialogView } from './views/dialog.js';
import { feedActions, type AddHandler } from './views/add-to-calendar.js';

/**
 * @tagname civic-event-calendar
 * @summary The district's events in a month grid and an agenda list: keyboard and screen-reader
 * first (WAI-ARIA grid pattern), category filters, a detail dialog, add to calendar (.ics made in
 * the browser), Chinese lunar dates and solar terms, and a print stylesheet.
 *
 * @slot - Fallback content (text or a link) shown when the feed cannot be loaded.
 *
 * @csspart toolbar - The bar with the month title, navigation, month/year picker and view switch.
 * @csspart title - The month (or agenda) heading.
 * @csspart nav - The previous/today/next buttons and the month/year picker.
 * @csspart filters - The category filter chips.
 * @csspart chip - One category filter chip.
 * @csspart grid - The month grid.
 * @csspart weekday - A weekday column header.
 * @csspart day - A day cell.
 * @csspart event - An event in the month grid.
 * @csspart more - The "+N more" button of a day.
 * @csspart agenda - The agenda view.
 * @csspart year - The year view (twelve small months).
 * @csspart year-month - One month of the year view (its title button and its grid).
 * @csspart year-day - A day of the year view.
 * @csspart agenda-item - One event in the agenda.
 * @csspart category - A category label (colour swatch and text).
 * @csspart status - A status label (cancelled, postponed).
 * @csspart dialog - The detail dialog.
 * @csspart detail - The event details inside the dialog.
 * @csspart day-list - A day's events inside the dialog.
 * @csspart link - The event's link in the details.
 * @csspart add-to-calendar - An "Add to calendar" button.
 * @csspart in-app-note - The note shown instead of downloads inside in-app browsers.
 * @csspart sample-badge - The "Sample data" badge of an illustrative feed.
 * @csspart stale-notice - The notice shown when the last good copy is shown.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error message.
 * @csspart fallback - The wrapper of the fallback slot.
 * @csspart retry - The "Try again" button.
 * @csspart empty - The message of a feed without events.
 * @csspart debug - The problem list shown with the debug attribute.
 *
 * @cssprop --civic-color-text - Text colour.
 * @cssprop --civic-color-muted - Secondary text colour (days outside the month, meta lines).
 * @cssprop --civic-color-surface - Background colour.
 * @cssprop --civic-color-surface-alt - Background of events and of days outside the month.
 * @cssprop --civic-color-border - Border colour of the grid.
 * @cssprop --civic-color-accent - Links, today's marker, the active chip.
 * @cssprop --civic-color-focus - Focus ring colour.
 * @cssprop --civic-color-danger - Colour of the "Cancelled" label.
 * @cssprop --civic-calendar-today-bg - Background of today's cell.
 * @cssprop --civic-calendar-term-color - Colour of solar terms under the day numbers.
 * @cssprop --civic-calendar-day-min-height - Smallest height of a day cell (default 6.5em).
 * @cssprop --civic-radius - Corner radius.
 * @cssprop --civic-space - Inner spacing.
 * @cssprop --civic-font-family - Font family (inherits the page's by default).
 *
 * @fires {CustomEvent<EventSelectDetail>} civic-event-select - An event's details were opened (detail: { id }).
 * @fires {CustomEvent<MonthChangeDetail>} civic-month-change - The month shown changed by the visitor (detail: { month: "YYYY-MM" }).
 * @fires {CustomEvent<FeedLoadDetail>} civic-feed-load - The feed was loaded (detail: feed, problems, source, stale).
 * @fires {CustomEvent<FeedErrorDetail>} civic-feed-error - The feed could not be loaded (detail: kind, message, url, status, problems).
 */
export class CivicEventCalendar extends CivicFeedElement {
  static override styles = [...baseStyles, stateStyles, styles];

  static override properties = {
    view: {},
    month: {},
    category: {},
    lunar: {},
    // The visitor's own choices: reactive state (attribute: false keeps them out of the manifest's attributes).
    userView: { state: true, attribute: false },
    showPast: { state: true, attribute: false },
    agendaLimit: { state: true, attribute: false },
  };

  /** "month", "agenda" or "year" (twelve small months); unset: month, or agenda when the element is narrower than 480px. */
  declare view: string | null;
  /** The month to open on, YYYY-MM; unset: this month if it has events, else the next or the last with events. */
  declare month: string | null;
  /** Category ids to show (space- or comma-separated); unset: all. */
  declare category: string | null;
  /** "off" hides lunar dates and solar terms (shown by default when the UI is Chinese). */
  declare lunar: string | null;

  protected override readonly feedCtrl = new FeedController(this, { isEmpty: (f) => f.events.length === 0, prefetch: () => this.lunar !== 'off' && pageLooksChinese() && void wantLunar() });

  /** The view the visitor chose, over the one by width. */
  private declare userView?: CalendarView;
  private declare showPast: boolean;
  private declare agendaLimit: number;

  /** Shows `month`, the visitor's choice (toolbar, grid keys, an empty month's nearest month). */
  private readonly showMonth = (month: string): void => this.nav.go(month);
  private readonly categories = new CategoryFilter(() => this.category);
  private readonly gridKeys = new GridKeyboardController(this, {
    firstDay: () => weekStartFor(document.documentElement.lang, uiLocale()),
    showMonth: this.showMonth,
    openDay: (date, opener) => this.openDay(date, opener),
  });
  private readonly nav = new MonthNavigation(this, {
    keys: this.gridKeys,
    feed: () => this.feedCtrl.feed,
    events: (feed) => this.categories.shown(feed),
    onChange: (month) => this.emit('civic-month-change', { month }),
  });
  private readonly dialogFocus = new DialogFocusController(this, {
    onSelect: (id) => this.emit('civic-event-select', { id }),
    onReturn: () => (this.gridKeys.focusActive = this.currentView === 'month'),
  });
  private readonly printCtrl = new PrintController(this, () => this.performUpdate());
  private readonly narrowCtrl = new NarrowController(this);
  private readonly yearCtrl = new YearViewController(this, {
    firstDay: () => weekStartFor(document.documentElement.lang, uiLocale()),
    openMonth: (month, day) => this.openMonth(month, day),
    stepYear: (n) => this.nav.step(12 * n),
    announce: (text) => this.nav.announce(text),
    waitFor: (work) => this.waitFor(work),
  });
  /** Set by the first render that shows lunar dates: loading the lunar module, which updateComplete waits for. */
  private lunarLoading?: Promise<unknown>;

  constructor() {
    super();
    this.view = null;
    this.month = null;
    this.category = null;
    this.lunar = null;
    this.showPast = false;
    this.agendaLimit = AGENDA_PAGE;
  }

  /** The month shown (YYYY-MM), once the feed is loaded. */
  get shownMonth(): string | undefined {
    return this.nav.shown;
  }

  /** The view in use: the visitor's choice (since `view` last changed), the `view` attribute, or by width. */
  get currentView(): CalendarView {
    if (this.userView) return this.userView;
    if (this.view === 'month' || this.view === 'agenda' || this.view === 'year') return this.view;
    return this.narrowCtrl.narrow ? 'agenda' : 'month';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('month') && isMonth(this.month)) this.nav.follow(this.month);
    if (changed.has('category')) this.categories.chosen = undefined;
    if (changed.has('view')) this.userView = undefined;
  }

  /** Shows the month `n` months away from the one shown. */
  goMonths(n: number): void {
    this.nav.step(n);
  }

  /** Shows the current month (in the feed's time zone). */
  goToday(): void {
    this.nav.today();
  }

  /** Opens the details of the event with this id. */
  openEvent(id: string): void {
    const feed = this.feedCtrl.feed;
    const event = feed ? this.categories.all(feed).find((e) => e.id === id) : undefined;
    if (event) this.openDialog({ kind: 'event', event }, deepActive());
  }

  /** Closes the detail dialog (focus goes back where it was). */
  closeDialog(): void {
    this.dialogFocus.close();
  }

  /** Opens `dialog`; focus goes back to `from` (an element, or the target of a click) on close. */
  private readonly openDialog = (dialog: CalendarDialog, from?: Event | HTMLElement): void => {
    void this.dialogFocus.open(dialog, from instanceof Event ? (from.currentTarget as HTMLElement) : from);
  };

  /** Enter or Space on a day: its one event's details, its list of events, or "No events on this day." */
  private openDay(date: string, opener: HTMLElement): void {
    const feed = this.feedCtrl.feed;
    if (!feed) return;
    const events = eventsOn(this.categories.shown(feed), date);
    if (events.length === 1) this.openDialog({ kind: 'event', event: events[0] }, opener);
    else if (events.length > 1) this.openDialog({ kind: 'day', date }, opener);
    else this.nav.announce(msg('No events on this day.'));
  }

  /** The month view of `month` with `day` focused (the year view's month titles and days). */
  private openMonth(month: string, day: string): void {
    this.gridKeys.active = day;
    this.gridKeys.focusActive = true;
    this.userView = 'month';
    this.nav.go(month);
  }

  /** "Add to calendar": the .ics file, made in the browser. */
  private readonly addToCalendar: AddHandler = (events, name) => {
    const feed = this.feedCtrl.feed;
    if (feed) void downloadICalendar(this.renderRoot, feed, events, name, uiLocale());
  };

  /** Applies the visitor's choice of categories (the filter controller's state), and renders. */
  private choose(ids: Set<string> | undefined): void {
    this.categories.chosen = ids;
    this.requestUpdate();
  }

  override render() {
    const ctrl = this.feedCtrl;
    const blocking = blockingView(ctrl, '32em');
    if (blocking) return html`${blocking}${debugPanel(ctrl, this.debug)}`;
    const feed = ctrl.feed as Feed;
    if (ctrl.state === 'empty') {
      return html`${staleNotice(ctrl)}
        <div class="head-row">${sampleBadge(feed)}</div>
        ${emptyView(msg('No events have been published yet.'))} ${debugPanel(ctrl, this.debug)}`;
    }
    const lang = uiLocale();
    const today = todayIn(feed.timeZone);
    const events = this.categories.shown(feed, lang);
    const allEvents = this.categories.all(feed, lang);
    const month = this.nav.forFeed(feed, events, allEvents, today, this.month);
    const lunar = lang === 'zh-Hans' && this.lunar !== 'off';
    const c: ViewContext = { feed, lang, today, month, events, allEvents, lunar, onOpen: this.openDialog, onMonth: this.showMonth };
    const { showPast } = this;
    const view = this.currentView;
    // "Add these events" adds what the view covers: the agenda's upcoming events (or all of
    // them with the past shown), the month view's filtered events.
    const exported = view === 'agenda' && !showPast ? events.filter((e) => e.endDate >= today) : events;
    if (lunar && !lunarSettled()) this.lunarLoading ??= this.waitFor(wantLunar().then(() => this.requestUpdate()));
    const { printing } = this.printCtrl;
    return html`${staleNotice(ctrl)}
      <div class="calendar ${view} ${printing ? 'printing' : ''}">
        ${toolbar({ ...c, view, showPast, onToday: () => this.nav.today(), onView: (v) => (this.userView = v) })}
        ${filters({ ...c, chosen: this.categories.selected(feed), onChoose: (ids) => this.choose(ids) })}
        <p class="visually-hidden" role="status" aria-live="polite">${this.nav.announcement}</p>
        ${view === 'month'
          ? monthView({ ...c, ...this.gridKeys.grid(month) })
          : view === 'year'
            ? this.yearCtrl.render({ ...c, chosen: this.categories.selected(feed), level: this.topHeading + 1 })
            : agendaView({ ...c, showPast, limit: this.agendaLimit,
              onTogglePast: () => ((this.showPast = !this.showPast), (this.agendaLimit = AGENDA_PAGE)),
              onShowMore: () => (this.agendaLimit += AGENDA_PAGE) })}
        ${feedActions(exported, feed.id ?? 'events', this.addToCalendar)}
        ${printing && view !== 'year' ? printAgenda(c) : nothing}
      </div>
      ${dialogView({ ...c, dialog: this.dialogFocus.current, onAdd: this.addToCalendar,
        onClose: this.dialogFocus.onClose })} ${debugPanel(ctrl, this.debug)}`;
  }
}

defineElement('civic-event-calendar', CivicEventCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'civic-event-calendar': CivicEventCalendar;
  }
}
