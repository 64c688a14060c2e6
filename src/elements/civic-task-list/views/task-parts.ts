/**
 * Small parts the list's views share: status names and tags, the due markers, a task's lead
 * departments and due date, and "N tasks". The opened part (task-details.ts) imports them too.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { sameLanguage, textIn } from '../../../feed/text.js';
import { inLang } from '../../../internal/feed-text.js';
import { words } from '../../../internal/words.js';
import { formatDate, formatNumber } from '../../../feed/format.js';
import type { Feed, Task } from '../../../feed/types.js';
import type { DueState } from '../../../feed/timeliness.js';
import type { StatusKey } from '../task-model.js';
import { ICONS } from '../icons.js';

export function statusLabel(status: StatusKey): string {
  switch (status) {
    case 'completed':
      return msg('Completed');
    case 'in-progress':
      return msg('In progress');
    case 'delayed':
      return msg('Delayed');
    case 'not-started':
      return msg('Not started');
    default:
      return msg('Status unknown');
  }
}

export function taskCount(n: number, lang: string): string {
  return n === 1 ? msg('1 task') : msg(str`${formatNumber(n, lang)} tasks`);
}

/** A task's status in text and shape (part "status"). */
export function statusTag(status: StatusKey): TemplateResult {
  return html`<span class="status status-${status}" part="status">${ICONS[status]}<span class="status-text">${statusLabel(status)}</span></span>`;
}

/**
 * A task's due marker: "Overdue" (part "overdue", in the danger colour) when its due date had
 * passed when it was last reported on; "Due, no update since" (part "due-no-update", neutral)
 * when it has passed only since then. Text and shape, never colour alone. Nothing otherwise.
 */
export function dueTag(state: DueState | undefined): TemplateResult | typeof nothing {
  if (state === 'overdue') return html`<span class="overdue" part="overdue">${ICONS.overdue}${msg('Overdue')}</span>`;
  if (state === 'due-no-update') return html`<span class="due-no-update" part="due-no-update">${ICONS['due-no-update']}${words(msg('Due, no update since'))}</span>`;
  return nothing;
}

/** A task's lead departments and due date. */
export function ownersDue(feed: Feed, task: Task, lang: string): TemplateResult {
  const owners = (task.owners ?? []).map((o) => textIn(o, lang, feed.lang)).filter((o) => o.value);
  const separator = lang.startsWith('zh') ? '、' : ', ';
  // One text when every name is in the UI language (the usual case: fewer nodes to make).
  const list = owners.every((o) => sameLanguage(o.lang, lang))
    ? owners.map((o) => o.value).join(separator)
    : owners.map((o, i) => html`${i ? separator : ''}${inLang(o.value, o.lang, lang)}`);
  const due = formatDate(task.due, lang, feed.timeZone);
  return html`${owners.length ? html`<span class="owners">${msg(html`Lead: ${list}`)}</span>` : nothing}
    ${due ? html`<span class="due">${msg(str`Due ${due}`)}</span>` : nothing}`;
}
