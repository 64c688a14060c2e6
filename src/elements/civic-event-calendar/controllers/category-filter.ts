/**
 * The feed's events as the calendar shows them: read once per feed and language (calendar-model's
 * readEvents), narrowed to the categories chosen with the chips or, until a chip is pressed, the
 * `category` attribute.
 */
import type { Feed, FeedEvent } from '../../../feed/types.js';
import { uiLocale } from '../../../internal/locale.js';
import { categoryIds, readEvents, type CalEvent } from '../calendar-model.js';

/** No lifecycle hooks: the element asks it while rendering, and resets `chosen` when the attribute changes. */
export class CategoryFilter {
  /** The ids chosen with the chips (undefined: the attribute's). */
  chosen?: Set<string>;
  private memo?: { feed: Feed; lang: string; events: CalEvent[] };

  /** `attribute` reads the host's `category` attribute. */
  constructor(private readonly attribute: () => string | null) {}

  /** Every event of the feed. */
  all(feed: Feed, lang = uiLocale()): CalEvent[] {
    if (this.memo?.feed !== feed || this.memo.lang !== lang) this.memo = { feed, lang, events: readEvents(feed, lang) };
    return this.memo.events;
  }

  /** The category ids chosen (chips, else the attribute), only ids the feed knows; empty = all. */
  selected(feed: Feed): Set<string> {
    return this.chosen ?? categoryIds(feed, this.attribute());
  }

  /** The feed's events in the chosen categories (recurring ones unexpanded: the views expand them over their range). */
  sources(feed: Feed): FeedEvent[] {
    const chosen = this.selected(feed);
    return chosen.size ? feed.events.filter((e) => e.category && chosen.has(e.category)) : feed.events;
  }
}
