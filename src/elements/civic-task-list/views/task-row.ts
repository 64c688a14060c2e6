/**
 * One task: its toggle (number, title), its meta line (status, due marker, progress as of its
 * date, lead, due), its latest update and its opened part.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { feedText, feedTextWhole } from '../../../internal/feed-text.js';
import { heading } from '../../../internal/heading.js';
import { words } from '../../../internal/words.js';
import { formatDate, formatPercent } from '../../../feed/format.js';
import { dueState, latestUpdate } from '../../../feed/timeliness.js';
import type { Task } from '../../../feed/types.js';
import { progressOf } from '../task-model.js';
import { ICONS } from '../icons.js';
import type { DetailsLoader } from '../controllers/details-loader.js';
import type { TaskContext } from './context.js';
import { dueTag, ownersDue, statusTag } from './task-parts.js';
import { progressBar } from './progress-bar.js';

/** What a task row reads of the list, besides the TaskContext. */
export interface RowContext extends TaskContext {
  isOpen(id: string): boolean;
  /** Opens or closes a task (fires civic-task-toggle). */
  toggle(id: string): void;
  readonly details: DetailsLoader;
}

/** The newest update of a task, dated ("Latest (27 September 2024): …"); nothing without one. */
function latestView(ctx: TaskContext, task: Task): TemplateResult | typeof nothing {
  const latest = latestUpdate(task);
  if (!latest) return nothing;
  const feed = ctx.model.feed;
  const date = formatDate(latest.date, ctx.lang, feed.timeZone);
  return html`<p class="latest" part="latest-update">
    <span class="latest-label">${words(msg(str`Latest (${date}):`))}</span> ${feedTextWhole(latest.text, ctx.lang, feed.lang)}
  </p>`;
}

export function taskRow(ctx: RowContext, task: Task): TemplateResult {
  const { model, lang, compact } = ctx;
  const feed = model.feed;
  const open = ctx.isOpen(task.id);
  const position = model.position(task);
  const detailsId = `task-${position}-details`;
  const titleId = `task-${position}-title`;
  const title = feedTextWhole(task.title, lang, feed.lang, msg('Untitled task'));
  const progress = progressOf(task);
  const due = dueState(task, feed, ctx.now);
  const asOf = formatDate(task.updated ?? ctx.asOf, lang, feed.timeZone) || undefined;
  const toggle = html`<button
    type="button"
    class="toggle"
    part="task-toggle"
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${detailsId}
    @click=${() => ctx.toggle(task.id)}
  >
    <span class="chevron">${ICONS.chevron}</span>
    ${compact ? statusTag(task.status) : nothing}
    ${task.number !== undefined ? html`<span class="task-number">${String(task.number)}</span>` : nothing}
    <span class="task-title" id=${titleId}>${title}</span>
    ${compact && progress !== undefined ? html`<span class="compact-pct">${formatPercent(progress, lang)}</span>` : nothing}
  </button>`;
  return html`<li class="task status-${task.status}${due ? ` is-${due}` : ''}" part="task" data-id=${task.id}>
    ${heading(ctx.level + 1, toggle, { class: 'task-heading' })}
    ${compact
      ? nothing
      : html`<div class="meta">
            ${statusTag(task.status)}${dueTag(due)} ${progressBar(progress, lang, { labelledBy: titleId, asOf })}${ownersDue(feed, task, lang)}
          </div>
          ${latestView(ctx, task)}`}
    <div class="details" part="details" id=${detailsId} ?hidden=${!open}>
      ${open ? detailsPart(ctx, task, html`${statusTag(task.status)}${dueTag(due)} ${progressBar(progress, lang, { labelledBy: titleId, asOf })}`) : nothing}
    </div>
  </li>`;
}

/**
 * The opened part of a task (`meta`: the row's status, due marker and progress, shown in it when compact). Until its code is in (loaded on demand, see task-details.ts), the
 * task's summary stands in for it, so the resident reads at once and nothing jumps.
 */
function detailsPart(ctx: RowContext, task: Task, meta: TemplateResult): TemplateResult {
  const details = ctx.details.get();
  if (details) {
    // Compact rows show only the title: their status, due marker, progress (as of its date) and lead here.
    const head = ctx.compact ? html`<div class="meta">${meta}${ownersDue(ctx.model.feed, task, ctx.lang)}</div>` : nothing;
    return details.detailsView(ctx, task, head);
  }
  const summary = feedText(task.summary, ctx.lang, ctx.model.feed.lang);
  return html`${summary ? html`<p class="task-summary">${summary}</p>` : nothing}`;
}
