/**
 * The detail dialog: a modal <dialog> with one event's details or one day's events, and a Close
 * button. Its state and focus are the dialog-focus controller's.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { eventsOn } from '../calendar-model.js';
import type { CalendarDialog } from '../controllers/dialog-focus.js';
import { viewerTimeZone } from '../when.js';
import { addButton, type AddHandler } from './add-to-calendar.js';
import { dayList, eventDetail } from './detail.js';
import type { ViewContext } from './view-context.js';

export interface DialogContext extends Pick<ViewContext, 'feed' | 'lang' | 'events' | 'onOpen'> {
  /** What the dialog shows; undefined: closed (empty). */
  dialog?: CalendarDialog;
  onAdd: AddHandler;
  onClose: () => void;
}

/** A click on the backdrop (the dialog element itself, outside its box) closes the dialog. */
function onBackdropClick(e: MouseEvent): void {
  const dialog = e.currentTarget as HTMLDialogElement;
  if (e.target !== dialog) return;
  const r = dialog.getBoundingClientRect();
  if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) dialog.close();
}

export function dialogView(c: DialogContext): TemplateResult {
  const d = c.dialog;
  let body: TemplateResult | typeof nothing = nothing;
  const options = { ...c, viewerZone: viewerTimeZone() };
  if (d?.kind === 'event') {
    body = eventDetail(d.event, {
      ...options,
      // A recurring event is added with its rule (every occurrence), under the series' id.
      addToCalendar: addButton([d.event.series ?? d.event.source], d.event.series?.id ?? d.event.id, msg('Add to calendar'), c.onAdd),
      onBack: d.fromDay ? () => c.onOpen({ kind: 'day', date: d.fromDay! }) : undefined,
    });
  } else if (d?.kind === 'day') {
    body = dayList(d.date, eventsOn(c.events, d.date), {
      ...options,
      addToCalendar: html``,
    });
  }
  return html`<dialog part="dialog" class="dialog" aria-labelledby="dialog-title" @close=${c.onClose} @click=${onBackdropClick}>
    <div class="dialog-box">
      ${body}
      <form method="dialog" class="dialog-close">
        <button type="submit" class="close">${msg('Close')}</button>
      </form>
    </div>
  </dialog>`;
}
