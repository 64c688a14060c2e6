/**
 * The month view: the month grid (WAI-ARIA APG grid pattern) with one tab stop (the active day),
 * arrow keys move by day and week, Home/End within the week, PageUp/PageDown by month (the grid
 * keyboard controller handles the keys); each event a button whose accessible name carries title, time and status; multi-day
 * events drawn as bars in lanes that run across days and weeks; "+N more"; under the grid, a
 * note when the month has no events, with buttons to the months before and after that have.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { daysInMonth, eventsBetween, layoutWeek, monthOf, type Segment, type WeekLayout } from '../calendar-model.js';
import { categoryColor, eventName, lunarLabel, lunarSpokenLabel, statusIcon, statusText } from './event-label.js';
import { fullDate, monthTitle, timeOf, whenText, weekdayNames } from '../when.js';
import type { ViewContext } from './view-context.js';

/** The month as a list, when the grid is too narrow to read (month-list.ts). */
export { monthList } from './month-list.js';

/** Rows of events a day shows before "+N more". */
const MAX_LANES = 3;

function eventButton(seg: Segment, c: MonthViewContext): TemplateResult {
  const e = seg.event;
  const timed = !e.allDay && e.start && e.startDate === e.endDate;
  const classes = [
    'ev',
    `span-${seg.span}`,
    seg.span > 1 || e.startDate !== e.endDate ? 'bar' : 'single',
    seg.before ? 'cont-before' : '',
    seg.after ? 'cont-after' : '',
    `status-${e.status}`,
  ].join(' ');
  // The name is set whole (a visually hidden part would bring a space before its comma).
  return html`<button type="button" class=${classes} part="event" tabindex="-1" data-id=${e.id}
    aria-label=${eventName(e, whenText(e, c.lang, c.feed.timeZone), timed ? timeOf(e.start!, c.lang, c.feed.timeZone) : undefined)}
    ${categoryColor(e.category)} @click=${(ev: Event) => c.onOpen({ kind: 'event', event: e }, ev)}
    >${seg.before ? html`<span class="cont" aria-hidden="true">◂</span>` : nothing}${timed
      ? html`<span class="ev-time">${timeOf(e.start!, c.lang, c.feed.timeZone)}</span> `
      : nothing}<span class="ev-title" lang=${ifDefined(e.titleLang)}>${e.title}</span>${e.status === 'cancelled' || e.status === 'postponed'
      ? html` <span class="ev-status">${statusIcon(e.status)}${statusText(e.status)}</span>`
      : nothing}${seg.after
      ? html`<span class="cont" aria-hidden="true">▸</span>`
      : nothing}</button
  >`;
}

function dayCell(week: WeekLayout, col: number, c: MonthViewContext): TemplateResult {
  const date = week.days[col];
  const inMonth = monthOf(date) === c.month;
  const isToday = date === c.today;
  const count = week.counts[col];
  const hidden = week.hidden[col];
  const lanes: (Segment | 'covered' | undefined)[] = new Array(week.lanes).fill(undefined);
  for (const s of week.segments) {
    if (s.col === col) lanes[s.lane] = s;
    else if (s.col < col && s.col + s.span > col) lanes[s.lane] = 'covered';
  }
  const classes = ['day', inMonth ? 'in' : 'out', isToday ? 'today' : '', date === c.active ? 'active' : ''].join(' ');
  const moreRow = week.hidden.some((h) => h > 0);
  return html`<div role="gridcell" class=${classes} part="day" data-date=${date}
    tabindex=${date === c.active ? 0 : -1} aria-current=${ifDefined(isToday ? 'date' : undefined)}>
    <div class="day-head">
      <span class="day-num" aria-hidden="true">${+date.slice(8, 10)}</span>
      ${isToday ? html`<span class="today-word" aria-hidden="true">${msg('Today')}</span>` : nothing}
      ${lunarLabel(date, c.lunar)}
      <span class="visually-hidden">${fullDate(date, c.lang)}${isToday ? html`, ${msg('today')}` : nothing}${count
          ? html`, ${count === 1 ? msg('1 event') : msg(str`${count} events`)}`
          : nothing}</span>
    </div>
    <div class="lanes">
      ${lanes.map((slot) => (slot && slot !== 'covered' ? eventButton(slot, c) : html`<span class="slot" aria-hidden="true"></span>`))}
      ${hidden > 0
        ? html`<button type="button" class="more" part="more" tabindex="-1" @click=${(e: Event) => c.onOpen({ kind: 'day', date }, e)}>
            ${msg(str`+${hidden} more`)}
          </button>`
        : moreRow
          ? html`<span class="slot" aria-hidden="true"></span>`
          : nothing}
    </div>
    ${lunarSpokenLabel(date, c.lunar)}
  </div>`;
}

export interface MonthViewContext extends ViewContext {
  /** The 6 × 7 days shown (calendar-model's monthWeeks). */
  weeks: string[][];
  /** The day with the tab stop. */
  active: string;
  /** The first day of the week (ISO weekday). */
  firstDay: number;
  onKeydown: (e: KeyboardEvent) => void;
  onFocusin: (e: FocusEvent) => void;
  /** The months before and after that have events (asked for only when this one has none). */
  neighbours: () => { before?: string; after?: string };
  /** Shows `month` and focuses the day of its first event (the button pressed goes away). */
  onMonthFocus: (month: string) => void;
}

function monthButton(month: string | undefined, c: MonthViewContext, cls: 'before' | 'after'): TemplateResult | typeof nothing {
  if (!month) return nothing;
  const title = monthTitle(month, c.lang);
  return html`<button type="button" class="link nearest ${cls}" @click=${() => c.onMonthFocus(month)}>
    ${cls === 'before' ? html`<span aria-hidden="true">‹ </span>${msg(str`Show ${title}`)}` : html`${msg(str`Show ${title}`)}<span aria-hidden="true"> ›</span>`}
  </button>`;
}

export function monthView(c: MonthViewContext): TemplateResult {
  const { month, weeks, events, lang } = c;
  const inRange = eventsBetween(events, weeks[0][0], weeks[5][6]);
  const inMonth = eventsBetween(events, `${month}-01`, `${month}-${daysInMonth(month)}`).length;
  const near = inMonth ? {} : c.neighbours();
  return html`<div role="grid" class="grid" part="grid" aria-labelledby="cal-title" @keydown=${c.onKeydown} @focusin=${c.onFocusin}>
      <div role="row" class="week week-head">
        ${weekdayNames(lang, c.firstDay).map(
          ([short, long]) => html`<div role="columnheader" class="dow" part="weekday">
            <span aria-hidden="true">${short}</span><span class="visually-hidden">${long}</span>
          </div>`,
        )}
      </div>
      ${repeat(
        weeks.map((days) => layoutWeek(days, inRange, MAX_LANES)),
        (w) => w.days[0],
        (w) => html`<div role="row" class="week">${w.days.map((_, col) => dayCell(w, col, c))}</div>`,
      )}
    </div>
    ${inMonth
      ? nothing
      : html`<p class="no-events">
          ${msg('No events this month.')} ${monthButton(near.before, c, 'before')} ${monthButton(near.after, c, 'after')}
        </p>`}`;
}
