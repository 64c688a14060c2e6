/** The small pieces every view shares: status words, category chips, an event's accessible text. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { styleProps } from '../../../internal/style-props.js';
import { feedText } from '../../../internal/feed-text.js';
import type { Category } from '../../../feed/types.js';
import type { CalEvent, EventStatus } from '../calendar-model.js';

export function statusText(status: EventStatus): string {
  if (status === 'cancelled') return msg('Cancelled');
  if (status === 'postponed') return msg('Postponed');
  return msg('Scheduled');
}

/** The status as a word with a shape (never by colour alone); nothing for scheduled events. */
export function statusBadge(e: CalEvent): TemplateResult | typeof nothing {
  if (e.status === 'scheduled') return nothing;
  return html`<span class="status status-${e.status}" part="status"
    ><span class="status-icon" aria-hidden="true">${e.status === 'cancelled' ? '✕' : '◔'}</span>${statusText(e.status)}</span
  >`;
}

/** The CSS custom property carrying a category colour (never the only carrier of meaning). */
export function categoryColor(category: Category | undefined) {
  return styleProps({ '--civic-event-color': category?.color });
}

export function categoryChip(category: Category | undefined, lang: string, feedLang: string): TemplateResult | typeof nothing {
  if (!category) return nothing;
  return html`<span class="category" part="category" ${categoryColor(category)}
    ><span class="swatch" aria-hidden="true"></span>${feedText(category.title, lang, feedLang)}</span
  >`;
}
