/**
 * FeedController: the one way a widget gets its feed. Sources, in order: the host's `feed`
 * property, an inline <script type="application/json"> child, the `src` attribute. Loading goes
 * through the shared loader (one request per URL per page). It keeps the state every widget
 * renders the same way, fires civic-feed-load / civic-feed-error, and tells web editors the
 * details in the console. With loading="lazy" on the host, nothing is fetched or rendered
 * until the element comes within 200px of the viewport.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedLoadError } from '../feed/errors.js';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../feed/format.js';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../feed/dates.js';
import type { FeedRequest } from '../feed/load.js';
import type { LoadOptions } from '../feed/fetch.js';
import { requestFeedText, type FeedTextRequest } from '../feed/share.js';
import type { Feed, Problem, ValidationResult } from '../feed/types.js';
import { followPageLanguage, markLanguage, uiLocale, updateWhenLocaleSettles, useFeedLanguage } from './locale.js';
import { fire, type FeedSourceKind } from './events.js';
import { warnIfOld } from './data-age.js';

export type FeedState = 'idle' | 'loading' | 'ready' | 'stale' | 'empty' | 'error';

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  feed?: unknown;
  /** Days after which the data counts as old (the base element's `stale-after`). */
  staleAfter?: number;
  /** The moment taken as now (the base element's `now`); null or missing: the real clock. */
  now?: Date | null;
}

export interface FeedControllerOptions {
  /** True when the widget has nothing to show for this feed (the "empty" state). */
  isEmpty?: (feed: Feed) => boolean;
  /** Loader options (timeout, retries …), mostly for tests. */
  load?: LoadOptions;
  /** When false, a host without any source stays idle instead of showing an error. */
  requireSource?: boolean;
  /**
   * Starts code the widget will certainly need to show this feed (the calendar's lunar dates on
   * a Chinese page), side by side with the feed's request and the feed layer: called once, when
   * the element connects (with loading="lazy": when it nears the viewport).
   */
  prefetch?: () => void;
}

export type FeedSource = FeedSourceKind;

type FeedLayer = typeof import('./feed-layer.js');
let layerPromise: Promise<FeedLayer> | undefined;
let layer: FeedLayer | undefined;

/**
 * The validator and loader, loaded once on demand (started as soon as the first widget is
 * created, in parallel with everything else).
 */
function loadLayer(): Promise<FeedLayer> {
  return (layerPromise ??= import('./feed-layer.js').then((m) => (layer = m)));
}

const warned = new WeakSet<object>();
const CONSOLE_MAX = 50;

/** The problems as console lines, at most CONSOLE_MAX of them. */
function consoleLines(problems: Problem[]): string[] {
  const lines = problems.slice(0, CONSOLE_MAX).map((p) => `${p.path || '/'} ${p.code}: ${p.message.en}`);
  if (problems.length > CONSOLE_MAX) lines.push(`… and ${problems.length - CONSOLE_MAX} more (the element's problems property has them all)`);
  return lines;
}

export class FeedController implements ReactiveController {
  state: FeedState = 'idle';
  feed?: Feed;
  problems: Problem[] = [];
  error?: FeedLoadError;
  /** When the feed shown is the last good copy: when it was saved. */
  staleSince?: string;
  source: FeedSource = 'none';

  private lastSrc?: string | null;
  private lastFeed?: unknown;
  private lastInline?: string;
  private request?: FeedRequest;
  /** The feed's request, started before the feed layer arrived (startEarlyFetch). */
  private early?: FeedTextRequest;
  private prefetched = false;
  private generation = 0;
  /** The feed layer while it loads (the first widget on the page starts it). */
  private layerLoading?: Promise<void>;
  /** A large feed being validated between frames. */
  private validating?: Promise<void>;
  private connected = false;
  /** With loading="lazy": false until the element nears the viewport. */
  private visible = true;
  private observer?: IntersectionObserver;

  constructor(
    /** The element this controller loads the feed for (its `stale-after`, its name in messages). */
    readonly host: FeedHost,
    private readonly options: FeedControllerOptions = {},
  ) {
    host.addController(this);
    if (!layer) {
      this.layerLoading = loadLayer().then(
        () => {
          this.layerLoading = undefined;
          this.sync(true);
          host.requestUpdate();
        },
        (e: unknown) => {
          this.layerLoading = undefined;
          console.error(`[civic-widgets] <${host.localName}>: could not load the feed code`, e);
        },
      );
    }
  }

