/**
 * The "Add to calendar" buttons (one event in the dialog, the events of the view under the
 * calendar), or inside in-app browsers, which cannot download files, a note instead.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CalEvent } from '../calendar-model.js';
import { inApp } from '../ics-download.js';

/** Downloads `events` as `<name>.ics`. */
export type AddHandler = (events: readonly CalEvent[], name: string) => void;

export function addButton(events: readonly CalEvent[], name: string, label: string, onAdd: AddHandler): TemplateResult {
  if (inApp()) {
    return html`<p class="in-app-note" part="in-app-note">
      ${msg('To add events to your calendar, open this page in your browser (use the ⋯ menu, then "Open in browser").')}
    </p>`;
  }
  return html`<button type="button" class="add" part="add-to-calendar" ?disabled=${!events.length} @click=${() => onAdd(events, name)}>
    ${label}
  </button>`;
}

/** Under the calendar: add the events the view covers (`exported`) to a calendar app; nothing without events. */
export function feedActions(exported: readonly CalEvent[], name: string, onAdd: AddHandler): TemplateResult | typeof nothing {
  return exported.length
    ? html`<div class="feed-actions">
        ${addButton(
          exported,
          name,
          exported.length === 1 ? msg('Add this event to your calendar') : msg(str`Add these ${exported.length} events to your calendar`),
          onAdd,
        )}
      </div>`
    : nothing;
}
