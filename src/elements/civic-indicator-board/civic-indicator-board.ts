import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { FeedController } from '../../internal/feed-controller.js';
import { CivicFeedElement } from '../../internal/civic-feed-element.js';
import { baseStyles } from '../../internal/tokens.js';
import { blockingView, debugPanel, emptyView, sampleBadge, staleNotice, stateStyles } from '../../internal/state-views.js';
import { defineElement } from '../../internal/define.js';
import { uiLocale } from '../../internal/locale.js';
import { feedText } from '../../internal/feed-text.js';
import { formatNumber } from '../../feed/format.js';
import { heading } from '../../internal/heading.js';
import type { Feed } from '../../feed/types.js';
import { ringView } from '../civic-progress-ring/ring-view.js';
import { ringStyles } from '../civic-progress-ring/civic-progress-ring.styles.js';
import { styles } from './civic-indicator-board.styles.js';
import { boardModel, type Group, type Item } from './board-model.js';
import { tableView } from './board-table.js';
import { ScrollRegionController } from './scroll-region.js';
import { trendView } from './board-trend.js';

export { idList } from './board-model.js';

/** From this many cards on, cards off screen skip layout and paint until scrolled to. */
const MANY = 60;

/**
 * @tagname civic-indicator-board
 * @summary A responsive board of progress rings for the feed's indicators (all, or some by
 * section, task or id), grouped by section when it shows more than one; each card links to its
 * task. A "Table view" button shows the same figures as an accessible table.
 *
 * @slot - Fallback content (text or a link) shown when the feed cannot be loaded.
 *
 * @csspart toolbar - The bar with the count, the sample badge and the view button.
 * @csspart view-toggle - The "Table view" button (aria-pressed).
 * @csspart section - A section's group of cards.
 * @csspart section-title - A section's heading.
 * @csspart grid - A list of cards.
 * @csspart card - One indicator's card.
 * @csspart card-title - The title of a card.
 * @csspart track - A ring's track (SVG circle).
 * @csspart indicator - A ring's filled arc (SVG circle).
 * @csspart value - The percentage in the middle of a ring.
 * @csspart trend - The trend line of an indicator with history.
 * @csspart task-link - The link to an indicator's task.
 * @csspart table - The table of the table view.
 * @csspart notice - The note about ids that are not in the feed.
 * @csspart sample-badge - The "Sample data" badge of an illustrative feed.
 * @csspart stale-notice - The notice shown when the last good copy is shown.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error message.
 * @csspart fallback - The wrapper of the fallback slot.
 * @csspart retry - The "Try again" button.
 * @csspart empty - The message shown when there are no indicators to show.
 * @csspart debug - The problem list shown with the debug attribute.
 *
 * @cssprop --civic-board-card-min - Narrowest card before the grid takes fewer columns (default 13em).
 * @cssprop --civic-ring-size - Diameter of the rings (default 6em on the board).
 * @cssprop --civic-ring-track-width - Width of a ring as a share of its diameter, a unitless number (default 10).
 * @cssprop --civic-ring-track-color - Colour of the unfilled track.
 * @cssprop --civic-ring-color - Colour of the filled arc while under the target.
 * @cssprop --civic-ring-reached-color - Colour when the target is reached.
 * @cssprop --civic-ring-exceeded-color - Colour when the target is exceeded.
 * @cssprop --civic-color-text - Text colour.
 * @cssprop --civic-color-muted - Secondary text colour.
 * @cssprop --civic-color-surface - Background colour.
 * @cssprop --civic-color-surface-alt - Background of the cards' header rows and table head.
 * @cssprop --civic-color-border - Border colour.
 * @cssprop --civic-color-accent - Link colour and the trend line.
 * @cssprop --civic-color-focus - Focus ring colour.
 * @cssprop --civic-radius - Corner radius.
 * @cssprop --civic-space - Inner spacing.
 * @cssprop --civic-font-family - Font family (inherits the page's by default).
 *
 * @fires {CustomEvent<IndicatorSelectDetail>} civic-indicator-select - A card's task link was chosen (detail: indicator, task). Bubbles, composed, cancelable: unless cancelled, the page's location.hash becomes "#task-<task id>", which <civic-task-list> opens.
 * @fires {CustomEvent<FeedLoadDetail>} civic-feed-load - The feed was loaded (detail: feed, problems, source, stale).
 * @fires {CustomEvent<FeedErrorDetail>} civic-feed-error - The feed could not be loaded (detail: kind, message, url, status, problems).
 */
export class CivicIndicatorBoard extends CivicFeedElement {
  static override styles = [...baseStyles, stateStyles, ringStyles, styles];

  static override properties = {
    section: { reflect: true },
    task: { reflect: true },
    indicators: { reflect: true },
    sort: { reflect: true },
    table: { type: Boolean, reflect: true },
  };

  /** Only the indicators of these sections (ids, space- or comma-separated). */
  declare section: string | null;
  /** Only the indicators of these tasks (ids, space- or comma-separated). */
  declare task: string | null;
  /** Only these indicators (ids, space- or comma-separated), in this order. */
  declare indicators: string | null;
  /** "feed" (default: the feed's order) or "progress" (furthest behind first; no data last). */
  declare sort: string | null;
  /** Show the table view (the "Table view" button toggles it). */
  declare table: boolean;

