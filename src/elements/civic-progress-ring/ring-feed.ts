/**
 * Feed mode of <civic-progress-ring>, loaded on demand (dynamic import) when `src`, `indicator`
 * or `feed` is set, so a standalone ring never downloads the validator and the loader.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { FeedController, type FeedHost } from '../../internal/feed-controller.js';
import { blockingView, debugPanel, sampleBadge, staleNotice, stateStyles } from '../../internal/state-views.js';
import { uiLocale } from '../../internal/locale.js';
import { langOf, pickText } from '../../feed/text.js';
import { computeProgress } from '../../feed/indicators.js';
import type { Feed } from '../../feed/types.js';
import type { RingData } from './ring-view.js';
import { feedDataDay } from './feed-as-of.js';

export { stateStyles };

export interface RingFeedHost extends FeedHost {
  indicator: string | null;
  label: string | null;
  debug: boolean;
}

export interface RingFeedView {
  /** The content that replaces the ring (loading, error, indicator not found). */
  blocking?: TemplateResult;
  /** The ring's data when the indicator was found. */
  data?: RingData;
  label?: string;
  /** The label's language when it is not the UI's (a title from the feed). */
  labelLang?: string;
  /** Above the ring: the stale notice. */
  before?: TemplateResult | typeof nothing;
  /** Beside the label: the sample badge. */
  badge?: TemplateResult | typeof nothing;
  /** After everything: the debug panel. */
  after?: TemplateResult | typeof nothing;
  /** A warning for web editors, when the indicator is not there. */
  warning?: [key: string, text: string];
}

export function createController(host: RingFeedHost): FeedController {
  return new FeedController(host);
}

const SKELETON = '11em';

export function feedView(host: RingFeedHost, ctrl: FeedController): RingFeedView {
  const debug = debugPanel(ctrl, host.debug);
  const blocking = blockingView(ctrl, SKELETON);
  if (blocking) return { blocking, after: debug };
  const feed = ctrl.feed as Feed;
  const lang = uiLocale();
  const id = host.indicator?.trim() ?? '';
  const ind = id ? feed.indicators.find((i) => i.id === id) : undefined;
  if (!ind) {
    const text = id ? msg(str`The indicator "${id}" is not in this feed.`) : msg('No indicator was chosen for this ring.');
    return {
      blocking: html`${staleNotice(ctrl)}<p class="state state-empty" part="empty" role="status">${text}</p>`,
      after: debug,
      warning: [
        'missing:' + id,
        id ? `the indicator "${id}" is not in the feed.` : "set the indicator attribute to the id of one of the feed's indicators.",
      ],
    };
  }
  return {
    data: {
      progress: computeProgress(ind),
      unit: pickText(ind.unit, lang, feed.lang).trim(),
      // Without its own date, the value is as of the feed's data.
      asOf: ind.asOf ?? feedDataDay(feed),
      lang,
    },
    label: host.label?.trim() || pickText(ind.title, lang, feed.lang).trim(),
    labelLang: host.label?.trim() ? undefined : langOf(ind.title, lang, feed.lang),
    before: staleNotice(ctrl),
    badge: sampleBadge(feed),
    after: debug,
  };
}