  /**
   * What the host's updateComplete waits for (CivicFeedElement), so a feed given as a property
   * or inline is rendered by the time it resolves, as it would be without the on-demand
   * chunks: the feed layer while it loads, then a large feed's validation between frames.
   * Undefined when neither is under way. (The host also waits for the page's first language.)
   */
  settling(): Promise<void> | undefined {
    return this.layerLoading ?? this.validating;
  }

  hostConnected(): void {
    this.connected = true;
    followPageLanguage();
    // Content waits for the page's first language (blockingView shows the loading view).
    updateWhenLocaleSettles(this.host);
    if (this.host.getAttribute('loading') === 'lazy' && this.state === 'idle' && typeof IntersectionObserver === 'function') {
      this.visible = false;
      this.observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          this.observer?.disconnect();
          this.observer = undefined;
          this.visible = true;
          this.sync(true);
        },
        { rootMargin: '200px' },
      );
      this.observer.observe(this.host);
      return;
    }
    this.sync(true);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.observer?.disconnect();
    this.observer = undefined;
    this.visible = true;
    this.request?.release();
    this.request = undefined;
    this.handOver();
    if (this.state === 'loading') {
      // Let a reconnect start again.
      this.lastSrc = undefined;
      this.generation++;
    }
  }

  hostUpdate(): void {
    this.sync(false);
    markLanguage(this.host);
  }

  /** Loads again from the current source, ignoring what was loaded before. */
  reload(): void {
    this.lastSrc = undefined;
    this.lastFeed = undefined;
    this.lastInline = undefined;
    this.sync(true);
  }

  /**
   * Starts the feed's request while the feed layer (validator …) is still on its way, so the
   * two travel side by side: it joins the page's one request per URL, which the layer joins
   * in turn (handOver). Only for a feed from `src` (no `feed` property, no inline JSON yet).
   */
  private startEarlyFetch(): void {
    const { feed, src } = this.host;
    if (this.early || !src || (feed !== undefined && feed !== null) || this.inlineText() !== undefined) return;
    this.early = requestFeedText(src, this.options.load);
  }

  /** The widget's own prefetch (options.prefetch), once. */
  private startPrefetch(): void {
    if (this.prefetched || !this.options.prefetch) return;
    this.prefetched = true;
    this.options.prefetch();
  }

  /** Lets go of the early request: the layer's request holds it now (or nobody needs it). */
  private handOver(): void {
    this.early?.release();
    this.early = undefined;
  }

  private inlineText(): string | undefined {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    return script?.textContent ?? undefined;
  }

  private sync(force: boolean): void {
    if (!this.connected || !this.visible) return;
    this.startPrefetch();
    if (!layer) {
      if (this.state === 'idle') this.setState('loading');
      this.startEarlyFetch();
      return; // sync(true) runs again when the layer has loaded.
    }
    const { feed, src } = this.host;
    const inline = feed === undefined || feed === null ? this.inlineText() : undefined;
    if (!force && feed === this.lastFeed && src === this.lastSrc && inline === this.lastInline) return;
    this.lastFeed = feed;
    this.lastSrc = src;
    this.lastInline = inline;
    this.request?.release();
    this.request = undefined;
    const generation = ++this.generation;

    if (feed !== undefined && feed !== null) {
      this.source = 'property';
      this.settle(layer.validateInSlices(feed, undefined, () => this.prepareFormats(feed)), generation);
    } else if (inline !== undefined) {
      this.source = 'inline';
      this.settle(layer.validateInSlices(inline, undefined, () => this.prepareFormats(undefined)), generation);
    } else if (src) {
      this.source = 'url';
      this.setState('loading');
      // While the feed is on its way.
      void layer.yieldToPage().then(() => this.prepareFormats(undefined));
      const request = (this.request = layer.requestFeed(src, this.options.load));
      request.result.then(
        (r) => {
          if (generation !== this.generation) return;
          this.apply(r.feed, r.problems, r.stale ? r.stale.savedAt : undefined, r.stale?.error);
          this.host.requestUpdate();
        },
        (e: unknown) => {
          if (generation !== this.generation) return;
          const error = e instanceof FeedLoadError ? e : new FeedLoadError('network', String(e), src);
          if (error.kind === 'aborted') return;
          this.fail(error);
          this.host.requestUpdate();
        },
      );
    } else {
      this.source = 'none';
      this.feed = undefined;
      this.problems = [];
      if (this.options.requireSource === false) this.setState('idle');
      else this.fail(new FeedLoadError('invalid', 'No feed: set src, the feed property, or put inline JSON inside the element', ''));
    }
    // After the layer's request has joined the early one (released at 0 users, it would abort).
    this.handOver();
  }

  /**
   * A small feed is validated at once; a large one between frames (validateInSlices), the page
   * staying responsive meanwhile: the loading view shows, or the feed shown so far stays.
   */
  private settle(result: ValidationResult | Promise<ValidationResult>, generation: number): void {
    if (!(result instanceof Promise)) {
      this.validating = undefined;
      this.applyValidated(result, undefined);
      return;
    }
    if (!this.feed) this.setState('loading');
    const done: Promise<void> = (this.validating = result.then(
      (r) => {
        if (this.validating === done) this.validating = undefined;
        if (generation !== this.generation) return;
        this.applyValidated(r, undefined);
        this.host.requestUpdate();
      },
      (e: unknown) => {
        if (this.validating === done) this.validating = undefined;
        throw e;
      },
    ));
  }

  /**
   * Makes the date and number formatters the first render will need (they are cached): the first
   * Intl formatter of a language loads that language's data and costs milliseconds, several on a
   * slow phone. Called while the feed is on its way, or between a large feed's validation slices.
   */
  private prepareFormats(raw: unknown): void {
    const zone = (raw as { timeZone?: unknown } | null | undefined)?.timeZone;
    const timeZone = typeof zone === 'string' && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
    const locale = uiLocale();
    formatDate('2024-01-01', locale, timeZone);
    formatDateTime('2024-01-01T00:00', locale, timeZone);
    formatNumber(1, locale);
    formatPercent(50, locale);
    formatPercent(5.5, locale);
  }

  private applyValidated(result: ValidationResult, url: string | undefined): void {
    if (result.fatal || !result.feed) {
      const kind = result.problems.some((p) => p.code === 'not-json') ? 'not-json' : 'invalid';
      this.fail(new FeedLoadError(kind, result.problems[0]?.message.en ?? 'Invalid feed', url ?? '', undefined, result.problems));
    } else this.apply(result.feed, result.problems, undefined, undefined);
  }

  private setState(state: FeedState): void {
    this.state = state;
    this.host.toggleAttribute('data-loading', state === 'loading');
  }

  private apply(feed: Feed, problems: Problem[], staleSince: string | undefined, staleError: FeedLoadError | undefined): void {
    this.feed = feed;
    this.problems = problems;
    this.error = staleError;
    this.staleSince = staleSince;
    useFeedLanguage(feed.lang);
    const empty = this.options.isEmpty?.(feed) ?? false;
    this.setState(staleSince ? 'stale' : empty ? 'empty' : 'ready');
    if (problems.length && !warned.has(problems)) {
      warned.add(problems);
      console.warn(
        `[civic-widgets] <${this.host.localName}>: the feed has ${problems.length} problem(s); they were repaired or left out.`,
        consoleLines(problems),
      );
    }
    if (staleError) {
      console.warn(`[civic-widgets] <${this.host.localName}>: could not refresh ${staleError.url} (${staleError.message}); showing the copy saved ${staleSince}.`);
    }
    this.warnAge(feed);
    fire(this.host, 'civic-feed-load', { feed, problems, source: this.source, stale: !!staleSince });
  }

  /** Tells web editors in the console when the feed is older than 14 days (data-age.ts). */
  private warnAge(feed: Feed): void {
    warnIfOld(this.host, feed, this.source === 'url' ? (this.host.src ?? undefined) : undefined, this.host.now ?? new Date());
  }

  private fail(error: FeedLoadError): void {
    this.feed = undefined;
    this.error = error;
    this.problems = error.problems;
    this.staleSince = undefined;
    this.setState('error');
    console.error(
      `[civic-widgets] <${this.host.localName}>: could not load the feed${error.url ? ' ' + error.url : ''}: ${error.message}`,
      consoleLines(error.problems),
    );
    fire(this.host, 'civic-feed-error', { kind: error.kind, message: error.message, url: error.url, status: error.status, problems: error.problems });
  }
}
