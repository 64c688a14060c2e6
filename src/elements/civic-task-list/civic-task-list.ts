import { html, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { FeedController } from '../../internal/feed-controller.js';
import { CivicFeedElement } from '../../internal/civic-feed-element.js';
import { baseStyles } from '../../internal/tokens.js';
import { blockingView, debugPanel, emptyView, sampleBadge, staleNotice, stateStyles } from '../../internal/state-views.js';
import { defineElement } from '../../internal/define.js';
import { uiLocale } from '../../internal/locale.js';
import type { Feed } from '../../feed/types.js';
import { NO_FILTER, feedToday, modelCache, type TaskFilter } from './task-model.js';
import { ChunkedRenderController, NEXT_CHUNK } from './controllers/chunked-render.js';
import { HashLinkController } from './controllers/hash-link.js';
import { CopyLinkController } from './controllers/copy-link.js';
import { DetailsLoader, preloadDetails } from './controllers/details-loader.js';
import { summaryView } from './views/summary.js';
import { filtersView, noResultsView, type FilterUpdate } from './views/filters.js';
import { sectionView, showAllView } from './views/section.js';
import type { RowContext } from './views/task-row.js';
import { ICONS } from './icons.js';
import { styles } from './civic-task-list.styles.js';
import { progressBarStyles } from './views/progress-bar.styles.js';
import { summaryStyles } from './views/summary.styles.js';
import { filtersStyles } from './views/filters.styles.js';
import { sectionStyles } from './views/section.styles.js';
import { taskRowStyles } from './views/task-row.styles.js';
import { taskDetailsStyles } from './views/task-details.styles.js';

/** From this many tasks on, tasks far off screen skip layout and paint (content-visibility). */
const MANY = 150;

/**
 * @tagname civic-task-list
 * @summary The plan's tasks grouped by section, with their status, progress (as of its date),
 * lead departments, due dates, due markers (overdue, or due with no update since) and latest
 * update; each task opens to show its summary, its updates as a dated timeline, milestones,
 * indicators, related events and evidence links. Residents filter by status and section and search (Chinese
 * substring search); web editors narrow the list with attributes. `#task-<id>` in the page
 * address opens and scrolls to a task.
 *
 * @slot - Fallback content (text or a link) shown when the feed cannot be loaded.
 *
 * @csspart summary - The summary at the top: counts, overall progress, update date.
 * @csspart due-counts - The summary's "of which" line: how many tasks are overdue, and how many due with no update since.
 * @csspart filters - The filter bar (status chips, section select, search).
 * @csspart chip - A status filter chip.
 * @csspart search - The search input.
 * @csspart section - A section of the plan (heading, count, progress and its tasks).
 * @csspart section-heading - The heading of a section.
 * @csspart task - One task.
 * @csspart task-toggle - The button that opens and closes a task.
 * @csspart status - A task's status tag (text and shape).
 * @csspart overdue - The overdue marker (the due date had passed when the task was last reported on).
 * @csspart due-no-update - The neutral marker of a task whose due date has passed since it was last reported on.
 * @csspart latest-update - A task's newest update, with its date, under the task.
 * @csspart timeline - The opened task's updates, newest first, each with its date.
 * @csspart as-of - The date a progress figure is as of, beside the figure.
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
  static override styles = [...baseStyles, stateStyles, styles, progressBarStyles, summaryStyles, filtersStyles, sectionStyles, taskRowStyles, taskDetailsStyles];

  static override properties = {
    section: { reflect: true },
    status: { reflect: true },
    owner: { reflect: true },
    expanded: { type: Boolean, reflect: true },
    compact: { type: Boolean, reflect: true },
    limit: { type: Number, reflect: true },
    hideFilters: { type: Boolean, reflect: true, attribute: 'hide-filters' },
    hideSummary: { type: Boolean, reflect: true, attribute: 'hide-summary' },
    // The resident's own choices: reactive state (attribute: false keeps them out of the manifest's attributes).
    filterState: { state: true, attribute: false },
    toggled: { state: true, attribute: false },
    showAll: { state: true, attribute: false },
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

  protected override defaultHeadingLevel = 3;

  protected override readonly feedCtrl = new FeedController(this, { isEmpty: (f) => f.tasks.length === 0 });
  private readonly chunks = new ChunkedRenderController(this, preloadDetails);
  private readonly hashLink = new HashLinkController(this, { feed: () => this.feedCtrl.feed, reveal: (id) => this.reveal(id) });
  private readonly copyLink = new CopyLinkController(this);
  private readonly details = new DetailsLoader(this, (work) => this.waitFor(work));
  private readonly modelOf = modelCache();
  private declare filterState: TaskFilter;
  /** Tasks opened or closed by the resident (the others follow `expanded`); replaced, never changed in place. */
  private declare toggled: ReadonlyMap<string, boolean>;
  private declare showAll: boolean;

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
    this.filterState = NO_FILTER;
    this.toggled = new Map();
    this.showAll = false;
  }

  /** The resident's current filters. */
  get filters(): TaskFilter {
    return { ...this.filterState, statuses: [...this.filterState.statuses], sections: [...this.filterState.sections] };
  }

  /** Sets the filters (as a resident would; fires civic-filter-change). */
  set filters(value: Partial<TaskFilter>) {
    this.setFilter({ ...NO_FILTER, ...value });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('expanded')) this.toggled = new Map();
    if (changed.has('limit')) this.showAll = false;
    if (changed.has('feed') || changed.has('src')) {
      this.chunks.restart();
    }
  }

  private readonly isOpen = (id: string): boolean => this.toggled.get(id) ?? this.expanded;

  private readonly toggle = (id: string): void => this.setOpen(id, !this.isOpen(id));

  private setFilter(next: TaskFilter): void {
    this.filterState = next;
    this.chunks.restart();
    this.emit('civic-filter-change', { statuses: [...next.statuses], sections: [...next.sections], query: next.query });
  }

  /** How the filter bar changes the filters. */
  private readonly updateFilter: FilterUpdate = (change) => this.setFilter(change(this.filterState));

  private readonly clearFilters = async (): Promise<void> => {
    this.setFilter(NO_FILTER);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[type=search]')?.focus();
  };

  private setOpen(id: string, open: boolean): void {
    if (this.isOpen(id) === open) return;
    this.toggled = new Map(this.toggled).set(id, open);
    this.emit('civic-task-toggle', { id, open });
  }

  /** "Show all": the rest of the list, focus on the first task it adds. */
  private readonly onShowAll = (): void => {
    const feed = this.feedCtrl.feed;
    const first = this.limit ?? 0;
    this.showAll = true;
    if (feed) {
      const model = this.modelOf(feed, uiLocale(), this);
      const next = model.ordered(model.filter(this.filterState))[first];
      this.chunks.reach(first + NEXT_CHUNK);
      if (next) this.hashLink.focusAfterUpdate(next.id);
    }
    this.requestUpdate();
  };

  /** Shows and opens a task (a `#task-` link), clearing the filters and the limit that hide it; false when it is not in this list. */
  private reveal(id: string): boolean {
    const feed = this.feedCtrl.feed;
    if (!feed) return false;
    const model = this.modelOf(feed, uiLocale(), this);
    const task = model.tasks.find((t) => t.id === id);
    if (!task) return false;
    if (!model.filter(this.filterState).includes(task)) this.setFilter(NO_FILTER);
    const index = model.ordered(model.filter(this.filterState)).indexOf(task);
    if (this.limit && this.limit > 0 && index >= this.limit) this.showAll = true;
    this.chunks.reach(index + 1);
    if (!this.isOpen(id)) this.setOpen(id, true);
    this.requestUpdate();
    return true;
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
    const model = this.modelOf(feed, lang, this);
    const now = this.clock();
    const filtered = model.filter(this.filterState);
    const groups = model.group(filtered);
    const ordered = groups.flatMap((g) => g.tasks);
    const limited = this.limit && this.limit > 0 && !this.showAll ? Math.min(this.limit, ordered.length) : ordered.length;
    const shown = new Set(ordered.slice(0, this.chunks.take(limited, model)));
    const ctx: RowContext = {
      model,
      lang,
      now,
      today: feedToday(feed, now),
      level: this.topHeading,
      asOf: model.asOf(),
      compact: this.compact,
      copy: this.copyLink,
      icons: ICONS,
      details: this.details,
      isOpen: this.isOpen,
      toggle: this.toggle,
    };
    const body = !model.tasks.length
      ? emptyView(msg('No tasks to show.'))
      : !filtered.length
        ? noResultsView(this.clearFilters)
        : html`${groups.map((g) => sectionView(ctx, g, shown))}`;

    return html`${staleNotice(ctrl)}
      ${this.hideSummary ? nothing : summaryView(ctx)}
      ${!this.hideFilters && !this.compact && model.tasks.length ? filtersView(model, this.filterState, filtered.length, lang, this.updateFilter) : nothing}
      <div class=${model.tasks.length > MANY ? 'sections many' : 'sections'}>${body}</div>
      ${ordered.length > limited ? showAllView(ordered.length, lang, this.onShowAll) : nothing}
      <p class="visually-hidden" role="status">${this.copyLink.announcement}</p>
      ${debugPanel(ctrl, this.debug)}`;
  }
}

defineElement('civic-task-list', CivicTaskList);

declare global {
  interface HTMLElementTagNameMap {
    'civic-task-list': CivicTaskList;
  }
}
