/**
 * The contents of the detail dialog: one event (title, date and time in the feed's time zone
 * with the zone named when the visitor's differs, place, summary, category, status, related
 * task, link, add to calendar), or the list of one day's events.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { feedText } from '../../../internal/feed-text.js';
import { isSafeUrl } from '../../../feed/urls.js';
import type { CalEvent } from '../calendar-model.js';
import { categoryChip, categoryColor, statusBadge, statusText } from './event-label.js';
import { fullDate, whenIn, whenText, zoneName, zonesDiffer } from '../when.js';
import type { ViewContext } from './view-context.js';
import { repeatText } from './repeat-text.js';

export interface DetailOptions extends Pick<ViewContext, 'feed' | 'lang' | 'onOpen'> {
  viewerZone: string;
  /** The add-to-calendar control (a button, or the in-app browser note). */
  addToCalendar: TemplateResult;
  onBack?: () => void;
}

export function eventDetail(e: CalEvent, o: DetailOptions): TemplateResult {
  const { feed, lang: locale } = o;
  const t = (x: Parameters<typeof feedText>[0]) => feedText(x, locale, feed.lang);
  const place = t(e.source.location?.name);
  const address = t(e.source.location?.address);
  const summary = t(e.source.summary);
  const task = e.source.task ? feed.tasks.find((x) => x.id === e.source.task) : undefined;
  const url = e.source.url && isSafeUrl(e.source.url) ? e.source.url : undefined;
  const showZone = !!e.start && zonesDiffer(feed.timeZone, o.viewerZone, e.start);
  return html`<article class="detail status-${e.status}" part="detail" ${categoryColor(e.category)}>
    ${o.onBack
      ? html`<button type="button" class="back link" @click=${o.onBack}>
          <span aria-hidden="true">◂ </span>${msg("Back to the day's events")}
        </button>`
      : nothing}
    <h2 id="dialog-title" class="detail-title" tabindex="-1" lang=${ifDefined(e.titleLang)}>${e.title}</h2>
    ${statusBadge(e)}
    <dl class="facts">
      <div>
        <dt>${msg('When')}</dt>
        <dd>
          ${whenText(e, locale, feed.timeZone)}
          ${showZone
            ? html`<span class="zone">(${zoneName(feed.timeZone, locale, e.start!)})</span>
                <span class="zone-local">${msg(str`Your time: ${whenIn(e, locale, o.viewerZone)}`)}</span>`
            : nothing}
        </dd>
      </div>
      ${place || address
        ? html`<div>
            <dt>${msg('Where')}</dt>
            <dd>${place}${place && address ? html`<br />` : nothing}${address}</dd>
          </div>`
        : nothing}
      ${e.category
        ? html`<div>
            <dt>${msg('Category')}</dt>
            <dd>${categoryChip(e.category, locale, feed.lang)}</dd>
          </div>`
        : nothing}
      ${e.series?.recurrence
        ? html`<div>
            <dt>${msg('Repeats')}</dt>
            <dd class="repeats">${repeatText(e.series.recurrence, locale)}</dd>
          </div>`
        : nothing}
      <div>
        <dt>${msg('Status')}</dt>
        <dd>${statusText(e.status)}</dd>
      </div>
      ${task
        ? html`<div>
            <dt>${msg('Related task')}</dt>
            <dd>${task.number !== undefined ? `${task.number} ` : ''}${t(task.title)}</dd>
          </div>`
        : nothing}
    </dl>
    ${summary ? html`<p class="summary">${summary}</p>` : nothing}
    ${url ? html`<p><a href=${url} part="link">${msg('More about this event')}</a></p>` : nothing}
    <div class="detail-actions">${o.addToCalendar}</div>
  </article>`;
}

/** The events of `date`; each opens its details in the dialog, with a way back to the day. */
export function dayList(date: string, events: readonly CalEvent[], o: DetailOptions): TemplateResult {
  return html`<div class="day-list" part="day-list">
    <h2 id="dialog-title" class="detail-title" tabindex="-1">${fullDate(date, o.lang)}</h2>
    ${events.length
      ? html`<ul role="list">
          ${events.map(
            (e) => html`<li ${categoryColor(e.category)} class="status-${e.status}">
              <button type="button" class="link day-event" data-id=${e.id} lang=${ifDefined(e.titleLang)} @click=${(ev: Event) => o.onOpen({ kind: 'event', event: e, fromDay: date }, ev)}>
                ${e.title}
              </button>
              <span class="agenda-meta">${whenText(e, o.lang, o.feed.timeZone)} ${statusBadge(e)}</span>
            </li>`,
          )}
        </ul>`
      : html`<p>${msg('No events on this day.')}</p>`}
  </div>`;
}
