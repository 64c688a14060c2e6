/**
 * The toolbar (title, previous/today/next, the month and year pickers, the view switch) and the
 * category filter chips above the calendar.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { feedText } from '../../../internal/feed-text.js';
import { sampleBadge } from '../../../internal/state-views.js';
import { dateFormat } from '../../../feed/format.js';
import { heading } from '../../../internal/heading.js';
import { addMonths, type CalEvent } from '../calendar-model.js';
import { categoryColor } from './event-label.js';
import { dayInstant, monthNames, monthTitle } from '../when.js';
import type { ViewContext } from './view-context.js';

export type CalendarView = 'month' | 'agenda' | 'year';

/** The year picker covers the years of `allEvents`. */
export interface ToolbarContext extends Pick<ViewContext, 'feed' | 'lang' | 'today' | 'month' | 'allEvents' | 'onMonth' | 'topHeading'> {
  view: CalendarView;
  /** The title of views other than the month's (the agenda's: agenda.ts agendaTitle). */
  title: string;
  onToday: () => void;
  onView: (view: CalendarView) => void;
}

/** The years the picker offers: those with events, this year and the shown one, a year either side (at most 50 from the shown one). */
function pickerYears(month: string, today: string, events: readonly CalEvent[]): number[] {
  const year = +month.slice(0, 4);
  const years = new Set<number>([year, +today.slice(0, 4)]);
  for (const e of events) years.add(+e.startDate.slice(0, 4)).add(+e.endDate.slice(0, 4));
  const sorted = [...years].sort((a, b) => a - b);
  const yearList: number[] = [];
  for (let y = Math.max(sorted[0] - 1, year - 50); y <= Math.min(sorted[sorted.length - 1] + 1, year + 50); y++) yearList.push(y);
  return yearList;
}

function monthNav(c: ToolbarContext): TemplateResult {
  const { month } = c;
  const year = +month.slice(0, 4);
  return html`<div class="nav" part="nav" role="group" aria-label=${msg('Month')}>
    <button type="button" class="prev" @click=${() => c.onMonth(addMonths(month, -1))}>
      <span aria-hidden="true">‹ </span>${msg('Previous month')}
    </button>
    <button type="button" class="today-btn" @click=${() => c.onToday()}>${msg('Today')}</button>
    <button type="button" class="next" @click=${() => c.onMonth(addMonths(month, 1))}>
      ${msg('Next month')}<span aria-hidden="true"> ›</span>
    </button>
    <span class="picker">
      <label>
        <span class="visually-hidden">${msg('Month')}</span>
        <select class="pick-month" @change=${(e: Event) =>
          c.onMonth(`${month.slice(0, 4)}-${String(+(e.target as HTMLSelectElement).value).padStart(2, '0')}`)}>
          ${monthNames(c.lang).map((n, i) => html`<option value=${i + 1} ?selected=${i + 1 === +month.slice(5, 7)}>${n}</option>`)}
        </select>
      </label>
      <label>
        <span class="visually-hidden">${msg('Year')}</span>
        <select class="pick-year" @change=${(e: Event) =>
          c.onMonth(`${(e.target as HTMLSelectElement).value}-${month.slice(5, 7)}`)}>
          ${pickerYears(month, c.today, c.allEvents).map((y) => html`<option value=${y} ?selected=${y === year}>${y}</option>`)}
        </select>
      </label>
    </span>
  </div>`;
}

/** "2025" (en), "2025年" (zh): the year view's title for the year of `month`. */
export const yearTitle = (month: string, lang: string) => dateFormat(lang, { year: 'numeric', timeZone: 'UTC' }).format(dayInstant(`${month}-15`));

export function toolbar(c: ToolbarContext): TemplateResult {
  const viewButton = (v: CalendarView, label: string) =>
    html`<button type="button" class="view-btn" aria-pressed=${c.view === v ? 'true' : 'false'}
      @click=${() => c.onView(v)}>${label}</button>`;
  return html`<div class="toolbar" part="toolbar">
    <div class="title-row">
      ${heading(c.topHeading, c.view === 'month' ? monthTitle(c.month, c.lang) : c.view === 'year' ? yearTitle(c.month, c.lang) : c.title, { id: 'cal-title', class: 'title', part: 'title' })}
      ${sampleBadge(c.feed)}
    </div>
    <div class="controls">
      ${c.view === 'month' ? monthNav(c) : nothing}
      <div class="views" role="group" aria-label=${msg('View')}>
        ${viewButton('month', msg('Month view'))} ${viewButton('agenda', msg('Agenda view'))} ${viewButton('year', msg('Year view'))}
      </div>
    </div>
  </div>`;
}

/** Only categories in use (by `allEvents`) get a chip. */
export interface FiltersContext extends Pick<ViewContext, 'feed' | 'lang' | 'allEvents'> {
  /** The category ids chosen; empty: all. */
  chosen: ReadonlySet<string>;
  onChoose: (chosen: Set<string>) => void;
}

/** The category chips ("All categories" and one per category in use); nothing with fewer than two categories. */
export function filters(c: FiltersContext): TemplateResult | typeof nothing {
  const used = new Set(c.allEvents.map((e) => e.category?.id));
  const cats = c.feed.categories.filter((cat) => used.has(cat.id));
  if (cats.length < 2) return nothing;
  const { chosen } = c;
  const toggle = (id?: string) => {
    const next = new Set(chosen);
    if (id === undefined) next.clear();
    else if (next.has(id)) next.delete(id);
    else next.add(id);
    c.onChoose(next);
  };
  return html`<div class="filters" part="filters" role="group" aria-label=${msg('Filter by category')}>
    <button type="button" class="chip chip-all" part="chip" aria-pressed=${chosen.size === 0 ? 'true' : 'false'} @click=${() => toggle()}>
      ${msg('All categories')}
    </button>
    ${cats.map(
      (cat) =>
        html`<button
          type="button"
          class="chip"
          part="chip"
          data-category=${cat.id}
          aria-pressed=${chosen.has(cat.id) ? 'true' : 'false'}
          ${categoryColor(cat)}
          @click=${() => toggle(cat.id)}
        >
          <span class="swatch" aria-hidden="true"></span>${feedText(cat.title, c.lang, c.feed.lang)}
        </button>`,
    )}
  </div>`;
}

/** What the status line announces when the month changes: "September 2024: 3 events". */
export function monthStatus(title: string, count: number): string {
  return count === 0 ? msg(str`${title}: no events`) : count === 1 ? msg(str`${title}: 1 event`) : msg(str`${title}: ${count} events`);
}
