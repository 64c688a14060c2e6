/**
 * The shared state views: loading skeleton, error with the editor's fallback content, stale
 * notice, empty message, sample-data badge and the debug panel. Every widget renders them
 * through these functions, so the states look and read the same everywhere.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { styleProps } from './style-props.js';
import { msg, str } from '@lit/localize';
import type { FeedController } from './feed-controller.js';
import type { Feed } from '../feed/types.js';
import { formatDateTime } from '../feed/format.js';
import { localeSettled, uiLocale } from './locale.js';
import { dataAgeWords, editorAgeLines } from './data-age.js';
import { words } from './words.js';

/** The loading skeleton: reserves `height` so nothing jumps when the content arrives. */
export function loadingView(height = '12em'): TemplateResult {
  return html`<div class="state state-loading" part="loading" role="status" aria-busy="true">
    <span class="visually-hidden">${localeSettled() ? msg('Loading…') : nothing}</span>
    <div class="skeleton" aria-hidden="true" ${styleProps({ '--civic-skeleton-height': height })}>
      <span></span><span></span><span></span>
    </div>
  </div>`;
}

function errorMessage(ctrl: FeedController): string {
  const e = ctrl.error;
  if (!e || ctrl.source === 'none') return msg('No data source has been set for this widget.');
  if (e.kind === 'http' && e.status === 404) return msg('The data could not be found.');
  if (e.kind === 'network' || e.kind === 'timeout' || e.kind === 'http')
    return msg('The data could not be loaded right now. Please try again later.');
  return msg('The data could not be read.');
}

/** The error state: a short message for residents, a retry button, and the fallback slot. */
export function errorView(ctrl: FeedController): TemplateResult {
  const retry = ctrl.source === 'url';
  return html`<div class="state state-error" part="error" role="alert">
      <p class="state-message">${errorMessage(ctrl)}</p>
      ${retry
        ? html`<button type="button" class="retry" part="retry" @click=${() => ctrl.reload()}>
            ${msg('Try again')}
          </button>`
        : nothing}
    </div>
    <div class="fallback" part="fallback"><slot></slot></div>`;
}

export interface StaleNoticeOptions {
  /**
   * Show the quiet "Data updated …" line while the data is fresh (default true). A widget that
   * shows the date itself may pass false: the old-data and could-not-refresh notices stay.
   */
  dataDate?: boolean;
  /** "Now" (default: the clock at render time, as every widget's "today"). */
  now?: Date;
}

/**
 * What every feed widget shows above its content about the age of its data:
 * - fresh data: a quiet line "Data updated 30 September 2024" (part="data-age");
 * - data older than the element's `stale-after` days: a calm notice "Last updated …, over 26
 *   months ago" (part="data-age old-data");
 * - a last good copy shown because the network failed: one notice with both dates apart, when
 *   the copy was saved and how old its data is (part="stale-notice").
 */
export function staleNotice(ctrl: FeedController, options: StaleNoticeOptions = {}): TemplateResult | typeof nothing {
  const feed = ctrl.feed;
  if (!feed || (ctrl.state !== 'stale' && ctrl.state !== 'ready' && ctrl.state !== 'empty')) return nothing;
  const lang = uiLocale();
  const age = dataAgeWords(feed, options.now ?? ctrl.host.now ?? new Date(), ctrl.host.staleAfter, lang);
  if (ctrl.state === 'stale') {
    const saved = formatDateTime(ctrl.staleSince, lang, feed.timeZone);
    const dataLine = age.line || msg('Its data has no date');
    return html`<p class="notice notice-stale" part="stale-notice" role="status">
      ${words(msg(str`Could not refresh: this copy was saved on ${saved}.`))}
      <span class="notice-age" part="data-age">${words(msg(str`${dataLine}.`))}</span>
    </p>`;
  }
  if (age.stale) {
    return html`<p class="notice notice-old" part="data-age old-data" role="status">${words(age.line)}</p>`;
  }
  if (!age.line || options.dataDate === false) return nothing;
  return html`<p class="data-age" part="data-age">${words(age.line)}</p>`;
}

export function emptyView(text: string): TemplateResult {
  return html`<p class="state state-empty" part="empty">${text}</p>`;
}

/** The visible badge of a feed whose figures are illustrative. */
export function sampleBadge(feed: Feed | undefined): TemplateResult | typeof nothing {
  if (!feed?.sample) return nothing;
  return html`<span class="sample-badge" part="sample-badge"
    title=${msg('The figures in this feed are illustrative, not official.')}
    >${msg('Sample data')}</span
  >`;
}

