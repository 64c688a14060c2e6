/** A section of the plan: heading, task count, progress and its tasks; and the list's "Show all". */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { langOf, pickText } from '../../../feed/text.js';
import { formatDate, formatNumber } from '../../../feed/format.js';
import { heading } from '../../../internal/heading.js';
import type { Feed, Task } from '../../../feed/types.js';
import { OTHER_SECTION, averageProgress, type TaskGroup } from '../task-model.js';
import { taskCount } from './task-parts.js';
import { progressBar } from './progress-bar.js';
import { taskRow, type RowContext } from './task-row.js';

/** A section's title, and its language when that is not the UI's. */
export function sectionTitle(feed: Feed, id: string, lang: string, withNumber = false): { value: string; lang?: string } {
  if (id === OTHER_SECTION) return { value: msg('Other') };
  const section = feed.sections.find((s) => s.id === id);
  const title = pickText(section?.title, lang, feed.lang) || id;
  const value = withNumber && section?.number !== undefined ? `${section.number}. ${title}` : title;
  return { value, lang: langOf(section?.title, lang, feed.lang) };
}

/** One section with those of its tasks (`group.tasks`, the filtered ones) that are in `shown`. */
export function sectionView(ctx: RowContext, group: TaskGroup, shown: ReadonlySet<Task>): TemplateResult | typeof nothing {
  const { model, lang, today, level, compact } = ctx;
  const { id, tasks } = group;
  const visible = tasks.filter((t) => shown.has(t));
  if (!visible.length) return nothing;
  const feed = model.feed;
  const section = id === OTHER_SECTION ? undefined : feed.sections.find((s) => s.id === id);
  const all = model.tasksOf(id);
  const title = sectionTitle(feed, id, lang);
  const headingId = `sec-${model.groupOrder.indexOf(id)}`;
  const average = averageProgress(all);
  const copied = ctx.copy.state;
  return html`<section class="section" part="section" aria-labelledby=${headingId}>
    <div class="section-head">
      ${heading(
        level,
        html`${section?.number !== undefined ? html`<span class="section-number">${msg(str`Part ${String(section.number)}`)}</span>` : nothing}
          <span class="section-title" lang=${ifDefined(title.lang)}>${title.value}</span>`,
        { id: headingId, class: 'section-heading', part: 'section-heading' },
      )}
      <div class="section-meta">
        <span class="section-count"
          >${tasks.length === all.length
            ? taskCount(all.length, lang)
            : msg(str`${formatNumber(tasks.length, lang)} of ${formatNumber(all.length, lang)} tasks shown`)}</span
        >
        ${compact ? nothing : progressBar(average, lang, { labelledBy: headingId, asOf: formatDate(ctx.asOf, lang, feed.timeZone) || undefined })}
      </div>
    </div>
    <ol class="tasks" role="list">
      ${visible.map((t) =>
        // A task re-renders only when something it shows changed (long lists grow a chunk at a time).
        guard([t, model, today, level, lang, compact, ctx.isOpen(t.id), copied?.id === t.id ? copied : undefined, ctx.details.current], () => taskRow(ctx, t)),
      )}
    </ol>
  </section>`;
}

/** The "Show all" button under a list cut by the limit attribute. */
export function showAllView(total: number, lang: string, onShowAll: () => void): TemplateResult {
  return html`<p class="more">
    <button type="button" class="show-all" part="show-all" @click=${onShowAll}>${msg(str`Show all ${formatNumber(total, lang)} tasks`)}</button>
  </p>`;
}
