import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { FeedController } from '../../internal/feed-controller.js';
import { CivicFeedElement } from '../../internal/civic-feed-element.js';
import { baseStyles } from '../../internal/tokens.js';
import { blockingView, debugPanel, sampleBadge, staleNotice, stateStyles, emptyView } from '../../internal/state-views.js';
import { defineElement } from '../../internal/define.js';
import { uiLocale } from '../../internal/locale.js';
import { langOf, pickText } from '../../feed/text.js';
import { feedText, keepNumbers } from '../../internal/feed-text.js';
import { formatDate, formatDateTime, formatNumber } from '../../feed/format.js';
import { heading } from '../../internal/heading.js';
import { feedDataDay } from '../civic-progress-ring/feed-as-of.js';
import type { Feed } from '../../feed/types.js';
import { styles } from './civic-feed-summary.styles.js';

/**
 * @tagname civic-feed-summary
 * @summary A small card that shows what a feed holds: its title, publisher, when it was
 * updated and how many sections, tasks, indicators and events it has. The demo's placeholder
 * until the full widgets are on the page, and a handy check for web editors.
 *
 * @slot - Fallback content (text or a link) shown when the feed cannot be loaded.
 *
 * @csspart summary - The card.
 * @csspart meta - The publisher and the date the figures are as of.
 * @csspart sample-badge - The "Sample data" badge of an illustrative feed.
 * @csspart stale-notice - The notice shown when the last good copy is shown.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error message.
 * @csspart fallback - The wrapper of the fallback slot.
 * @csspart retry - The "Try again" button.
 * @csspart empty - The message of an empty feed.
 * @csspart debug - The problem list shown with the debug attribute.
 *
 * @cssprop --civic-color-text - Text colour.
 * @cssprop --civic-color-muted - Secondary text colour.
 * @cssprop --civic-color-surface - Background colour.
 * @cssprop --civic-color-surface-alt - Background of the figures.
 * @cssprop --civic-color-border - Border colour.
 * @cssprop --civic-color-accent - Link colour.
 * @cssprop --civic-color-focus - Focus ring colour.
 * @cssprop --civic-radius - Corner radius.
 * @cssprop --civic-space - Inner spacing.
 * @cssprop --civic-font-family - Font family (inherits the page's by default).
 *
 * @fires {CustomEvent<FeedLoadDetail>} civic-feed-load - The feed was loaded (detail: feed, problems, source, stale).
 * @fires {CustomEvent<FeedErrorDetail>} civic-feed-error - The feed could not be loaded (detail: kind, message, url, status, problems).
 */
export class CivicFeedSummary extends CivicFeedElement {
  static override styles = [...baseStyles, stateStyles, styles];

  /** The card's title is a heading at `heading-level` (default 2), its only heading. */
  protected override defaultHeadingLevel = 2;

  protected override readonly feedCtrl = new FeedController(this, {
    isEmpty: (f) => !f.sections.length && !f.tasks.length && !f.indicators.length && !f.events.length,
  });

  override render() {
    const ctrl = this.feedCtrl;
    const blocking = blockingView(ctrl, '9em');
    if (blocking) return html`${blocking}${debugPanel(ctrl, this.debug)}`;
    const feed = ctrl.feed as Feed;
    const lang = uiLocale();
    const n = (x: number) => formatNumber(x, lang);
    const title = pickText(feed.title, lang, feed.lang) || msg('Untitled plan');
    const titleLang = langOf(feed.title, lang, feed.lang);
    const publisher = feedText(feed.publisher?.name, lang, feed.lang);
    const updated = formatDateTime(feed.updated, lang, feed.timeZone);
    // Without `updated`, the figures are as of the feed's newest item date.
    const asOf = updated ? '' : formatDate(feedDataDay(feed), lang, 'UTC');
    const dated = updated ? msg(str`Updated ${updated}`) : asOf ? msg(str`Figures as of ${asOf}`) : '';
    return html`${staleNotice(ctrl)}
      <section class="summary" part="summary" aria-labelledby="summary-title">
        <div class="head">
          ${heading(this.topHeading, keepNumbers(title), { id: 'summary-title', class: 'title', lang: titleLang })}
          ${sampleBadge(feed)}
        </div>
        ${publisher || dated
          ? html`<p class="meta" part="meta">
              ${publisher ? html`<span>${publisher}</span>` : nothing}${publisher && dated ? html`<span aria-hidden="true"> · </span>` : nothing}${dated
                ? html`<span class="as-of">${dated}</span>`
                : nothing}
            </p>`
          : nothing}
        ${ctrl.state === 'empty'
          ? emptyView(msg('This feed has no sections, tasks, indicators or events yet.'))
          : html`<dl>
              <div><dt>${msg('Sections')}</dt><dd>${n(feed.sections.length)}</dd></div>
              <div><dt>${msg('Tasks')}</dt><dd>${n(feed.tasks.length)}</dd></div>
              <div><dt>${msg('Completed')}</dt><dd>${n(feed.tasks.filter((t) => t.status === 'completed').length)}</dd></div>
              <div><dt>${msg('Indicators')}</dt><dd>${n(feed.indicators.length)}</dd></div>
              <div><dt>${msg('Events')}</dt><dd>${n(feed.events.length)}</dd></div>
            </dl>`}
      </section>
      ${debugPanel(ctrl, this.debug)}`;
  }
}

defineElement('civic-feed-summary', CivicFeedSummary);

declare global {
  interface HTMLElementTagNameMap {
    'civic-feed-summary': CivicFeedSummary;
  }
}