/** With the debug attribute: the feed's problems and the error, for web editors. */
export function debugPanel(ctrl: FeedController, debug: boolean): TemplateResult | typeof nothing {
  if (!debug) return nothing;
  const lang = uiLocale();
  const items = ctrl.problems;
  return html`<details class="debug" part="debug" open>
    <summary>${msg(str`Feed problems: ${items.length}`)}</summary>
    ${ctrl.error ? html`<p><code>${ctrl.error.kind}</code> ${ctrl.error.url} ${ctrl.error.message}</p>` : nothing}
    ${ctrl.feed
      ? html`<p class="debug-age" part="debug-age">${editorAgeLines(ctrl.feed, ctrl.host.now ?? new Date(), ctrl.host.staleAfter, lang).join(' ')}</p>`
      : nothing}
    <ul>
      ${items.map(
        (p) => html`<li><code>${p.path || '/'}</code> <strong>${p.severity}</strong> ${p.message[lang]}</li>`,
      )}
    </ul>
  </details>`;
}

/**
 * The view for the states that replace the content (idle, loading, error), or undefined when
 * the widget should render its content (ready, stale, empty). While the page's first language
 * is still loading, the loading view stays, so nothing shows in the wrong language.
 */
export function blockingView(ctrl: FeedController, skeletonHeight?: string): TemplateResult | undefined {
  if (ctrl.state === 'loading' || ctrl.state === 'idle' || !localeSettled()) return loadingView(skeletonHeight);
  if (ctrl.state === 'error') return errorView(ctrl);
  return undefined;
}

export const stateStyles = css`
  .state-loading .skeleton {
    display: grid;
    gap: 0.75em;
    min-height: var(--civic-skeleton-height, 12em);
    padding: 0.5em 0;
  }
  .skeleton span {
    display: block;
    height: 1.25em;
    border-radius: var(--civic-radius);
    background: var(--civic-color-surface-alt);
  }
  .skeleton span:nth-child(2) {
    width: 80%;
  }
  .skeleton span:nth-child(3) {
    width: 60%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton span {
      animation: civic-pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes civic-pulse {
    50% {
      opacity: 0.5;
    }
  }
  .state-error,
  .notice {
    margin: 0 0 0.75em;
    padding: 0.75em 1em;
    border-radius: var(--civic-radius);
    border: 1px solid var(--civic-color-border);
    background: var(--civic-notice-bg);
  }
  .state-error {
    border-inline-start: 0.3em solid var(--civic-color-danger);
  }
  .state-message {
    margin: 0 0 0.5em;
  }
  .retry {
    padding: 0.4em 1em;
    border: 1px solid var(--civic-color-border);
    border-radius: var(--civic-radius);
    background: var(--civic-color-surface);
  }
  .data-age {
    margin: 0 0 0.5em;
    color: var(--civic-color-muted);
    font-size: 0.85em;
  }
  /* Dates and words stay whole ("2024年9月30日", "超过"): lines break between words and at
     punctuation; a word longer than the line still breaks rather than overflow. */
  .data-age,
  .notice {
    word-break: keep-all;
    overflow-wrap: break-word;
  }
  /* A number in feed text (keepNumbers in feed-text.ts) is never split. */
  .nobr {
    white-space: nowrap;
  }
  .notice-old {
    border-inline-start: 0.3em solid var(--civic-color-border);
  }
  /* A phone with large text: the notice gives its padding back to the date, which stays whole. */
  @container (max-width: 12em) {
    .state-error,
    .notice {
      padding-inline: 0.5em;
    }
  }
  .notice-age {
    display: block;
    margin-top: 0.25em;
  }
  .state-empty {
    margin: 1em 0;
    color: var(--civic-color-muted);
  }
  .sample-badge {
    display: inline-block;
    padding: 0.1em 0.6em;
    border-radius: 1em;
    border: 1px dashed currentColor;
    background: var(--civic-sample-bg);
    color: var(--civic-sample-text);
    font-size: 0.85em;
    font-weight: 600;
    white-space: nowrap;
  }
  .debug {
    margin-top: 1em;
    padding: 0.5em 1em;
    border: 1px dashed var(--civic-color-border);
    font-size: 0.85em;
  }
  .debug ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.2em;
  }
  @media (forced-colors: active) {
    .sample-badge,
    .state-error,
    .notice {
      border-color: CanvasText;
    }
    .skeleton span {
      background: GrayText;
    }
  }
  @media print {
    .retry,
    .debug {
      display: none;
    }
  }
`;