  /**
   * Headings: grouped, the sections' headings are at `heading-level` (default 2) and the cards'
   * titles one below; a board of one group has no section headings, so its cards' titles are at
   * `heading-level`.
   */
  protected override defaultHeadingLevel = 2;

  protected override readonly feedCtrl = new FeedController(this, { isEmpty: (f) => f.indicators.length === 0 });
  private readonly warned = new Set<string>();

  constructor() {
    super();
    // The table view's wrappers: a named, focusable region only while a table scrolls sideways.
    new ScrollRegionController(this);
    this.section = null;
    this.task = null;
    this.indicators = null;
    this.sort = null;
    this.table = false;
  }

  private warn(key: string, text: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`[civic-widgets] <civic-indicator-board>: ${text}`);
  }

  private select(e: MouseEvent, item: Item): void {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    const taskId = item.task!.id;
    const go = this.emit('civic-indicator-select', { indicator: item.ind.id, task: taskId }, { cancelable: true });
    if (go) location.hash = `task-${taskId}`;
  }

  private taskLink(item: Item, lang: string, feed: Feed): TemplateResult | typeof nothing {
    const t = item.task;
    if (!t) return nothing;
    const title = feedText(t.title, lang, feed.lang);
    const text = t.number !== undefined ? msg(html`Task ${String(t.number)}: ${title}`) : msg(html`Task: ${title}`);
    return html`<a class="task-link" part="task-link" href=${`#task-${encodeURIComponent(t.id)}`} @click=${(e: MouseEvent) => this.select(e, item)}
      >${text}</a
    >`;
  }

  /** A group's cards; each card's title is a heading at `level`. */
  private cards(group: Group, gi: number, lang: string, feed: Feed, many: boolean, level: number): TemplateResult {
    return html`<ul class=${many ? 'grid many' : 'grid'} part="grid" role="list">
      ${group.items.map((item, i) => {
        const id = `i-${gi}-${i}`;
        return html`<li class="card" part="card">
          ${heading(level, item.title, { class: 'card-title', part: 'card-title', id, lang: item.titleLang })}
          ${ringView(item.data, { labelledBy: id })} ${trendView(item, lang)} ${this.taskLink(item, lang, feed)}
        </li>`;
      })}
    </ul>`;
  }

  private toggleTable(): void {
    this.table = !this.table;
  }

  override render() {
    const ctrl = this.feedCtrl;
    const blocking = blockingView(ctrl, '20em');
    if (blocking) return html`${blocking}${debugPanel(ctrl, this.debug)}`;
    const feed = ctrl.feed as Feed;
    const lang = uiLocale();
    if (ctrl.state === 'empty') {
      return html`${sampleBadge(feed)}${emptyView(msg('This plan has no indicators yet.'))}${debugPanel(ctrl, this.debug)}`;
    }
    const model = boardModel(feed, lang, this);
    if (model.missing.length) this.warn('missing:' + model.missing.join(' '), `not in the feed: ${model.missing.join(', ')}.`);
    const grouped = model.groups.length > 1;
    const top = this.topHeading;
    const notice = model.missing.length
      ? html`<p class="notice" part="notice" role="status">
          ${msg(str`Not in this feed, so not shown: ${model.missing.join(', ')}`)}
        </p>`
      : nothing;
    let body: TemplateResult;
    if (!model.count) {
      this.warn('none', 'no indicator matches the section, task and indicators attributes.');
      body = emptyView(msg('No indicators match this selection.'));
    } else if (this.table) {
      body = tableView(model, lang, grouped, top);
    } else if (grouped) {
      body = html`${model.groups.map(
        (g, gi) => html`<section class="section" part="section" aria-labelledby=${`s-${gi}`}>
          ${heading(top, g.title, { class: 'section-title', part: 'section-title', id: `s-${gi}`, lang: g.titleLang })}
          ${this.cards(g, gi, lang, feed, model.count > MANY, top + 1)}
        </section>`,
      )}`;
    } else {
      body = this.cards(model.groups[0], 0, lang, feed, model.count > MANY, top);
    }
    return html`${staleNotice(ctrl)}
      <div class="toolbar" part="toolbar">
        <p class="count">${msg(str`${formatNumber(model.count, lang)} indicators`)}</p>
        ${sampleBadge(feed)}
        ${model.count
          ? html`<button type="button" class="view-toggle" part="view-toggle" aria-pressed=${this.table ? 'true' : 'false'} @click=${this.toggleTable}>
              <span aria-hidden="true">▦</span> ${msg('Table view')}
            </button>`
          : nothing}
      </div>
      ${notice} ${body} ${debugPanel(ctrl, this.debug)}`;
  }
}

defineElement('civic-indicator-board', CivicIndicatorBoard);

declare global {
  interface HTMLElementTagNameMap {
    'civic-indicator-board': CivicIndicatorBoard;
  }
}
