/**
 * The month view handed over to a list (issue 20): when the element is too narrow for the grid's
 * cells to show a readable title (200 % text on a phone, NarrowController.cramped), the month's
 * events are listed by day as in the agenda, under a short note saying why. The toolbar stays the
 * month view's (title, previous/next month, pickers), so the visitor still moves by month.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { daysInMonth } from '../calendar-model.js';
import { agendaList, groupByDay } from './agenda.js';
import type { ViewContext } from './view-context.js';
import { words } from '../../../internal/words.js';

export function monthList(c: ViewContext): TemplateResult {
  const from = `${c.month}-01`;
  const last = `${c.month}-${daysInMonth(c.month)}`;
  const list = c.events.filter((e) => e.endDate >= from && e.startDate <= last);
  return html`<section class="agenda month-list" part="agenda" aria-labelledby="cal-title">
    <p class="narrow-note" part="narrow-note">${words(msg('Shown as a list on this narrow screen.'))}</p>
    ${list.length ? agendaList(groupByDay(list, from), c) : html`<p class="no-events">${msg('No events this month.')}</p>`}
  </section>`;
}
