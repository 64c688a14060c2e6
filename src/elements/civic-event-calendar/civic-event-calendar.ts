import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { FeedController } from '../../internal/feed-controller.js';
import { CivicFeedElement } from '../../internal/civic-feed-element.js';
import { baseStyles } from '../../internal/tokens.js';
import { blockingView, debugPanel, emptyView, sampleBadge, staleNotice, stateStyles } from '../../internal/state-views.js';
import { defineElement } from '../../internal/define.js';
import { uiLocale } from '../../internal/locale.js';
import { feedText } from '../../internal/feed-text.js';
import { todayIn } from '../../feed/dates.js';
import type { Feed } from '../../feed/types.js';
import {
  addDays,
  addMonths,
  daysInMonth,
  eventsBetween,
  eventsOn,
  firstDayOfWeek,
  initialMonth,
  isInAppBrowser,
  isMonth,
  isoWeekday,
  layoutWeek,
  monthOf,
  monthWeeks,
  nearestMonthWithEvents,
  readEvents,
  sameDayIn,
  type CalEvent,
} from './calendar-model.js';
import { monthGrid } from './month-grid.js';
import { agendaList, groupByDay } from './agenda.js';
import { dayList, eventDetail } from './detail.js';
import { categoryColor } from './event-label.js';
import { monthNames, monthTitle, viewerTimeZone } from './when.js';
import { styles } from './civic-event-calendar.styles.js';
import { lunarSettled, wantLunar } from './lunar-on-demand.js';

type Dialog = { kind: 'event'; event: CalEvent; fromDay?: string } | { kind: 'day'; date: string };

