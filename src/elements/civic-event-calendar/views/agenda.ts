/**
 * The agenda: events in date order grouped by day, each with date, time, place, category and
 * status; a plain list of headings and buttons (each opens the event's details). The agenda view
 * (upcoming events, "Show past events", "Show more") and the printed month use it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { feedText } from '../../../internal/feed-text.js';
import { heading } from '../../../internal/heading.js';
import type { CalEvent } from '../calendar-model.js';
import { categoryChip, categoryColor, lunarLabel, lunarSpokenLabel, statusBadge } from './event-label.js';
import { dayLabel, monthTitle, timeRange, whenText } from '../when-label.js';
import type { ViewContext } from './view-context.js';
import { words } from '../../../internal/words.js';

/** Agenda items rendered at first (then "Show more"). */
export const AGENDA_PAGE = 100;
/** Past events the agenda shows when nothing is upcoming. */
export const RECENT = 10;

export interface AgendaGroup {
  date: string;
  events: CalEvent[];
}

/** What the agenda list is rendered from; without `onOpen` (print) titles are plain text. */
type AgendaOptions = Pick<ViewContext, 'feed' | 'lang' | 'lunar' | 'today' | 'topHeading'> & Partial<Pick<ViewContext, 'onOpen'>>;

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
  // Under its day's heading a one-day event needs no date again.
  if ((e.allDay || !e.start) && e.startDate === e.endDate) return msg('All day');
  if (!e.allDay && e.start && e.startDate === e.endDate) {
    return timeRange(e.start, e.end, lang, feed.timeZone);
  }
  return whenText(e, lang, feed.timeZone);
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
        ${heading(o.topHeading + 1, html`${dayLabel(g.date, o.lang)} ${lunarLabel(g.date, o.lunar)}${lunarSpokenLabel(g.date, o.lunar)}`, { class: 'agenda-day' })}
        <ul class="agenda-items" role="list">
          ${g.events.map((e) => item(e, o))}
        </ul>
      </li>`,
    )}
  </ol>`;
}

export interface AgendaViewContext extends ViewContext {
  /** The first day listed (today, or the first day of the `month` attribute). */
  from: string;
  /** The events not ended by `from`, and those that ended before. */
  upcoming: readonly CalEvent[];
  past: readonly CalEvent[];
  /** Past events are listed too. */
  showPast: boolean;
  /** How many items are rendered (AGENDA_PAGE more with each "Show more"). */
  limit: number;
  onTogglePast: () => void;
  onShowMore: () => void;
}

/** Nothing upcoming and the past not asked for: the agenda shows the most recent events (its title says so). */
export const showsRecent = (c: Pick<AgendaViewContext, 'upcoming' | 'past' | 'showPast'>) =>
  !c.showPast && !c.upcoming.length && c.past.length > 0;

/** The agenda's title: all events, the most recent ones, those from a month (the `month` attribute), or upcoming ones. */
export function agendaTitle(c: Pick<AgendaViewContext, 'upcoming' | 'past' | 'showPast' | 'from' | 'today' | 'lang'>): string {
  if (c.showPast) return msg('All events');
  if (showsRecent(c)) return msg('Recent events');
  const month = monthTitle(c.from.slice(0, 7), c.lang);
  return c.from === c.today ? msg('Upcoming events') : msg(str`Events from ${month}`);
}

export function agendaView(c: AgendaViewContext): TemplateResult {
  const { past, upcoming } = c;
  const recent = showsRecent(c);
  const list = c.showPast ? [...past, ...upcoming] : recent ? past.slice(-RECENT) : upcoming;
  const shown = list.slice(0, c.limit);
  const groups = groupByDay(shown, c.showPast || recent ? '' : c.from);
  return html`<section class="agenda" part="agenda" aria-labelledby="cal-title">
    ${recent ? html`<p class="no-events recent-note">${msg('Nothing is planned yet: these are the most recent events.')}</p>` : nothing}
    ${past.length
      ? html`<button type="button" class="past-toggle" aria-expanded=${c.showPast ? 'true' : 'false'} @click=${c.onTogglePast}>
          ${words(c.showPast ? msg('Hide past events') : msg(str`Show past events (${past.length})`))}
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

/** The shown month as an agenda, for print only (the grid does not print well); `events` are the month's. */
export function printAgenda(c: ViewContext): TemplateResult {
  const { month, lang } = c;
  const from = `${month}-01`;
  const list = c.events;
  return html`<section class="print-agenda" aria-hidden="true">
    ${heading(c.topHeading, monthTitle(month, lang))}
    ${list.length
      ? agendaList(groupByDay(list, from), { ...c, onOpen: undefined })
      : html`<p>${msg('No events this month.')}</p>`}
  </section>`;
}
