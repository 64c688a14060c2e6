/** One task: its toggle (number, title), its meta line (status, overdue, progress, lead, due) and its opened part. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { feedText } from '../../../internal/feed-text.js';
import { formatPercent } from '../../../feed/format.js';
import type { Task } from '../../../feed/types.js';
import { isOverdue, progressOf } from '../task-model.js';
import { ICONS } from '../icons.js';
import type { DetailsLoader } from '../controllers/details-loader.js';
import type { TaskContext } from './context.js';
import { overdueTag, ownersDue, statusTag } from './task-parts.js';
import { progressBar } from './progress-bar.js';

/** What a task row reads of the list, besides the TaskContext. */
export interface RowContext extends TaskContext {
  isOpen(id: string): boolean;
  /** Opens or closes a task (fires civic-task-toggle). */
  toggle(id: string): void;
  readonly details: DetailsLoader;
}

export function taskRow(ctx: RowContext, task: Task): TemplateResult {
  const { model, lang, today, compact } = ctx;
  const feed = model.feed;
  const open = ctx.isOpen(task.id);
  const detailsId = `task-${model.position(task)}-details`;
  const title = feedText(task.title, lang, feed.lang, msg('Untitled task'));
  const progress = progressOf(task);
  const overdue = isOverdue(task, today);
  return html`<li class="task status-${task.status}${overdue ? ' is-overdue' : ''}" part="task" data-id=${task.id}>
    <h4 class="task-heading">
      <button type="button" class="toggle" part="task-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${detailsId} @click=${() => ctx.toggle(task.id)}>
        <span class="chevron">${ICONS.chevron}</span>
        ${compact ? statusTag(task.status) : nothing}
        ${task.number !== undefined ? html`<span class="task-number">${String(task.number)}</span>` : nothing}
        <span class="task-title">${title}</span>
        ${compact && progress !== undefined ? html`<span class="compact-pct">${formatPercent(progress, lang)}</span>` : nothing}
      </button>
    </h4>
    ${compact
      ? nothing
      : html`<div class="meta">
          ${statusTag(task.status)}${overdue ? overdueTag() : nothing}
          ${progressBar(progress, msg('Progress'), lang)}${ownersDue(feed, task, lang)}
        </div>`}
    <div class="details" part="details" id=${detailsId} ?hidden=${!open}>${open ? detailsPart(ctx, task) : nothing}</div>
  </li>`;
}

/**
 * The opened part of a task. Until its code is in (loaded on demand, see task-details.ts), the
 * task's summary stands in for it, so the resident reads at once and nothing jumps.
 */
function detailsPart(ctx: RowContext, task: Task): TemplateResult {
  const details = ctx.details.get();
  if (details) {
    const head = ctx.compact
      ? html`<p class="meta">
          ${statusTag(task.status)}${isOverdue(task, ctx.today) ? overdueTag() : nothing}${ownersDue(ctx.model.feed, task, ctx.lang)}
        </p>`
      : nothing;
    return details.detailsView(ctx, task, head);
  }
  const summary = feedText(task.summary, ctx.lang, ctx.model.feed.lang);
  return html`${summary ? html`<p class="task-summary">${summary}</p>` : nothing}`;
}
