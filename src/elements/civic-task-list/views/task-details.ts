/**
 * The opened part of a task (summary, milestones, indicators, related events, evidence links,
 * "Copy link"), loaded on demand: the first render of a list, where every task is closed, does
 * not need it. The list loads it in idle time after its first render, so it is there by the time
 * a resident opens a task; with `expanded` or a `#task-` link it is loaded at once (see
 * controllers/details-loader.ts). Its styles are in the element's (task-details.styles.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { langOf, textIn } from '../../../feed/text.js';
import { feedText, inLang } from '../../../internal/feed-text.js';
import { words } from '../../../internal/words.js';
import { heading } from '../../../internal/heading.js';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../../../feed/format.js';
import { dueStateAt, type DueState } from '../../../feed/timeliness.js';
import { isSafeUrl } from '../../../feed/urls.js';
import type { Feed, Task } from '../../../feed/types.js';
import type { TaskContext } from './context.js';

/** The ring element, loaded on demand the first time a task with indicators opens. */
function loadRing(): void {
  if (!customElements.get('civic-progress-ring')) void import('../../civic-progress-ring/civic-progress-ring.js');
}

/** The ids of the indicators linked to a task: its own list, then those that name the task. */
export function linkedIndicators(feed: Feed, task: Task) {
  const ids = new Set(task.indicators ?? []);
  for (const ind of feed.indicators) if (ind.task === task.id) ids.add(ind.id);
  return feed.indicators.filter((ind) => ids.has(ind.id));
}

