/** The summary at the top: task count, counts by status and overdue, overall progress, update date. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDateTime, formatNumber } from '../../../feed/format.js';
import { sampleBadge } from '../../../internal/state-views.js';
import { averageProgress, isOverdue, type TaskModel } from '../task-model.js';
import { ICONS } from '../icons.js';
import { statusLabel, taskCount } from './task-parts.js';
import { progressBar } from './progress-bar.js';

/** `today`: YYYY-MM-DD in the feed's time zone (for overdue). */
export function summaryView(model: TaskModel, today: string, lang: string): TemplateResult {
  const feed = model.feed;
  const tasks = model.tasks;
  const counts = model.counts();
  const overdue = tasks.filter((t) => isOverdue(t, today)).length;
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
      ${overdue
        ? html`<li class="count overdue-count">
            ${ICONS.overdue}<span class="count-label">${msg('Overdue')}</span>
            <strong>${formatNumber(overdue, lang)}</strong>
          </li>`
        : nothing}
    </ul>
    <div class="overall">
      <span class="overall-label">${msg('Overall progress')}</span>
      ${progressBar(average, msg('Overall progress'), lang)}
    </div>
    ${updated ? html`<p class="updated">${msg(str`Updated on ${updated}`)}</p>` : nothing}
  </section>`;
}
