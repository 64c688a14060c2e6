/**
 * CivicFeedElement: the thin base of every feed widget. It holds only what all of them share:
 * the `src`, `feed`, `debug` and `theme` properties, the `problems` and `state` getters, the
 * feed controller's slot, a typed `emit()` for the widgets' events, and the one way to make
 * `updateComplete` wait for more work (`waitFor`). Behaviour lives in the elements' reactive
 * controllers and small functions, not here.
 *
 * A subclass:
 * - creates its controller in a field, with its options (FeedControllerOptions):
 *   `protected override readonly feedCtrl = new FeedController(this, { isEmpty: (f) => !f.tasks.length });`
 *   (the ring loads its feed code on demand, so it sets `feedCtrl` when that code is in; this
 *   file imports FeedController's type only, so a standalone ring never loads it);
 * - fires its events with `this.emit('civic-…', detail)` (types in events.ts);
 * - hands work that `updateComplete` must wait for (code loaded on demand, …) to `this.waitFor(p)`.
 */
import { LitElement, type PropertyDeclarations } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import type { FeedController, FeedState } from './feed-controller.js';
import { fire, type CivicEventDetails, type CivicEventType } from './events.js';
import { localeSettled, whenLocaleSettled } from './locale.js';
import type { Problem } from '../feed/types.js';
import { headingLevelOf } from './heading.js';

/** Default of `stale-after`, in days (src/feed/timeliness.ts's STALE_AFTER_DAYS; a copy, so the ring's core loads no feed code). */
const STALE_AFTER_DAYS = 90;

export abstract class CivicFeedElement extends LitElement {
  /** Lit merges a subclass's own `properties` with these (a subclass lists only its own). */
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    feed: { attribute: false },
    debug: { type: Boolean, reflect: true },
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
    staleAfter: { attribute: 'stale-after', type: Number },
    now: { attribute: false },
  };

  /** URL of the JSON feed. */
  declare src: string | null;
  /** The feed as an object (takes precedence over inline JSON and src). */
  declare feed: unknown;
  /** Show the feed's problems on the element, for web editors. */
  declare debug: boolean;
  /** "light" (default), "dark", or "auto" to follow the visitor's system. */
  declare theme: string | null;
  /**
   * The level (2–6) of the widget's top headings, to fit the page around it; its lower headings
   * follow (+1, +2). Each widget documents its default (the level it had before the attribute).
   */
  declare headingLevel: number;
  /**
   * Days after which the data counts as old: the widget then says, in its own space, how old
   * its data is. Default 90.
   */
  declare staleAfter: number;

  /**
   * The moment the widget takes as now (for demos, screenshots and tests); null: the real clock.
   * Everything judged against time (the data's age, overdue, upcoming) reads it.
   */
  declare now: Date | null;

  /** The heading level when `heading-level` is missing or not 2–6 (set by each widget). */
  protected defaultHeadingLevel = 2;

  /** The feed controller: set by the subclass (see the top of this file). */
  protected feedCtrl?: FeedController;

  /** Work that updateComplete waits for (waitFor); each promise leaves the set when it settles. */
  private readonly pending = new Set<Promise<unknown>>();

  constructor() {
    super();
    this.src = null;
    this.debug = false;
    this.theme = null;
    this.staleAfter = STALE_AFTER_DAYS;
    this.now = null;
    updateWhenLocaleChanges(this);
  }

  /** The moment taken as now: `now`, else the real clock. */
  protected clock(): Date {
    return this.now ?? new Date();
  }

  /** The level of the widget's top headings: `heading-level` when it is 2–6, else the widget's default. */
  protected get topHeading(): number {
    return headingLevelOf(this.headingLevel, this.defaultHeadingLevel);
  }

  /** The problems found in the feed (repaired or left out). */
  get problems(): Problem[] {
    return this.feedCtrl?.problems ?? [];
  }

  /** The current state: idle, loading, ready, stale, empty or error. */
  get state(): FeedState {
    return this.feedCtrl?.state ?? 'loading';
  }

  /**
   * Fires one of the widgets' events from this element (bubbling, composed; cancelable when
   * asked). Returns false when a listener cancelled a cancelable event.
   */
  protected emit<K extends CivicEventType>(type: K, detail: CivicEventDetails[K], options?: { cancelable?: boolean }): boolean {
    return fire(this, type, detail, options);
  }

  /**
   * Makes `updateComplete` wait for `work` (code loaded on demand that changes what is shown,
   * …): it resolves only once `work` has settled and the update that follows is done. A failure
   * of `work` is its own code's to handle; updateComplete just stops waiting. Returns `work`.
   */
  protected waitFor<T>(work: Promise<T>): Promise<T> {
    const entry = work.then(
      () => void this.pending.delete(entry),
      () => void this.pending.delete(entry),
    );
    this.pending.add(entry);
    return work;
  }

  /** What updateComplete still waits for: waitFor's work, the feed controller's, the page's first language. */
  private pendingWork(): Promise<unknown>[] {
    const work: Promise<unknown>[] = [...this.pending];
    const feed = this.feedCtrl?.settling();
    if (feed) work.push(feed.catch(() => undefined));
    // Every widget keeps its words hidden until the page's first language is in.
    if (!localeSettled()) work.push(whenLocaleSettled());
    return work;
  }

  /**
   * The one override of getUpdateComplete: the update, then whatever is pending (pendingWork),
   * then the updates that work asked for, until nothing is pending. Subclasses use waitFor
   * instead of overriding this.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let work = this.pendingWork(); work.length; work = this.pendingWork()) {
      await Promise.all(work);
      done = await super.getUpdateComplete();
    }
    return done;
  }
}