/** Rows of events a day shows before "+N more". */
const MAX_LANES = 3;
/** Below this width (px, measured on the element) the agenda replaces the month grid. */
const NARROW = 480;
/** Agenda items rendered at first (then "Show more"). */
const AGENDA_PAGE = 100;

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
  };

  /** "month" or "agenda"; unset: month, or agenda when the element is narrower than 480px. */
  declare view: string | null;
  /** The month to open on, YYYY-MM; unset: this month if it has events, else the next or the last with events. */
  declare month: string | null;
  /** Category ids to show (space- or comma-separated); unset: all. */
  declare category: string | null;
  /** "off" hides lunar dates and solar terms (shown by default when the UI is Chinese). */
  declare lunar: string | null;

  protected override readonly feedCtrl = new FeedController(this, { isEmpty: (f) => f.events.length === 0 });

  private shown?: string;
  private active = '';
  private focusActive = false;
  private narrow = false;
  private userView?: 'month' | 'agenda';
  private chosen?: Set<string>;
  private showPast = false;
  private agendaLimit = AGENDA_PAGE;
  private dialog?: Dialog;
  private opener?: HTMLElement;
  private announcement = '';
  private printing = false;
  private resizeObserver?: ResizeObserver;
  private lunarLoading?: Promise<unknown>;
  private memo?: { feed: Feed; lang: string; events: CalEvent[] };
  private lastFeed?: Feed;

  constructor() {
    super();
    this.view = null;
    this.month = null;
    this.category = null;
    this.lunar = null;
  }

  /** The month shown (YYYY-MM), once the feed is loaded. */
  get shownMonth(): string | undefined {
    return this.shown;
  }

  /** The view in use: the `view` attribute, the visitor's choice, or by width. */
  get currentView(): 'month' | 'agenda' {
    if (this.view === 'month' || this.view === 'agenda') return this.view;
    return this.userView ?? (this.narrow ? 'agenda' : 'month');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const width = entries[entries.length - 1]?.contentRect.width ?? 0;
        const narrow = width > 0 && width < NARROW;
        // Applied after the observer's delivery (no resize loop).
        if (narrow !== this.narrow) {
          setTimeout(() => {
            if (narrow === this.narrow) return;
            this.narrow = narrow;
            this.requestUpdate();
          });
        }
      });
      this.resizeObserver.observe(this);
    }
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('month') && isMonth(this.month) && this.shown !== undefined) {
      this.shown = this.month;
      this.active = sameDayIn(this.active || `${this.month}-01`, this.month);
    }
    if (changed.has('category')) this.chosen = undefined;
  }

  protected override firstUpdated(): void {
    // Measure once at once, so a narrow element never flashes the month grid before the observer reports.
    const width = this.getBoundingClientRect().width;
    if (width > 0 && width < NARROW && !this.narrow) {
      this.narrow = true;
      this.requestUpdate();
    }
  }

  protected override updated(): void {
    if (this.focusActive) {
      this.focusActive = false;
      this.renderRoot.querySelector<HTMLElement>(`[role=gridcell][data-date="${this.active}"]`)?.focus();
    }
  }

  // ---- derived data ----

  private allEvents(feed: Feed, lang: string): CalEvent[] {
    if (this.memo?.feed !== feed || this.memo.lang !== lang) this.memo = { feed, lang, events: readEvents(feed, lang) };
    return this.memo.events;
  }

  /** The category ids chosen (attribute or chips), only ids the feed knows; empty = all. */
  private selectedCategories(feed: Feed): Set<string> {
    if (this.chosen) return this.chosen;
    const known = new Set(feed.categories.map((c) => c.id));
    return new Set((this.category ?? '').split(/[\s,]+/).filter((id) => known.has(id)));
  }

  private filtered(feed: Feed, lang: string): CalEvent[] {
    const all = this.allEvents(feed, lang);
    const chosen = this.selectedCategories(feed);
    return chosen.size ? all.filter((e) => e.category && chosen.has(e.category.id)) : all;
  }

  private today(feed: Feed): string {
    return todayIn(feed.timeZone);
  }

  private locale(): string {
    return uiLocale();
  }

  private weekStart(): number {
    const page = document.documentElement.lang;
    const ui = this.locale();
    const tag = page && page.toLowerCase().slice(0, 2) === ui.slice(0, 2) ? page : ui;
    return firstDayOfWeek(tag);
  }

  // ---- navigation ----

  private setMonth(month: string, announce = true): void {
    if (month === this.shown) return;
    this.shown = month;
    if (monthOf(this.active) !== month) {
      const feed = this.feedCtrl.feed;
      const today = feed ? this.today(feed) : '';
      this.active = monthOf(today) === month ? today : sameDayIn(this.active || `${month}-01`, month);
    }
    if (announce) {
      const feed = this.feedCtrl.feed;
      const count = feed ? eventsBetween(this.filtered(feed, this.locale()), `${month}-01`, `${month}-${daysInMonth(month)}`).length : 0;
      const title = monthTitle(month, this.locale());
      this.announcement = count === 0 ? msg(str`${title}: no events`) : count === 1 ? msg(str`${title}: 1 event`) : msg(str`${title}: ${count} events`);
      this.emit('civic-month-change', { month });
    }
    this.requestUpdate();
  }

  /** Shows the month `n` months away from the one shown. */
  goMonths(n: number): void {
    if (this.shown) this.setMonth(addMonths(this.shown, n));
  }

  /** Shows the current month (in the feed's time zone). */
  goToday(): void {
    const feed = this.feedCtrl.feed;
    if (!feed) return;
    const today = this.today(feed);
    this.active = today;
    this.setMonth(monthOf(today));
  }

  private moveTo(date: string): void {
    this.active = date;
    if (monthOf(date) !== this.shown) this.setMonth(monthOf(date));
    this.focusActive = true;
    this.requestUpdate();
  }

  private onGridKeydown = (e: KeyboardEvent): void => {
    const target = e.target as HTMLElement;
    const onButton = target.localName === 'button';
    // The day the key was pressed on (focus may have moved without a focus event, e.g. in a background tab).
    const a = target.closest<HTMLElement>('[role=gridcell]')?.dataset.date ?? this.active;
    this.active = a;
    const back = (isoWeekday(a) - this.weekStart() + 7) % 7;
    let next: string | undefined;
    switch (e.key) {
      case 'ArrowLeft':
        next = addDays(a, -1);
        break;
      case 'ArrowRight':
        next = addDays(a, 1);
        break;
      case 'ArrowUp':
        next = addDays(a, -7);
        break;
      case 'ArrowDown':
        next = addDays(a, 7);
        break;
      case 'Home':
        next = e.ctrlKey ? `${monthOf(a)}-01` : addDays(a, -back);
        break;
      case 'End':
        next = e.ctrlKey ? `${monthOf(a)}-${daysInMonth(monthOf(a))}` : addDays(a, 6 - back);
        break;
      case 'PageUp':
        next = sameDayIn(a, addMonths(monthOf(a), e.shiftKey ? -12 : -1));
        break;
      case 'PageDown':
        next = sameDayIn(a, addMonths(monthOf(a), e.shiftKey ? 12 : 1));
        break;
      case 'Enter':
      case ' ':
        if (onButton) return;
        e.preventDefault();
        this.openDay(a, target);
        return;
      default:
        return;
    }
    e.preventDefault();
    this.moveTo(next);
  };

  private onGridFocusin = (e: FocusEvent): void => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[role=gridcell]');
    const date = cell?.dataset.date;
    if (date && date !== this.active) {
      this.active = date;
      this.requestUpdate();
    }
  };

  // ---- dialog ----

  private async openDialog(dialog: Dialog, opener: HTMLElement | undefined): Promise<void> {
    const box = this.renderRoot.querySelector('dialog');
    if (!box?.open) this.opener = opener;
    this.dialog = dialog;
    this.requestUpdate();
    await this.updateComplete;
    const el = this.renderRoot.querySelector('dialog');
    if (!el) return;
    if (!el.open) el.showModal();
    el.querySelector<HTMLElement>('#dialog-title')?.focus();
    if (dialog.kind === 'event') {
      this.emit('civic-event-select', { id: dialog.event.id });
    }
  }

  /** Opens the details of the event with this id. */
  openEvent(id: string): void {
    const feed = this.feedCtrl.feed;
    const event = feed ? this.allEvents(feed, this.locale()).find((e) => e.id === id) : undefined;
    if (event) void this.openDialog({ kind: 'event', event }, this.deepActive());
  }

  private openDay(date: string, opener: HTMLElement): void {
    const feed = this.feedCtrl.feed;
    if (!feed) return;
    const events = eventsOn(this.filtered(feed, this.locale()), date);
    if (events.length === 1) void this.openDialog({ kind: 'event', event: events[0] }, opener);
    else if (events.length > 1) void this.openDialog({ kind: 'day', date }, opener);
    else {
      this.announcement = msg('No events on this day.');
      this.requestUpdate();
    }
  }

  private deepActive(): HTMLElement | undefined {
    let el = document.activeElement as HTMLElement | null;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
    return el ?? undefined;
  }

  /** Closes the detail dialog (focus goes back where it was). */
  closeDialog(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  private onDialogClose = (): void => {
    this.dialog = undefined;
    const back = this.opener;
    this.opener = undefined;
    this.requestUpdate();
    if (back?.isConnected) back.focus();
    else this.focusActive = this.currentView === 'month';
  };

  private onDialogClick = (e: MouseEvent): void => {
    // A click on the backdrop (the dialog element itself, outside its box) closes it.
    if (e.target === e.currentTarget) {
      const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
      const inside = e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
      if (!inside) this.closeDialog();
    }
  };

  // ---- add to calendar ----

  private inApp(): boolean {
    return typeof navigator !== 'undefined' && isInAppBrowser(navigator.userAgent);
  }

  /** Builds the .ics file; the iCalendar writer is loaded on the first click, not with the page. */
  private async download(events: CalEvent[], name: string): Promise<void> {
    const feed = this.feedCtrl.feed;
    if (!feed) return;
    const { icsFileName, toICalendar } = await import('../../feed/ical.js');
    const text = toICalendar(
      feed,
      events.map((e) => e.source),
      { lang: this.locale(), baseUrl: document.baseURI },
    );
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = icsFileName(name);
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private addButton(events: CalEvent[], name: string, label: string): TemplateResult {
    if (this.inApp()) {
      return html`<p class="in-app-note" part="in-app-note">
        ${msg('To add events to your calendar, open this page in your browser (use the ⋯ menu, then "Open in browser").')}
      </p>`;
    }
    return html`<button type="button" class="add" part="add-to-calendar" ?disabled=${!events.length}
      @click=${() => this.download(events, name)}>
      ${label}
    </button>`;
  }

  // ---- print ----

  private onBeforePrint = (): void => {
    this.printing = true;
    this.requestUpdate();
    this.performUpdate();
  };

  private onAfterPrint = (): void => {
    this.printing = false;
    this.requestUpdate();
  };

  // ---- render ----

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
    const lang = this.locale();
    const today = this.today(feed);
    if (feed !== this.lastFeed) {
      this.lastFeed = feed;
      this.shown = undefined;
    }
    const events = this.filtered(feed, lang);
    if (!this.shown) {
      this.shown = initialMonth(events.length ? events : this.allEvents(feed, lang), today, this.month);
      this.active = monthOf(today) === this.shown ? today : `${this.shown}-01`;
      const first = eventsBetween(events, `${this.shown}-01`, `${this.shown}-${daysInMonth(this.shown)}`)[0];
      if (first && monthOf(today) !== this.shown) this.active = first.startDate < `${this.shown}-01` ? `${this.shown}-01` : first.startDate;
    }
    const month = this.shown;
    const view = this.currentView;
    // "Add these events" adds what the view covers: the agenda's upcoming events (or all of
    // them with the past shown), the month view's filtered events.
    const exported = view === 'agenda' && !this.showPast ? events.filter((e) => e.endDate >= today) : events;
    const lunar = lang === 'zh-Hans' && this.lunar !== 'off';
    if (lunar && !lunarSettled()) this.lunarLoading ??= this.waitFor(wantLunar().then(() => this.requestUpdate()));
    return html`${staleNotice(ctrl)}
      <div class="calendar ${view} ${this.printing ? 'printing' : ''}">
        ${this.toolbar(feed, month, view, lang, today)} ${this.filters(feed, lang)}
        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
        ${view === 'month' ? this.monthView(feed, events, month, lang, today, lunar) : this.agendaView(feed, events, lang, today, lunar)}
        ${exported.length
          ? html`<div class="feed-actions">
              ${this.addButton(
                exported,
                feed.id ?? 'events',
                exported.length === 1 ? msg('Add this event to your calendar') : msg(str`Add these ${exported.length} events to your calendar`),
              )}
            </div>`
          : nothing}
        ${this.printing ? this.printAgenda(feed, events, month, lang, today, lunar) : nothing}
      </div>
      ${this.dialogView(feed, lang)} ${debugPanel(ctrl, this.debug)}`;
  }

  private toolbar(feed: Feed, month: string, view: string, lang: string, today: string): TemplateResult {
    const names = monthNames(lang);
    const year = +month.slice(0, 4);
    const years = new Set<number>([year, +today.slice(0, 4)]);
    for (const e of this.allEvents(feed, lang)) years.add(+e.startDate.slice(0, 4)).add(+e.endDate.slice(0, 4));
    const sorted = [...years].sort((a, b) => a - b);
    const yearList: number[] = [];
    for (let y = Math.max(sorted[0] - 1, year - 50); y <= Math.min(sorted[sorted.length - 1] + 1, year + 50); y++) yearList.push(y);
    const viewButton = (v: 'month' | 'agenda', label: string) =>
      html`<button type="button" class="view-btn" aria-pressed=${view === v ? 'true' : 'false'}
        @click=${() => {
          this.userView = v;
          this.requestUpdate();
        }}>${label}</button>`;
    return html`<div class="toolbar" part="toolbar">
      <div class="title-row">
        <h2 id="cal-title" class="title" part="title">
          ${view === 'month' ? monthTitle(month, lang) : this.showPast ? msg('All events') : msg('Upcoming events')}
        </h2>
        ${sampleBadge(feed)}
      </div>
      <div class="controls">
        ${view === 'month'
          ? html`<div class="nav" part="nav" role="group" aria-label=${msg('Month')}>
              <button type="button" class="prev" @click=${() => this.goMonths(-1)}>
                <span aria-hidden="true">‹ </span>${msg('Previous month')}
              </button>
              <button type="button" class="today-btn" @click=${() => this.goToday()}>${msg('Today')}</button>
              <button type="button" class="next" @click=${() => this.goMonths(1)}>
                ${msg('Next month')}<span aria-hidden="true"> ›</span>
              </button>
              <span class="picker">
                <label>
                  <span class="visually-hidden">${msg('Month')}</span>
                  <select class="pick-month" @change=${(e: Event) =>
                    this.setMonth(`${month.slice(0, 4)}-${String(+(e.target as HTMLSelectElement).value).padStart(2, '0')}`)}>
                    ${names.map((n, i) => html`<option value=${i + 1} ?selected=${i + 1 === +month.slice(5, 7)}>${n}</option>`)}
                  </select>
                </label>
                <label>
                  <span class="visually-hidden">${msg('Year')}</span>
                  <select class="pick-year" @change=${(e: Event) =>
                    this.setMonth(`${(e.target as HTMLSelectElement).value}-${month.slice(5, 7)}`)}>
                    ${yearList.map((y) => html`<option value=${y} ?selected=${y === year}>${y}</option>`)}
                  </select>
                </label>
              </span>
            </div>`
          : nothing}
        <div class="views" role="group" aria-label=${msg('View')}>
          ${viewButton('month', msg('Month view'))} ${viewButton('agenda', msg('Agenda view'))}
        </div>
      </div>
    </div>`;
  }

  private filters(feed: Feed, lang: string): TemplateResult | typeof nothing {
    const used = new Set(this.allEvents(feed, lang).map((e) => e.category?.id));
    const cats = feed.categories.filter((c) => used.has(c.id));
    if (cats.length < 2) return nothing;
    const chosen = this.selectedCategories(feed);
    const toggle = (id?: string) => {
      const next = new Set(chosen);
      if (id === undefined) next.clear();
      else if (next.has(id)) next.delete(id);
      else next.add(id);
      this.chosen = next;
      this.requestUpdate();
    };
    return html`<div class="filters" part="filters" role="group" aria-label=${msg('Filter by category')}>
      <button type="button" class="chip chip-all" part="chip" aria-pressed=${chosen.size === 0 ? 'true' : 'false'} @click=${() => toggle()}>
        ${msg('All categories')}
      </button>
      ${cats.map(
        (c) => html`<button type="button" class="chip" part="chip" data-category=${c.id}
          aria-pressed=${chosen.has(c.id) ? 'true' : 'false'}
          ${categoryColor(c)}
          @click=${() => toggle(c.id)}>
          <span class="swatch" aria-hidden="true"></span>${feedText(c.title, lang, feed.lang)}
        </button>`,
      )}
    </div>`;
  }

  private monthView(feed: Feed, events: CalEvent[], month: string, lang: string, today: string, lunar: boolean): TemplateResult {
    const firstDay = this.weekStart();
    const weeks = monthWeeks(month, firstDay);
    const inRange = eventsBetween(events, weeks[0][0], weeks[5][6]);
    const layouts = weeks.map((days) => layoutWeek(days, inRange, MAX_LANES));
    if (monthOf(this.active) !== month && !weeks.some((w) => w.includes(this.active))) this.active = `${month}-01`;
    const inMonth = eventsBetween(events, `${month}-01`, `${month}-${daysInMonth(month)}`).length;
    const nearest = inMonth ? undefined : nearestMonthWithEvents(events, month);
    return html`${monthGrid({
        month,
        weeks: layouts,
        active: this.active,
        today,
        locale: lang,
        timeZone: feed.timeZone,
        firstDay,
        lunar,
        labelledBy: 'cal-title',
        onKeydown: this.onGridKeydown,
        onFocusin: this.onGridFocusin,
        onEvent: (ev, e) => void this.openDialog({ kind: 'event', event: ev }, e.currentTarget as HTMLElement),
        onMore: (date, e) => void this.openDialog({ kind: 'day', date }, e.currentTarget as HTMLElement),
      })}
      ${inMonth
        ? nothing
        : html`<p class="no-events">
            ${msg('No events this month.')}
            ${nearest
              ? html`<button type="button" class="link nearest" @click=${() => this.setMonth(nearest)}>
                  ${msg(str`Show ${monthTitle(nearest, lang)}`)}
                </button>`
              : nothing}
          </p>`}`;
  }

  private agendaView(feed: Feed, events: CalEvent[], lang: string, today: string, lunar: boolean): TemplateResult {
    const past = events.filter((e) => e.endDate < today);
    const upcoming = events.filter((e) => e.endDate >= today);
    const list = this.showPast ? events : upcoming;
    const shown = list.slice(0, this.agendaLimit);
    const groups = groupByDay(shown, this.showPast ? '' : today);
    return html`<section class="agenda" part="agenda" aria-labelledby="cal-title">
      ${past.length
        ? html`<button type="button" class="past-toggle" aria-expanded=${this.showPast ? 'true' : 'false'}
            @click=${() => {
              this.showPast = !this.showPast;
              this.agendaLimit = AGENDA_PAGE;
              this.requestUpdate();
            }}>
            ${this.showPast ? msg('Hide past events') : msg(str`Show past events (${past.length})`)}
          </button>`
        : nothing}
      ${groups.length
        ? agendaList(groups, {
            locale: lang,
            feedLang: feed.lang,
            timeZone: feed.timeZone,
            lunar,
            today,
            level: 3,
            onOpen: (ev, e) => void this.openDialog({ kind: 'event', event: ev }, e.currentTarget as HTMLElement),
          })
        : html`<p class="no-events">${msg('No upcoming events.')}</p>`}
      ${list.length > shown.length
        ? html`<button type="button" class="show-more" @click=${() => {
            this.agendaLimit += AGENDA_PAGE;
            this.requestUpdate();
          }}>${msg(str`Show more (${list.length - shown.length})`)}</button>`
        : nothing}
    </section>`;
  }

  private printAgenda(feed: Feed, events: CalEvent[], month: string, lang: string, today: string, lunar: boolean): TemplateResult {
    const from = `${month}-01`;
    const list = eventsBetween(events, from, `${month}-${daysInMonth(month)}`);
    return html`<section class="print-agenda" aria-hidden="true">
      <h2>${monthTitle(month, lang)}</h2>
      ${list.length
        ? agendaList(groupByDay(list, from), { locale: lang, feedLang: feed.lang, timeZone: feed.timeZone, lunar, today, level: 3 })
        : html`<p>${msg('No events this month.')}</p>`}
    </section>`;
  }

  private dialogView(feed: Feed, lang: string): TemplateResult {
    const d = this.dialog;
    let body: TemplateResult | typeof nothing = nothing;
    const options = { feed, locale: lang, viewerZone: viewerTimeZone() };
    if (d?.kind === 'event') {
      body = eventDetail(d.event, {
        ...options,
        addToCalendar: this.addButton([d.event], d.event.id, msg('Add to calendar')),
        onBack: d.fromDay ? () => void this.openDialog({ kind: 'day', date: d.fromDay! }, undefined) : undefined,
      });
    } else if (d?.kind === 'day') {
      const events = eventsOn(this.filtered(feed, lang), d.date);
      body = dayList(d.date, events, {
        ...options,
        addToCalendar: html``,
        onOpen: (ev) => void this.openDialog({ kind: 'event', event: ev, fromDay: d.date }, undefined),
      });
    }
    return html`<dialog part="dialog" class="dialog" aria-labelledby="dialog-title" @close=${this.onDialogClose}
      @click=${this.onDialogClick}>
      <div class="dialog-box">
        ${body}
        <form method="dialog" class="dialog-close">
          <button type="submit" class="close">${msg('Close')}</button>
        </form>
      </div>
    </dialog>`;
  }
}

defineElement('civic-event-calendar', CivicEventCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'civic-event-calendar': CivicEventCalendar;
  }
}
