import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@lit/localize';
import { FeedController } from '../../internal/feed-controller.js';
import { CivicFeedElement } from '../../internal/civic-feed-element.js';
import { baseStyles } from '../../internal/tokens.js';
import { blockingView, debugPanel, emptyView, sampleBadge, staleNotice, stateStyles } from '../../internal/state-views.js';
import { defineElement } from '../../internal/define.js';
import { styleProps } from '../../internal/style-props.js';
import { uiLocale } from '../../internal/locale.js';
import { langOf, pickText, sameLanguage, textIn } from '../../feed/text.js';
import { feedText, inLang } from '../../internal/feed-text.js';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../../feed/format.js';
import type { Feed, Task } from '../../feed/types.js';
import {
  NO_FILTER,
  OTHER_SECTION,
  TaskModel,
  averageProgress,
  feedToday,
  isOverdue,
  progressOf,
  splitList,
  taskIdFromHash,
  taskLink,
  type StatusKey,
  type TaskFilter,
} from './task-model.js';
import { ICONS } from './icons.js';
import type { DetailsHost } from './task-details.js';
import { styles } from './civic-task-list.styles.js';

/**
 * Tasks rendered in the first frame (a 1080p screen shows about 8 under the summary and the
 * filters); the rest follow a chunk per frame, each chunk sized to take about CHUNK_MS of
 * script, so a big feed never blocks the page.
 */
const FIRST_CHUNK = 8;
const NEXT_CHUNK = 24;
const CHUNK_MS = 6;
/** A list this short is rendered whole at once (a plan's usual size). */
const ALL_AT_ONCE = 40;
/** From this many tasks on, tasks far off screen skip layout and paint (content-visibility). */
const MANY = 150;

