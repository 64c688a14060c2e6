/**
 * The agenda: events in date order grouped by day, each with date, time, place, category and
 * status; a plain list of headings and buttons (each opens the event's details). The agenda view
 * (upcoming events, "Show past events", "Show more") and the printed month use it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { feedText } from '../../../internal/feed-text.js';
import { daysInMonth, eventsBetween, type CalEvent } from '../calendar-model.js';
import { categoryChip, categoryColor, lunarLabel, statusBadge } from './event-label.js';
import { fullDate, monthTitle, timeOf, whenText } from '../when.js';
import type { ViewContext } from './view-context.js';

/** Agenda items rendered at first (then "Show more"). */
export const AGENDA_PAGE = 100;

export interface AgendaGroup {
  date: string;
  events: CalEvent[];
}

/** What the agenda list is rendered from; without `onOpen` (print) titles are plain text. */
type AgendaOptions = Pick<ViewContext, 'feed' | 'lang' | 'lunar' | 'today'> & Partial<Pick<ViewContext, 'onOpen'>>;

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

function timeText(e: CalEvent, { lang, feed }: AgendaOptions): string {
  if (!e.allDay && e.start && e.startDate === e.endDate) {
    const start = timeOf(e.start, lang, feed.timeZone);
    return e.end && e.end > e.start ? `${start} – ${timeOf(e.end, lang, feed.timeZone)}` : start;
  }
  return whenText(e, lang, feed.timeZone, 'medium');
}

function item(e: CalEvent, o: AgendaOptions): TemplateResult {
  const place = feedText(e.source.location?.name, o.lang, o.feed.lang);
  const title = o.onOpen
    ? html`<button type="button" class="agenda-title link" data-id=${e.id} lang=${ifDefined(e.titleLang)} @click=${(ev: Event) => o.onOpen!({ kind: 'event', event: e }, ev)}>
        ${e.title}
      </button>`
    : html`<span class="agenda-title" lang=${ifDefined(e.titleLang)}>${e.title}</span>`;
  return html`<li class="agenda-item status-${e.status}" part="agenda-item" ${categoryColor(e.category)}>
    ${title}
    <p class="agenda-meta">
      <span class="agenda-time">${timeText(e, o)}</span>
      ${place ? html`<span class="agenda-place">${place}</span>` : nothing} ${categoryChip(e.category, o.lang, o.feed.lang)}
      ${statusBadge(e)}
    </p>
  </li>`;
}

export function agendaList(groups: readonly AgendaGroup[], o: AgendaOptions): TemplateResult {
  return html`<ol class="agenda-days" role="list">
    ${groups.map(
      (g) => html`<li class="agenda-group ${g.date === o.today ? 'today' : ''}">
        <h3 class="agenda-day">${fullDate(g.date, o.lang)} ${lunarLabel(g.date, o.lunar)}</h3>
        <ul class="agenda-items" role="list">
          ${g.events.map((e) => item(e, o))}
        </ul>
      </li>`,
    )}
  </ol>`;
}

export interface AgendaViewContext extends ViewContext {
  /** Past events are listed too. */
  showPast: boolean;
  /** How many items are rendered (AGENDA_PAGE more with each "Show more"). */
  limit: number;
  onTogglePast: () => void;
  onShowMore: () => void;
}

export function agendaView(c: AgendaViewContext): TemplateResult {
  const { events, today } = c;
  const past = events.filter((e) => e.endDate < today);
  const upcoming = events.filter((e) => e.endDate >= today);
  const list = c.showPast ? events : upcoming;
  const shown = list.slice(0, c.limit);
  const groups = groupByDay(shown, c.showPast ? '' : today);
  return html`<section class="agenda" part="agenda" aria-labelledby="cal-title">
    ${past.length
      ? html`<button type="button" class="past-toggle" aria-expanded=${c.showPast ? 'true' : 'false'} @click=${c.onTogglePast}>
          ${c.showPast ? msg('Hide past events') : msg(str`Show past events (${past.length})`)}
        </button>`
      : nothing}
    ${groups.length
      ? agendaList(groups, c)
      : html`<p class="no-events">${msg('No upcoming events.')}</p>`}
    ${list.length > shown.length
      ? html`<button type="button" class="show-more" @click=${c.onShowMore}>${msg(str`Show more (${list.length - shown.length})`)}</button>`
      : nothing}
  </section>`;
}

/** The shown month as an agenda, for print only (the grid does not print well). */
export function printAgenda(c: ViewContext): TemplateResult {
  const { month, lang } = c;
  const from = `${month}-01`;
  const list = eventsBetween(c.events, from, `${month}-${daysInMonth(month)}`);
  return html`<section class="print-agenda" aria-hidden="true">
    <h2>${monthTitle(month, lang)}</h2>
    ${list.length
      ? agendaList(groupByDay(list, from), { ...c, onOpen: undefined })
      : html`<p>${msg('No events this month.')}</p>`}
  </section>`;
}