/** The feed's events that belong to a task, by start. */
export function relatedEvents(feed: Feed, task: Task) {
  return feed.events.filter((e) => e.task === task.id).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** A milestone's due marker, as the row's (task-parts.ts dueTag; written here so this file imports nothing of the list's). */
function milestoneDue(ctx: TaskContext, state: DueState | undefined): TemplateResult | typeof nothing {
  if (state === 'overdue') return html`<span class="overdue">${ctx.icons.overdue}${msg('Overdue')}</span>`;
  if (state === 'due-no-update') return html`<span class="due-no-update">${ctx.icons['due-no-update']}${words(msg('Due, no update since'))}</span>`;
  return nothing;
}

/** The task's updates as a dated timeline, newest first (the validator sorts them). */
function timelineView(ctx: TaskContext, task: Task): TemplateResult | typeof nothing {
  const updates = task.updates ?? [];
  if (!updates.length) return nothing;
  const { lang } = ctx;
  const feed = ctx.model.feed;
  return html`${heading(ctx.level + 2, msg('Progress updates'), { class: 'details-heading' })}
    <ol class="timeline" part="timeline" role="list">
      ${updates.map(
        (u) => html`<li>
          <span class="when">${formatDate(u.date, lang, feed.timeZone)}</span>
          <span class="update-text">${feedText(u.text, lang, feed.lang)}</span>
          ${u.progress !== undefined ? html`<span class="update-progress">${msg(str`Progress ${formatPercent(u.progress, lang)}`)}</span>` : nothing}
        </li>`,
      )}
    </ol>`;
}

/**
 * The opened part of one task, under `head` (the row's status, due marker, progress and lead
 * line when compact). It imports nothing of the list's: what it shows of the list's comes in `ctx` and
 * `head` (see TaskContext.icons).
 */
export function detailsView(ctx: TaskContext, task: Task, head: TemplateResult | typeof nothing): TemplateResult {
  const { lang, icons, level } = ctx;
  const feed = ctx.model.feed;
  const summary = feedText(task.summary, lang, feed.lang);
  const milestones = task.milestones ?? [];
  const indicators = linkedIndicators(feed, task);
  if (indicators.length) loadRing();
  const events = relatedEvents(feed, task);
  const links = (task.links ?? []).filter((l) => isSafeUrl(l.url));
  const updated = formatDateTime(task.updated, lang, feed.timeZone);
  const copy = ctx.copy.state?.id === task.id ? ctx.copy.state : undefined;
  return html`
    ${head}
    ${summary ? html`<p class="task-summary">${summary}</p>` : nothing}
    ${timelineView(ctx, task)}
    ${milestones.length
      ? html`${heading(level + 2, msg('Milestones'), { class: 'details-heading' })}
          <ul class="milestones" role="list">
            ${milestones.map(
              (m) => html`<li class=${m.done ? 'done' : 'todo'}>
                ${m.done ? icons.completed : icons['not-started']}
                <span class="visually-hidden">${m.done ? msg('Done:') : msg('Not done:')}</span>
                <span class="milestone-text"
                  ><span>${feedText(m.title, lang, feed.lang)}</span>
                  ${m.due ? html`<span class="when">${formatDate(m.due, lang, feed.timeZone)}</span>` : nothing}
                  ${m.done ? nothing : milestoneDue(ctx, dueStateAt(m.due, false, task.updated ?? feed.updated, feed.timeZone, ctx.now))}</span
                >
              </li>`,
            )}
          </ul>`
      : nothing}
    ${indicators.length
      ? html`${heading(level + 2, msg('Indicators'), { class: 'details-heading' })}
          <ul class="indicators" role="list">
            ${indicators.map((ind) => {
              const unit = textIn(ind.unit, lang, feed.lang);
              const title = textIn(ind.title, lang, feed.lang);
              const atMost = ind.comparison === 'at-most';
              // A ring when <civic-progress-ring> is on the page (loaded on demand below);
              // its light DOM, the same figures as text, shows until then and without it.
              return html`<li class="indicator">
                <civic-progress-ring
                  .size=${'4.5em'}
                  .label=${title.value}
                  .labelLang=${langOf(ind.title, lang, feed.lang) ?? null}
                  .unit=${unit.value}
                  .target=${ind.target}
                  .comparison=${ind.comparison}
                  .value=${ind.value ?? null}
                  .baseline=${ind.baseline ?? null}
                  .asOf=${ind.asOf ?? null}
                  ><span class="indicator-title">${inLang(title.value, title.lang, lang)}</span>
                  <span class="indicator-value"
                    >${ind.value === undefined ? msg('no figure yet') : formatNumber(ind.value, lang)} /
                    <span aria-hidden="true">${atMost ? '≤' : '≥'}</span
                    ><span class="visually-hidden">${atMost ? msg('target at most') : msg('target at least')}</span>
                    ${formatNumber(ind.target, lang)}${unit.value ? html` ${inLang(unit.value, unit.lang, lang)}` : ''}</span
                  ></civic-progress-ring
                >
              </li>`;
            })}
          </ul>`
      : nothing}
    ${events.length
      ? html`${heading(level + 2, msg('Related events'), { class: 'details-heading' })}
          <ul class="events" role="list">
            ${events.map(
              (ev) => html`<li>
                <span class="when">${formatDate(ev.start, lang, feed.timeZone)}</span>
                <span>${feedText(ev.title, lang, feed.lang)}</span>
              </li>`,
            )}
          </ul>`
      : nothing}
    ${links.length
      ? html`${heading(level + 2, msg('Evidence'), { class: 'details-heading' })}
          <ul class="links" role="list">
            ${links.map((l) => html`<li><a href=${l.url}>${feedText(l.title, lang, feed.lang, l.url)}</a></li>`)}
          </ul>`
      : nothing}
    <div class="task-foot">
      ${updated ? html`<span class="task-updated">${msg(str`Updated on ${updated}`)}</span>` : nothing}
      <button type="button" class="copy" part="copy-link" @click=${() => ctx.copy.copy(task.id)}>${icons.link}${msg('Copy link')}</button>
      ${copy?.ok ? html`<span class="copied">${msg('Link copied')}</span>` : nothing}
      ${copy && !copy.ok
        ? html`<label class="link-label"
            ><span>${msg('Link to this task')}</span>
            <input class="link-field" type="text" readonly .value=${copy.link}
          /></label>`
        : nothing}
    </div>
  `;
}