function statusLabel(status: StatusKey): string {
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

function taskCount(n: number, lang: string): string {
  return n === 1 ? msg('1 task') : msg(str`${formatNumber(n, lang)} tasks`);
}

interface CopyState {
  id: string;
  ok: boolean;
  link: string;
}

type Details = typeof import('./task-details.js');
let details: Details | undefined;
let detailsLoading: Promise<Details> | undefined;

/** The opened part of a task (task-details.ts), loaded on demand; a failed load is tried again. */
function loadDetails(): Promise<Details> {
  return (detailsLoading ??= import('./task-details.js').then(
    (m) => (details = m),
    (err: unknown) => {
      detailsLoading = undefined;
      throw err;
    },
  ));
}

/**
 * @tagname civic-task-list
 * @summary The plan's tasks grouped by section, with their status, progress, lead departments,
 * due dates and overdue markers; each task opens to show its summary, milestones, indicators,
 * related events and evidence links. Residents filter by status and section and search (Chinese
 * substring search); web editors narrow the list with attributes. `#task-<id>` in the page
 * address opens and scrolls to a task.
 *
 * @slot - Fallback content (text or a link) shown when the feed cannot be loaded.
 *
 * @csspart summary - The summary at the top: counts, overall progress, update date.
 * @csspart filters - The filter bar (status chips, section select, search).
 * @csspart chip - A status filter chip.
 * @csspart search - The search input.
 * @csspart section - A section of the plan (heading, count, progress and its tasks).
 * @csspart section-heading - The heading of a section.
 * @csspart task - One task.
 * @csspart task-toggle - The button that opens and closes a task.
 * @csspart status - A task's status tag (text and shape).
 * @csspart overdue - The overdue marker.
 * @csspart progress-bar - A progress bar (task, section or overall).
 * @csspart details - The opened part of a task.
 * @csspart copy-link - The "Copy link" button of a task.
 * @csspart show-all - The "Show all" button (with the limit attribute).
 * @csspart no-results - The message shown when no task matches the filters.
 * @csspart clear-filters - The "Clear filters" button.
 * @csspart sample-badge - The "Sample data" badge of an illustrative feed.
 * @csspart stale-notice - The notice shown when the last good copy is shown.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error message.
 * @csspart fallback - The wrapper of the fallback slot.
 * @csspart retry - The "Try again" button.
 * @csspart empty - The message of a feed without tasks.
 * @csspart debug - The problem list shown with the debug attribute.
 *
 * @cssprop --civic-color-text - Text colour.
 * @cssprop --civic-color-muted - Secondary text colour.
 * @cssprop --civic-color-surface - Background colour.
 * @cssprop --civic-color-surface-alt - Background of the summary, chips and progress tracks.
 * @cssprop --civic-color-border - Border colour.
 * @cssprop --civic-color-accent - Link colour, pressed chips and progress bars.
 * @cssprop --civic-color-focus - Focus ring colour.
 * @cssprop --civic-color-danger - Overdue marker colour.
 * @cssprop --civic-status-completed - Colour of the "Completed" status.
 * @cssprop --civic-status-in-progress - Colour of the "In progress" status.
 * @cssprop --civic-status-delayed - Colour of the "Delayed" status.
 * @cssprop --civic-status-not-started - Colour of the "Not started" status (also "Unknown").
 * @cssprop --civic-radius - Corner radius.
 * @cssprop --civic-space - Spacing unit.
 * @cssprop --civic-font-family - Font family (inherits the page's by default).
 *
 * @fires {CustomEvent<TaskToggleDetail>} civic-task-toggle - A task was opened or closed (detail: id, open).
 * @fires {CustomEvent<FilterChangeDetail>} civic-filter-change - The resident changed the filters (detail: statuses, sections, query).
 * @fires {CustomEvent<FeedLoadDetail>} civic-feed-load - The feed was loaded (detail: feed, problems, source, stale).
 * @fires {CustomEvent<FeedErrorDetail>} civic-feed-error - The feed could not be loaded (detail: kind, message, url, status, problems).
 */
export class CivicTaskList extends CivicFeedElement {
  static override styles = [...baseStyles, stateStyles, styles];

  static override properties = {
    section: { reflect: true },
    status: { reflect: true },
    owner: { reflect: true },
    expanded: { type: Boolean, reflect: true },
    compact: { type: Boolean, reflect: true },
    limit: { type: Number, reflect: true },
    hideFilters: { type: Boolean, reflect: true, attribute: 'hide-filters' },
    hideSummary: { type: Boolean, reflect: true, attribute: 'hide-summary' },
  };

  /** Only these sections (ids, separated by spaces or commas). */
  declare section: string | null;
  /** Only tasks with these statuses: completed, in-progress, delayed, not-started (spaces or commas). */
  declare status: string | null;
  /** Only tasks with a lead department whose name (in the current language) contains this text. */
  declare owner: string | null;
  /** Every task starts open. */
  declare expanded: boolean;
  /** One line a task and no filters: for a narrow sidebar. */
  declare compact: boolean;
  /** Show the first N tasks, with a "Show all" button. */
  declare limit: number | null;
  /** Hide the filter bar. */
  declare hideFilters: boolean;
  /** Hide the summary at the top. */
  declare hideSummary: boolean;

  protected override readonly feedCtrl = new FeedController(this, { isEmpty: (f) => f.tasks.length === 0 });
  private filterState: TaskFilter = NO_FILTER;
  private toggled = new Map<string, boolean>();
  private showAll = false;
  private budget = FIRST_CHUNK;
  /** Tasks a later chunk adds, adjusted to the time the last chunk took. */
  private chunkSize = NEXT_CHUNK;
  private chunkStart = 0;
  private chunkPending = false;
  private copy?: CopyState;
  private copyTimer = 0;
  private announcement = '';
  private cachedModel?: TaskModel;
  private cacheKey = '';
  private hashFeed?: Feed;
  private pendingFocus?: string;
  private readonly warmed = new WeakSet<TaskModel>();

  constructor() {
    super();
    this.section = null;
    this.status = null;
    this.owner = null;
    this.expanded = false;
    this.compact = false;
    this.limit = null;
    this.hideFilters = false;
    this.hideSummary = false;
  }

  /** The resident's current filters. */
  get filters(): TaskFilter {
    return { ...this.filterState, statuses: [...this.filterState.statuses], sections: [...this.filterState.sections] };
  }

  /** Sets the filters (as a resident would; fires civic-filter-change). */
  set filters(value: Partial<TaskFilter>) {
    this.setFilter({ ...NO_FILTER, ...value });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.copyTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('expanded')) this.toggled.clear();
    if (changed.has('limit')) this.showAll = false;
    if (changed.has('feed') || changed.has('src')) {
      this.budget = FIRST_CHUNK;
    }
  }

  /** The model for the current feed, language and scope (kept while they stay the same). */
  private model(feed: Feed): TaskModel {
    const lang = uiLocale();
    const key = [lang, this.section ?? '', this.status ?? '', this.owner ?? ''].join('\u0001');
    if (!this.cachedModel || this.cachedModel.feed !== feed || key !== this.cacheKey) {
      this.cacheKey = key;
      this.cachedModel = new TaskModel(feed, lang, {
        sections: splitList(this.section),
        statuses: splitList(this.status),
        owner: this.owner ?? '',
      });
    }
    return this.cachedModel;
  }

  private get filtersShown(): boolean {
    return !this.hideFilters && !this.compact;
  }

  private isOpen(id: string): boolean {
    return this.toggled.get(id) ?? this.expanded;
  }

  private setFilter(next: TaskFilter): void {
    this.filterState = next;
    this.budget = FIRST_CHUNK;
    this.requestUpdate();
    this.emit('civic-filter-change', { statuses: [...next.statuses], sections: [...next.sections], query: next.query });
  }

  private onChip(e: Event): void {
    const status = (e.currentTarget as HTMLElement).dataset.status!;
    const set = new Set(this.filterState.statuses);
    if (set.has(status)) set.delete(status);
    else set.add(status);
    this.setFilter({ ...this.filterState, statuses: [...set] });
  }

  private onSection(e: Event): void {
    const value = (e.currentTarget as HTMLSelectElement).value;
    this.setFilter({ ...this.filterState, sections: value ? [value] : [] });
  }

  private onSearch(e: Event): void {
    this.setFilter({ ...this.filterState, query: (e.currentTarget as HTMLInputElement).value });
  }

  private async clearFilters(): Promise<void> {
    this.setFilter(NO_FILTER);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[type=search]')?.focus();
  }

  private onToggle(e: Event): void {
    const id = (e.currentTarget as HTMLElement).closest<HTMLElement>('li.task')!.dataset.id!;
    this.setOpen(id, !this.isOpen(id));
  }

  private setOpen(id: string, open: boolean): void {
    if (this.isOpen(id) === open) return;
    this.toggled.set(id, open);
    this.requestUpdate();
    this.emit('civic-task-toggle', { id, open });
  }

  private async onShowAll(): Promise<void> {
    const feed = this.feedCtrl.feed;
    const first = this.limit ?? 0;
    this.showAll = true;
    if (feed) {
      const model = this.model(feed);
      const next = model.ordered(model.filter(this.filterState))[first];
      this.budget = Math.max(this.budget, first + NEXT_CHUNK);
      if (next) this.pendingFocus = next.id;
    }
    this.requestUpdate();
  }

  private onCopy(e: Event): void {
    const id = (e.currentTarget as HTMLElement).closest<HTMLElement>('li.task')!.dataset.id!;
    void this.copyLink(id);
  }

  private async copyLink(id: string): Promise<void> {
    const link = taskLink(location.href, id);
    clearTimeout(this.copyTimer);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      this.copy = { id, ok: true, link };
      this.announcement = msg('Link copied');
      this.copyTimer = window.setTimeout(() => {
        if (this.copy?.ok) {
          this.copy = undefined;
          this.requestUpdate();
        }
      }, 5000);
      this.requestUpdate();
    } catch {
      this.copy = { id, ok: false, link };
      this.announcement = msg('Copy the selected link with Ctrl+C (⌘C on a Mac).');
      this.requestUpdate();
      await this.updateComplete;
      const input = this.renderRoot.querySelector<HTMLInputElement>('input.link-field');
      input?.focus();
      input?.select();
    }
  }

  private onHashChange = (): void => {
    void this.openFromHash();
  };

  /** Opens and scrolls to the task named by `#task-<id>`, if it is in this list. */
  private async openFromHash(): Promise<void> {
    const id = taskIdFromHash(location.hash);
    const feed = this.feedCtrl.feed;
    if (!id || !feed) return;
    const model = this.model(feed);
    const task = model.tasks.find((t) => t.id === id);
    if (!task) return;
    if (!model.filter(this.filterState).includes(task)) this.setFilter(NO_FILTER);
    const index = model.ordered(model.filter(this.filterState)).indexOf(task);
    if (this.limit && this.limit > 0 && index >= this.limit) this.showAll = true;
    this.budget = Math.max(this.budget, index + 1);
    if (!this.isOpen(id)) this.setOpen(id, true);
    this.requestUpdate();
    await this.updateComplete;
    const item = this.taskItem(id);
    if (!item) return;
    item.scrollIntoView({ block: 'start' });
    item.querySelector<HTMLElement>('.toggle')?.focus({ preventScroll: true });
  }

  private taskItem(id: string): HTMLElement | undefined {
    for (const li of this.renderRoot.querySelectorAll<HTMLElement>('li.task')) if (li.dataset.id === id) return li;
    return undefined;
  }

  protected override updated(): void {
    if (this.chunkStart) {
      const ms = performance.now() - this.chunkStart;
      this.chunkStart = 0;
      this.chunkSize = Math.min(200, Math.max(8, Math.round((this.chunkSize * CHUNK_MS) / Math.max(ms, 1))));
    }
    const feed = this.feedCtrl.feed;
    if (feed && feed !== this.hashFeed) {
      this.hashFeed = feed;
      if (taskIdFromHash(location.hash)) void this.openFromHash();
    }
    if (this.pendingFocus) {
      const item = this.taskItem(this.pendingFocus);
      this.pendingFocus = undefined;
      item?.querySelector<HTMLElement>('.toggle')?.focus();
    }
  }

  /**
   * Schedules the next chunk of a long list: after the next frame is painted, or (in a hidden
   * tab, where frames stop) as the next task.
   */
  private scheduleChunk(total: number, model: TaskModel): void {
    if (this.budget >= total || total <= ALL_AT_ONCE) {
      this.warmSoon(model);
      return;
    }
    if (this.chunkPending) return;
    this.chunkPending = true;
    const next = () => {
      this.chunkPending = false;
      if (!this.isConnected) return;
      this.budget += this.chunkSize;
      this.chunkStart = performance.now();
      this.requestUpdate();
    };
    if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(next, 0));
    else {
      const channel = new MessageChannel();
      channel.port1.onmessage = next;
      channel.port2.postMessage(null);
    }
  }

  /**
   * When the page is idle: prepares the search text, so the first keystroke is as quick as the
   * rest, then loads the opened part's code, so it is there when a resident opens a task.
   */
  private warmSoon(model: TaskModel): void {
    if (this.warmed.has(model)) return;
    this.warmed.add(model);
    type Deadline = { timeRemaining(): number };
    const idle = (globalThis as { requestIdleCallback?: (cb: (d: Deadline) => void, o?: { timeout: number }) => number }).requestIdleCallback;
    // A little at a time, so a keystroke never waits behind it.
    const step = (deadline?: Deadline) => {
      const until = performance.now() + 5;
      const done = model.warm(() => performance.now() > until && (!deadline || deadline.timeRemaining() < 1));
      if (!done) later();
      else if (!details) loadDetails().catch(() => undefined);
    };
    const later = () => (idle ? idle(step, { timeout: 2000 }) : setTimeout(step, 50));
    later();
  }

  override render() {
    const ctrl = this.feedCtrl;
    const blocking = blockingView(ctrl, '24em');
    if (blocking) return html`${blocking}${debugPanel(ctrl, this.debug)}`;
    const feed = ctrl.feed as Feed;
    if (ctrl.state === 'empty') {
      return html`${staleNotice(ctrl)}${sampleBadge(feed)}${emptyView(msg('This plan has no tasks yet.'))}${debugPanel(ctrl, this.debug)}`;
    }
    const lang = uiLocale();
    const model = this.model(feed);
    const today = feedToday(feed);
    const filtered = model.filter(this.filterState);
    const groups = model.group(filtered);
    const ordered = groups.flatMap((g) => g.tasks);
    const limited = this.limit && this.limit > 0 && !this.showAll ? Math.min(this.limit, ordered.length) : ordered.length;
    const rendered = limited <= ALL_AT_ONCE ? limited : Math.min(limited, this.budget);
    const shown = new Set(ordered.slice(0, rendered));
    this.scheduleChunk(limited, model);

    let body: TemplateResult;
    if (!model.tasks.length) {
      body = emptyView(msg('No tasks to show.'));
    } else if (!filtered.length) {
      body = html`<div class="no-results" part="no-results">
        <p>${msg('No tasks match these filters.')}</p>
        <button type="button" class="clear" part="clear-filters" @click=${this.clearFilters}>${msg('Clear filters')}</button>
      </div>`;
    } else {
      body = html`${groups.map((g) => this.sectionView(model, g.id, g.tasks, shown, today, lang))}`;
    }
    const more = ordered.length - limited;

    return html`${staleNotice(ctrl)}
      ${this.hideSummary ? nothing : this.summaryView(model, today, lang)}
      ${this.filtersShown && model.tasks.length ? this.filtersView(model, filtered.length, lang) : nothing}
      <div class=${model.tasks.length > MANY ? 'sections many' : 'sections'}>${body}</div>
      ${more > 0
        ? html`<p class="more">
            <button type="button" class="show-all" part="show-all" @click=${this.onShowAll}>
              ${msg(str`Show all ${formatNumber(ordered.length, lang)} tasks`)}
            </button>
          </p>`
        : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${debugPanel(ctrl, this.debug)}`;
  }

  private progressBar(value: number | undefined, label: string, lang: string): TemplateResult {
    if (value === undefined) return html`<span class="no-progress">${msg('No progress figure')}</span>`;
    const text = formatPercent(value, lang);
    return html`<span class="progress">
      <span
        class="bar"
        part="progress-bar"
        role="progressbar"
        aria-label=${label}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${Math.round(value)}
        aria-valuetext=${text}
        ><span class="fill" ${styleProps({ '--civic-task-progress': `${value}%` })}></span></span
      ><span class="pct" aria-hidden="true">${text}</span>
    </span>`;
  }

  /**
   * The opened part of a task. Until its code is in (loaded on demand, see task-details.ts), the
   * task's summary stands in for it, so the resident reads at once and nothing jumps.
   */
  private detailsView(feed: Feed, task: Task, lang: string, today: string): TemplateResult {
    if (details) return details.detailsView(this.detailsHost(today), feed, task, lang);
    void this.waitFor(loadDetails()).then(
      () => this.requestUpdate(),
      () => undefined,
    );
    const summary = feedText(task.summary, lang, feed.lang);
    return html`${summary ? html`<p class="task-summary">${summary}</p>` : nothing}`;
  }

  /** What task-details.ts uses of the list. */
  private detailsHost(today: string): DetailsHost {
    return {
      isOverdue: (task) => isOverdue(task, today),
      icons: ICONS,
      compact: this.compact,
      copy: this.copy,
      onCopy: this.onCopy,
      statusTag: (status) => this.statusTag(status),
      overdueTag: () => this.overdueTag(),
      ownersDue: (feed, task, lang) => this.ownersDue(feed, task, lang),
    };
  }

  private statusTag(status: StatusKey): TemplateResult {
    return html`<span class="status status-${status}" part="status">${ICONS[status]}<span class="status-text">${statusLabel(status)}</span></span>`;
  }

  private overdueTag(): TemplateResult {
    return html`<span class="overdue" part="overdue">${ICONS.overdue}${msg('Overdue')}</span>`;
  }

  private ownersDue(feed: Feed, task: Task, lang: string): TemplateResult {
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

  private summaryView(model: TaskModel, today: string, lang: string): TemplateResult {
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
        ${this.progressBar(average, msg('Overall progress'), lang)}
      </div>
      ${updated ? html`<p class="updated">${msg(str`Updated on ${updated}`)}</p>` : nothing}
    </section>`;
  }

  private filtersView(model: TaskModel, matching: number, lang: string): TemplateResult {
    const f = this.filterState;
    const facet = model.facetCounts(f);
    const pressed = new Set(f.statuses);
    const groups = model.groupOrder;
    return html`<div class="filters" part="filters">
      <div class="chips" role="group" aria-label=${msg('Filter by status')}>
        ${model.statuses().map(
          (s) => html`<button
            type="button"
            class="chip status-${s}"
            part="chip"
            data-status=${s}
            aria-pressed=${pressed.has(s) ? 'true' : 'false'}
            @click=${this.onChip}
          >
            ${ICONS[s]}<span>${statusLabel(s)}</span><span class="chip-count">${formatNumber(facet[s], lang)}</span>
          </button>`,
        )}
      </div>
      <div class="fields">
        ${groups.length > 1
          ? html`<label class="field">
              <span class="field-label">${msg('Section')}</span>
              <select @change=${this.onSection} .value=${f.sections[0] ?? ''}>
                <option value="" ?selected=${!f.sections.length}>${msg('All sections')}</option>
                ${groups.map(
                  (id) => {
                    const title = this.sectionTitle(model.feed, id, lang, true);
                    return html`<option value=${id} lang=${ifDefined(title.lang)} ?selected=${f.sections[0] === id}>${title.value}</option>`;
                  },
                )}
              </select>
            </label>`
          : nothing}
        <label class="field field-search">
          <span class="field-label">${msg('Search tasks')}</span>
          <input type="search" part="search" autocomplete="off" .value=${f.query} @input=${this.onSearch} />
        </label>
      </div>
      <p class="result-count" role="status">
        ${msg(str`Showing ${formatNumber(matching, lang)} of ${formatNumber(model.tasks.length, lang)} tasks`)}
      </p>
    </div>`;
  }

  /** A section's title, and its language when that is not the UI's. */
  private sectionTitle(feed: Feed, id: string, lang: string, withNumber = false): { value: string; lang?: string } {
    if (id === OTHER_SECTION) return { value: msg('Other') };
    const section = feed.sections.find((s) => s.id === id);
    const title = pickText(section?.title, lang, feed.lang) || id;
    const value = withNumber && section?.number !== undefined ? `${section.number}. ${title}` : title;
    return { value, lang: langOf(section?.title, lang, feed.lang) };
  }

  private sectionView(model: TaskModel, id: string, tasks: Task[], shown: ReadonlySet<Task>, today: string, lang: string) {
    const visible = tasks.filter((t) => shown.has(t));
    if (!visible.length) return nothing;
    const feed = model.feed;
    const section = id === OTHER_SECTION ? undefined : feed.sections.find((s) => s.id === id);
    const all = model.tasksOf(id);
    const sectionTitle = this.sectionTitle(feed, id, lang);
    const headingId = `sec-${model.groupOrder.indexOf(id)}`;
    const average = averageProgress(all);
    return html`<section class="section" part="section" aria-labelledby=${headingId}>
      <div class="section-head">
        <h3 id=${headingId} part="section-heading">
          ${section?.number !== undefined ? html`<span class="section-number">${msg(str`Part ${String(section.number)}`)}</span>` : nothing}
          <span class="section-title" lang=${ifDefined(sectionTitle.lang)}>${sectionTitle.value}</span>
        </h3>
        <div class="section-meta">
          <span class="section-count"
            >${tasks.length === all.length
              ? taskCount(all.length, lang)
              : msg(str`${formatNumber(tasks.length, lang)} of ${formatNumber(all.length, lang)} tasks shown`)}</span
          >
          ${this.compact ? nothing : this.progressBar(average, msg('Section progress'), lang)}
        </div>
      </div>
      <ol class="tasks" role="list">
        ${visible.map((t) =>
          // A task re-renders only when something it shows changed (long lists grow a chunk at a time).
          guard([t, model, today, lang, this.compact, this.isOpen(t.id), this.copy?.id === t.id ? this.copy : undefined, details], () =>
            this.taskView(model, t, today, lang),
          ),
        )}
      </ol>
    </section>`;
  }

  private taskView(model: TaskModel, task: Task, today: string, lang: string): TemplateResult {
    const feed = model.feed;
    const open = this.isOpen(task.id);
    const index = model.position(task);
    const detailsId = `task-${index}-details`;
    const title = feedText(task.title, lang, feed.lang, msg('Untitled task'));
    const progress = progressOf(task);
    const overdue = isOverdue(task, today);
    return html`<li class="task status-${task.status}${overdue ? ' is-overdue' : ''}" part="task" data-id=${task.id}>
      <h4 class="task-heading">
        <button type="button" class="toggle" part="task-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${detailsId} @click=${this.onToggle}>
          <span class="chevron">${ICONS.chevron}</span>
          ${this.compact ? this.statusTag(task.status) : nothing}
          ${task.number !== undefined ? html`<span class="task-number">${String(task.number)}</span>` : nothing}
          <span class="task-title">${title}</span>
          ${this.compact && progress !== undefined ? html`<span class="compact-pct">${formatPercent(progress, lang)}</span>` : nothing}
        </button>
      </h4>
      ${this.compact
        ? nothing
        : html`<div class="meta">
            ${this.statusTag(task.status)}${overdue ? this.overdueTag() : nothing}
            ${this.progressBar(progress, msg('Progress'), lang)}${this.ownersDue(feed, task, lang)}
          </div>`}
      <div class="details" part="details" id=${detailsId} ?hidden=${!open}>${open ? this.detailsView(feed, task, lang, today) : nothing}</div>
    </li>`;
  }

}

defineElement('civic-task-list', CivicTaskList);

declare global {
  interface HTMLElementTagNameMap {
    'civic-task-list': CivicTaskList;
  }
}
