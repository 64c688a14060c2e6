/**
 * The summary at the top: task count, counts by status (they add up to the total), the "of
 * which" due counts (overdue, due with no update since), overall progress as of the data's date,
 * update date.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDate, formatDateTime, formatNumber } from '../../../feed/format.js';
import { sampleBadge } from '../../../internal/state-views.js';
import { averageProgress } from '../task-model.js';
import { ICONS } from '../icons.js';
import { statusLabel, taskCount } from './task-parts.js';
import { progressBar } from './progress-bar.js';
import type { TaskContext } from './context.js';

export function summaryView(ctx: TaskContext): TemplateResult {
  const { model, lang } = ctx;
  const feed = model.feed;
  const tasks = model.tasks;
  const counts = model.counts();
  const due = model.dueCounts(ctx.now);
  const average = averageProgress(tasks);
  const updated = formatDateTime(feed.updated, lang, feed.timeZone);
  return html`<section class="summary" part="summary" aria-label=${msg('Overview')}>
    <div class="summary-head">
      <p class="total">${taskCount(tasks.length, lang)}</p>
      ${sampleBadge(feed)}
    </div>
    <ul class="counts" role="list">
      ${model.statuses().map(
        (s) => html`<li class="count status-${s}">
          ${ICONS[s]}<span class="count-label">${statusLabel(s)}</span>
          <strong>${formatNumber(counts[s], lang)}</strong>
        </li>`,
      )}
    </ul>
    ${due.overdue || due.dueNoUpdate
      ? html`<p class="of-which" part="due-counts">
          <span class="of-which-label">${msg('Of which:')}</span>
          ${due.overdue
            ? html`<span class="count overdue-count">${ICONS.overdue}<span class="count-label">${msg('overdue')}</span> <strong>${formatNumber(due.overdue, lang)}</strong></span>`
            : nothing}
          ${due.dueNoUpdate
            ? html`<span class="count due-no-update-count"
                >${ICONS['due-no-update']}<span class="count-label">${msg('due, no update since')}</span> <strong>${formatNumber(due.dueNoUpdate, lang)}</strong></span
              >`
            : nothing}
        </p>`
      : nothing}
    <div class="overall">
      <span class="overall-label">${msg('Overall progress')}</span>
      ${progressBar(average, lang, { label: msg('Overall progress'), asOf: formatDate(ctx.asOf, lang, feed.timeZone) || undefined })}
    </div>
    ${updated ? html`<p class="updated">${msg(str`Updated on ${updated}`)}</p>` : nothing}
  </section>`;
}
