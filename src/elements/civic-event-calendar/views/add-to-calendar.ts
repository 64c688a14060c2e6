/**
 * The "Add to calendar" buttons (one event in the dialog, the events of the view under the
 * calendar), or inside in-app browsers, which cannot download files, a note instead.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FeedEvent } from '../../../feed/types.js';
import type { CalEvent } from '../calendar-model.js';
import { inApp } from '../ics-download.js';
import { words } from '../../../internal/words.js';

/** Downloads `events` (the feed's, occurrences, or recurring events with their rule) as `<name>.ics`. */
export type AddHandler = (events: readonly FeedEvent[], name: string) => void;

export function addButton(events: readonly FeedEvent[], name: string, label: string, onAdd: AddHandler): TemplateResult {
  if (inApp()) {
    return html`<p class="in-app-note" part="in-app-note">
      ${msg('To add events to your calendar, open this page in your browser (use the ⋯ menu, then "Open in browser").')}
    </p>`;
  }
  return html`<button type="button" class="add" part="add-to-calendar" ?disabled=${!events.length} @click=${() => onAdd(events, name)}>
    ${words(label)}
  </button>`;
}

/**
 * Under the calendar: add what is upcoming in the view (`upcoming`: events and occurrences, each
 * written once) to a calendar app, the label saying how many; nothing when none is upcoming.
 */
export function feedActions(upcoming: readonly CalEvent[], name: string, onAdd: AddHandler): TemplateResult | typeof nothing {
  const n = upcoming.length;
  return n
    ? html`<div class="feed-actions">
        ${addButton(
          upcoming.map((e) => e.source),
          name,
          n === 1 ? msg('Add this upcoming event to your calendar') : msg(str`Add these ${n} upcoming events to your calendar`),
          onAdd,
        )}
      </div>`
    : nothing;
}
