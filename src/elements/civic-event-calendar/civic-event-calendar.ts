import { html, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { FeedController } from '../../internal/feed-controller.js';
import { CivicFeedElement } from '../../internal/civic-feed-element.js';
import { baseStyles } from '../../internal/tokens.js';
import { blockingView, debugPanel, emptyView, sampleBadge, staleNotice, stateStyles } from '../../internal/state-views.js';
import { defineElement } from '../../internal/define.js';
import { uiLocale } from '../../internal/locale.js';
import { pageLooksChinese } from '../../internal/prefetch.js';
import { isDate, todayIn } from '../../feed/dates.js';
import type { Feed } from '../../feed/types.js';
import { daysInMonth, eventsOn, isMonth, monthWeeks, weekStartFor, type CalEvent } from './calendar-model.js';
import { styles } from './civic-event-calendar.styles.js';
import { downloadICalendar } from './ics-download.js';
import { CategoryFilter } from './controllers/category-filter.js';
import { DialogFocusController, deepActive, type CalendarDialog } from './controllers/dialog-focus.js';
import { GridKeyboardController } from './controllers/grid-keyboard.js';
import { MonthNavigation } from './controllers/month-nav.js';
import { NarrowController } from './controllers/narrow.js';
import { Occurrences } from './controllers/occurrences.js';
import { wantLunar } from './lunar-on-demand.js';
import { prefetchRecurrence } from './recurrence-on-demand.js';
import { PrintController } from './controllers/print.js';
import { YearViewController } from './controllers/year-view.js';
import type { ViewContext } from './views/view-context.js';
import { filters, toolbar, type CalendarView } from './views/toolbar.js';
import { monthList, monthView } from './views/month-grid.js';
import { AGENDA_PAGE, agendaTitle, agendaView, printAgenda } from './views/agenda.js';
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
 * @csspart narrow-note - The note that a month is shown as a list on a narrow screen.
 * @csspart year - The year view (twelve small months).
 * @csspart year-month - One month of the year view (its title button and its grid).
 * @csspart year-day - A day of the year view.
 * @csspart agenda-item - One event in the agenda.
 * @csspart category - A category label (colour swatch and text).
 * @csspart status - A status label (cancelled, postponed, ended).
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
    today: {},
    // The visitor's own choices: reactive state (attribute: false keeps them out of the manifest's attributes).
    userView: { state: true, attribute: false },
    showPast: { state: true, attribute: false },
    agendaLimit: { state: true, attribute: false },
  };

  /** "month", "agenda" or "year" (twelve small months); unset: month, or agenda when the element is narrower than 480px. */
  declare view: string | null;
  /**
   * The month to open on, YYYY-MM (the agenda lists from it); unset: the month of the next event
   * (occurrences of recurring events count), else of the last one.
   */
  declare month: string | null;
  /** Category ids to show (space- or comma-separated); unset: all. */
  declare category: string | null;
  /** "off" hides lunar dates and solar terms (shown by default when the UI is Chinese). */
  declare lunar: string | null;
  /** The date taken as today, YYYY-MM-DD (for demos and screenshots written in markup); unset: today in the feed's time zone at the clock (`now`). */
  declare today: string | null;

  protected override readonly feedCtrl = new FeedController(this, { isEmpty: (f) => f.events.length === 0, prefetch: () => {
    if (this.lunar !== 'off' && pageLooksChinese()) void wantLunar();
    prefetchRecurrence(this);
  } });

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
  private readonly occurrences = new Occurrences({ load: (p) => void this.waitFor(p.then(() => this.requestUpdate())) });
  private readonly nav = new MonthNavigation(this, {
    keys: this.gridKeys,
    feed: () => this.feedCtrl.feed,
    today: () => this.todayFor(this.feedCtrl.feed),
    events: (feed, month) => this.monthEvents(feed, month),
    onChange: (month) => this.emit('civic-month-change', { month }),
  });
  private readonly dialogFocus = new DialogFocusController(this, {
    onSelect: (id) => this.emit('civic-event-select', { id }),
    onReturn: () => this.focusView(),
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

  constructor() {
    super();
    this.view = null;
    this.month = null;
    this.category = null;
    this.lunar = null;
    this.today = null;
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

  /** Opens the details of the event with this id (an occurrence's: `${series}@YYYY-MM-DD`). */
  openEvent(id: string): void {
    const feed = this.feedCtrl.feed;
    const event = feed && this.occurrences.byId(feed, id, uiLocale(), this.todayFor(feed));
    if (event) this.openDialog({ kind: 'event', event }, deepActive());
  }

  /** Today in the feed's zone, or the `today` attribute. */
  private todayFor(feed?: Feed): string {
    return isDate(this.today ?? '') ? this.today! : todayIn(feed?.timeZone ?? 'Asia/Shanghai', this.clock());
  }

  /** The events and occurrences of `month`'s grid (with the days of the months around it), in the chosen categories. */
  private monthEvents(feed: Feed, month: string) {
    const weeks = monthWeeks(month, weekStartFor(document.documentElement.lang, uiLocale()));
    return this.occurrences.between(feed, this.categories.sources(feed), uiLocale(), this.todayFor(feed), weeks[0][0], weeks[5][6]);
  }

  /** Where focus goes when the control that had it is gone: the grid's active day, or the agenda's first event. */
  private focusView(): void {
    if (this.currentView !== 'month') return void this.renderRoot.querySelector<HTMLElement>('.agenda-title')?.focus();
    this.gridKeys.focusActive = true;
    this.requestUpdate();
  }

  /** "Show more": focus goes to the first event it added (the button may go). */
  private showMore(): void {
    const at = this.agendaLimit;
    this.agendaLimit += AGENDA_PAGE;
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('.agenda-title')[at]?.focus());
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
    const events = eventsOn(this.monthEvents(feed, this.nav.shown ?? date.slice(0, 7)), date);
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
    const today = this.todayFor(feed);
    const lunar = lang === 'zh-Hans' && this.lunar !== 'off';
    if (lunar) this.occurrences.loadLunar();
    const occ = this.occurrences;
    const sources = this.categories.sources(feed);
    const month = this.nav.forFeed(feed, this.month, () => occ.openingMonth(feed, sources.length ? sources : feed.events, today), !occ.pending(feed));
    const view = this.currentView;
    const { printing } = this.printCtrl;
    const last = `${month}-${daysInMonth(month)}`;
    const events = view === 'month' || printing ? this.monthEvents(feed, month) : [];
    const c: ViewContext = { feed, lang, today, month, events, allEvents: this.categories.all(feed, lang), lunar,
      topHeading: this.topHeading, onOpen: this.openDialog, onMonth: this.showMonth };
    const { showPast } = this;
    let body: unknown = nothing;
    let upcoming: CalEvent[] = [];
    let title = '';
    if (view === 'month') {
      body = this.narrowCtrl.cramped && !printing ? monthList(c) : monthView({ ...c, ...this.gridKeys.grid(month), neighbours: () => occ.neighbours(feed, sources, month), onMonthFocus: (m) => this.nav.goFocused(m) });
      upcoming = events.filter((e) => e.endDate >= today && e.endDate >= `${month}-01` && e.startDate <= last);
    } else if (view === 'agenda') {
      const from = isMonth(this.month) ? `${this.month}-01` : today;
      const agenda = occ.agenda(feed, sources, lang, today, from);
      const a = { ...c, ...agenda, from, showPast, limit: this.agendaLimit, onShowMore: () => this.showMore(),
        onTogglePast: () => ((this.showPast = !this.showPast), (this.agendaLimit = AGENDA_PAGE)) };
      [body, title, upcoming] = [agendaView(a), agendaTitle(a), agenda.upcoming.filter((e) => e.endDate >= today)];
    }
    if (view === 'year') {
      const y = month.slice(0, 4);
      body = this.yearCtrl.render({ ...c, chosen: this.categories.selected(feed), level: this.topHeading + 1 });
      upcoming = occ.between(feed, sources, lang, today, `${y}-01-01`, `${y}-12-31`).filter((e) => e.endDate >= today);
    }
    return html`${staleNotice(ctrl)}
      <div class="calendar ${view} ${printing ? 'printing' : ''}" aria-busy=${occ.pending(feed) ? 'true' : 'false'}>
        ${toolbar({ ...c, view, title, onToday: () => this.nav.today(), onView: (v) => (this.userView = v) })}
        ${filters({ ...c, chosen: this.categories.selected(feed), onChoose: (ids) => ((this.categories.chosen = ids), this.requestUpdate()) })}
        <p class="visually-hidden" role="status" aria-live="polite">${this.nav.current(view)}</p>
        ${body}
        ${feedActions(upcoming, feed.id ?? 'events', this.addToCalendar)}
        ${printing && view !== 'year' ? printAgenda({ ...c, events: events.filter((e) => e.endDate >= `${month}-01` && e.startDate <= last) }) : nothing}
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
