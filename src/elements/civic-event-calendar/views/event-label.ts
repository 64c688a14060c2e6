/** The small pieces every view shares: status words and icons, category chips, lunar dates. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { styleProps } from '../../../internal/style-props.js';
import { feedText } from '../../../internal/feed-text.js';
import type { Category } from '../../../feed/types.js';
import type { CalEvent, EventStatus } from '../calendar-model.js';
import { lunarOf, lunarSpoken } from '../lunar-on-demand.js';

export function statusText(status: EventStatus): string {
  if (status === 'cancelled') return msg('Cancelled');
  if (status === 'postponed') return msg('Postponed');
  if (status === 'ended') return msg('Ended');
  return msg('Scheduled');
}

/** The shape beside a status word (cancelled ✕, postponed ◔, ended ✓), hidden from screen readers. */
export function statusIcon(status: EventStatus): TemplateResult {
  return html`<span class="status-icon" aria-hidden="true">${status === 'cancelled' ? '✕' : status === 'ended' ? '✓' : '◔'}</span>`;
}

/** The status as a word with a shape (never by colour alone); nothing for scheduled events. */
export function statusBadge(e: CalEvent): TemplateResult | typeof nothing {
  if (e.status === 'scheduled') return nothing;
  return html`<span class="status status-${e.status}" part="status">${statusIcon(e.status)}${statusText(e.status)}</span>`;
}

/**
 * A day's lunar date or solar term as shown (always Chinese), when `shown` and the lunar module
 * has loaded; hidden from screen readers, which hear `lunarSpoken` instead (after the date and
 * its events, marked 农历 so "八月" is not taken for August).
 */
export function lunarLabel(date: string, shown: boolean): TemplateResult | typeof nothing {
  const lunar = shown ? lunarOf(date) : undefined;
  return lunar ? html`<span class="lunar ${lunar.term ? 'term' : ''}" lang="zh-Hans" aria-hidden="true">${lunar.text}</span>` : nothing;
}

/** The lunar date for screen readers ("农历八月初八"), visually hidden; nothing when not `shown`. */
export function lunarSpokenLabel(date: string, shown: boolean): TemplateResult | typeof nothing {
  const text = shown ? lunarSpoken(date) : undefined;
  return text ? html`<span class="visually-hidden">${text}</span>` : nothing;
}

/**
 * An event button's accessible name, set whole (a visually hidden part would bring a space before
 * its comma): what the button shows first and in its order (the time, the title, a cancelled or
 * postponed status), then the dates or date and times, then "Ended"; ", " between the parts.
 */
export function eventName(e: CalEvent, when: string, time?: string): string {
  const shown = e.status === 'cancelled' || e.status === 'postponed';
  return [time ? `${time} ${e.title}` : e.title, shown ? statusText(e.status) : '', when, e.status === 'ended' ? statusText(e.status) : '']
    .filter(Boolean)
    .join(', ');
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
