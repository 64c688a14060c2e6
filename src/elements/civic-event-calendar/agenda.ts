/**
 * The agenda: events in date order grouped by day, each with date, time, place, category and
 * status; a plain list of headings and buttons (each opens the event's details).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { lunarOf } from './lunar-on-demand.js';
import { feedText } from '../../internal/feed-text.js';
import type { CalEvent } from './calendar-model.js';
import { categoryChip, categoryColor, statusBadge } from './event-label.js';
import { fullDate, timeOf, whenText } from './when.js';

export interface AgendaGroup {
  date: string;
  events: CalEvent[];
}

export interface AgendaOptions {
  locale: string;
  feedLang: string;
  timeZone: string;
  lunar: boolean;
  today: string;
  /** Heading level of the day headings. */
  level: 3 | 4;
  onOpen?: (event: CalEvent, e: Event) => void;
}

/** Groups events by their first day (an event that began before `from` is listed under `from`). */
export function groupByDay(events: readonly CalEvent[], from = ''): AgendaGroup[] {
  const groups = new Map<string, CalEvent[]>();
  for (const e of events) {
    const day = e.startDate < from ? from : e.startDate;
    let list = groups.get(day);
    if (!list) groups.set(day, (list = []));
    list.push(e);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, list]) => ({ date, events: list }));
}

function timeText(e: CalEvent, o: AgendaOptions): string {
  if (!e.allDay && e.start && e.startDate === e.endDate) {
    const start = timeOf(e.start, o.locale, o.timeZone);
    return e.end && e.end > e.start ? `${start} – ${timeOf(e.end, o.locale, o.timeZone)}` : start;
  }
  return whenText(e, o.locale, o.timeZone, 'medium');
}

function item(e: CalEvent, o: AgendaOptions): TemplateResult {
  const place = feedText(e.source.location?.name, o.locale, o.feedLang);
  const title = o.onOpen
    ? html`<button type="button" class="agenda-title link" data-id=${e.id} lang=${ifDefined(e.titleLang)} @click=${(ev: Event) => o.onOpen!(e, ev)}>
        ${e.title}
      </button>`
    : html`<span class="agenda-title" lang=${ifDefined(e.titleLang)}>${e.title}</span>`;
  return html`<li class="agenda-item status-${e.status}" part="agenda-item" ${categoryColor(e.category)}>
    ${title}
    <p class="agenda-meta">
      <span class="agenda-time">${timeText(e, o)}</span>
      ${place ? html`<span class="agenda-place">${place}</span>` : nothing} ${categoryChip(e.category, o.locale, o.feedLang)}
      ${statusBadge(e)}
    </p>
  </li>`;
}

export function agendaList(groups: readonly AgendaGroup[], o: AgendaOptions): TemplateResult {
  const heading = (g: AgendaGroup) => {
    const lunar = o.lunar ? lunarOf(g.date) : undefined;
    const content = html`${fullDate(g.date, o.locale)}${lunar
      ? html` <span class="lunar ${lunar.term ? 'term' : ''}" lang="zh-Hans">${lunar.text}</span>`
      : nothing}`;
    return o.level === 3 ? html`<h3 class="agenda-day">${content}</h3>` : html`<h4 class="agenda-day">${content}</h4>`;
  };
  return html`<ol class="agenda-days" role="list">
    ${groups.map(
      (g) => html`<li class="agenda-group ${g.date === o.today ? 'today' : ''}">
        ${heading(g)}
        <ul class="agenda-items" role="list">
          ${g.events.map((e) => item(e, o))}
        </ul>
      </li>`,
    )}
  </ol>`;
}
