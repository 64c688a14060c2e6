import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import type { FeedState } from '../../internal/feed-controller.js';
import { CivicFeedElement } from '../../internal/civic-feed-element.js';
import { baseStyles } from '../../internal/tokens.js';
import { defineElement } from '../../internal/define.js';
import { followPageLanguage, localeSettled, markLanguage, uiLocale, updateWhenLocaleSettles } from '../../internal/locale.js';
import { computeProgress, type Progress } from '../../feed/indicators.js';
import { ringView, type RingData } from './ring-view.js';
import { ringStyles, styles } from './civic-progress-ring.styles.js';

type FeedModule = typeof import('./ring-feed.js');

/**
 * @tagname civic-progress-ring
 * @summary A progress ring toward a numeric target: the percentage in the middle, the value and
 * target with their unit under it, the as-of date, and a "reached" / "exceeded" mark. Standalone
 * from attributes (no feed code is loaded), or from a feed with `src` + `indicator`.
 *
 * @slot - Fallback content (text or a link) shown when the feed cannot be loaded.
 *
 * @csspart base - The wrapper of the label and the ring.
 * @csspart label - The visible label.
 * @csspart track - The ring's track (SVG circle).
 * @csspart indicator - The filled arc (SVG circle).
 * @csspart value - The percentage in the middle.
 * @csspart sample-badge - The "Sample data" badge of an illustrative feed.
 * @csspart stale-notice - The notice shown when the last good copy is shown.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error message.
 * @csspart fallback - The wrapper of the fallback slot.
 * @csspart retry - The "Try again" button.
 * @csspart empty - The message shown when the indicator is not in the feed.
 * @csspart debug - The problem list shown with the debug attribute.
 *
 * @cssprop --civic-ring-size - Diameter of the ring (default 7em; the `size` attribute sets it too).
 * @cssprop --civic-ring-track-width - Width of the ring as a share of its diameter, a unitless number (default 10, i.e. 10 %).
 * @cssprop --civic-ring-track-color - Colour of the unfilled track.
 * @cssprop --civic-ring-color - Colour of the filled arc while under the target (default --civic-color-accent).
 * @cssprop --civic-ring-reached-color - Colour when the target is reached (default --civic-status-completed).
 * @cssprop --civic-ring-exceeded-color - Colour when the target is exceeded (default: the reached colour).
 * @cssprop --civic-color-text - Text colour.
 * @cssprop --civic-color-muted - Colour of the as-of date.
 * @cssprop --civic-color-surface - Background colour.
 * @cssprop --civic-color-border - Border colour (and the track's default).
 * @cssprop --civic-color-danger - Edge of the "cannot compute" message.
 * @cssprop --civic-color-focus - Focus ring colour.
 * @cssprop --civic-font-family - Font family (inherits the page's by default).
 *
 * @fires {CustomEvent<FeedLoadDetail>} civic-feed-load - The feed was loaded (detail: feed, problems, source, stale). Feed mode only.
 * @fires {CustomEvent<FeedErrorDetail>} civic-feed-error - The feed could not be loaded (detail: kind, message, url, status, problems). Feed mode only.
 */
export class CivicProgressRing extends CivicFeedElement {
  static override styles = [...baseStyles, ringStyles, styles];

  static override properties = {
    value: {},
    max: {},
    target: {},
    baseline: {},
    label: { reflect: true },
    labelLang: { attribute: 'label-lang' },
    unit: { reflect: true },
    comparison: { reflect: true },
    size: { reflect: true },
    asOf: { attribute: 'as-of', reflect: true },
    indicator: { reflect: true },
    // attribute: false as well, for the manifest analyzer (it does not know state: true).
    feedModule: { state: true, attribute: false },
  };

  /** The current value (a number, or a numeric string from the attribute). Empty: "no data yet". */
  declare value: number | string | null;
  /** The target (the ring is full at this value). */
  declare max: number | string | null;
  /** Same as `max` (used when `max` is not set). */
  declare target: number | string | null;
  /** With comparison="at-most": the starting value that progress is counted from. */
  declare baseline: number | string | null;
  /** What is measured; the ring's accessible name. In feed mode it replaces the feed's title. */
  declare label: string | null;
  /** The language of the label when it is not the page's (a title taken from a feed). */
  declare labelLang: string | null;
  /** The unit, shown as given ("万亩", "km"). */
  declare unit: string | null;
  /** "at-least" (default: higher is better) or "at-most" (lower is better; needs `baseline`). */
  declare comparison: string | null;
  /** The ring's diameter: a CSS length ("8em"); a bare number means em. */
  declare size: string | null;
  /** The date the value was measured (YYYY-MM-DD). */
  declare asOf: string | null;
  /** The id of the feed's indicator to show (feed mode, with `src`, `feed` or inline JSON). */
  declare indicator: string | null;

  /** The feed code (ring-feed.ts), once loaded; it brings the feed controller. */
  private declare feedModule?: FeedModule;
  private ctrlPending = false;
  private readonly warned = new Set<string>();

  constructor() {
    super();
    this.value = null;
    this.max = null;
    this.target = null;
    this.baseline = null;
    this.label = null;
    this.labelLang = null;
    this.unit = null;
    this.comparison = null;
    this.size = null;
    this.asOf = null;
    this.indicator = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followPageLanguage();
    updateWhenLocaleSettles(this);
  }

  /** True when the ring takes its numbers from a feed. */
  get feedMode(): boolean {
    return !!this.src || !!this.indicator || (this.feed !== undefined && this.feed !== null);
  }

  /** standalone: "ready"; feed mode: idle, loading, ready, stale, empty or error. */
  override get state(): FeedState {
    if (!this.feedMode) return 'ready';
    return super.state;
  }

  /** The computed progress shown, or undefined while there is none. */
  get progress(): Progress | undefined {
    return this.current?.progress;
  }

  private current?: RingData;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    markLanguage(this);
    if (this.feedMode && !this.feedCtrl && !this.ctrlPending) {
      this.ctrlPending = true;
      // The feed code (validator, loader) is only loaded when a feed is used.
      import('./ring-feed.js').then(
        (mod) => {
          // The shared state styles (skeleton, error, notices) come with the feed code.
          const root = this.renderRoot as ShadowRoot;
          const sheet = mod.stateStyles.styleSheet;
          if (sheet && root.adoptedStyleSheets) root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
          this.feedCtrl = mod.createController(this);
          this.feedModule = mod;
        },
        (e: unknown) => console.error('[civic-widgets] <civic-progress-ring>: could not load the feed code', e),
      );
    }
  }

  private warn(key: string, text: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`[civic-widgets] <civic-progress-ring>: ${text}`);
  }

  private checkInput(data: RingData, label: string, where: string): void {
    const p = data.progress;
    if (p.status === 'invalid') this.warn('invalid:' + p.reason, `${where}cannot compute progress (${p.reason}); showing a "cannot compute" message.`);
    if (!data.unit && p.status !== 'invalid') this.warn('unit', `${where}no unit is given; the numbers are shown without one.`);
    if (!label) this.warn('label', `${where}no label: set the label attribute so that everyone knows what the ring measures.`);
  }

  private sizeValue(): string | undefined {
    const s = this.size?.trim();
    if (!s) return undefined;
    return /^\d+(\.\d+)?$/.test(s) ? `${s}em` : s;
  }

  private ringBlock(data: RingData, label: string, badge: unknown = nothing, labelLang?: string) {
    this.current = data;
    // Until the page's first language is in, the ring keeps its place but shows nothing, so
    // its words never flash in English on a Chinese page.
    return html`<div class="base ${localeSettled() ? '' : 'pending'}" part="base">
      ${label ? html`<div class="label" part="label" id="label" lang=${ifDefined(labelLang)}>${label}</div>` : nothing}
      ${badge === nothing ? nothing : html`<div>${badge}</div>`}
      ${ringView(data, { labelledBy: label ? 'label' : undefined, label: msg('Progress'), size: this.sizeValue() })}
    </div>`;
  }

  private renderStandalone() {
    const data: RingData = {
      progress: computeProgress({
        value: this.value,
        target: this.max ?? this.target,
        baseline: this.baseline,
        comparison: this.comparison ?? undefined,
      }),
      unit: this.unit?.trim() ?? '',
      asOf: this.asOf?.trim() ?? '',
      lang: uiLocale(),
    };
    const label = this.label?.trim() ?? '';
    this.checkInput(data, label, '');
    return this.ringBlock(data, label, nothing, this.labelLang?.trim() || undefined);
  }

  private renderFeed() {
    const ctrl = this.feedCtrl;
    const mod = this.feedModule;
    this.current = undefined;
    if (!ctrl || !mod) {
      // The feed code is on its way: keep the loading state's place (the skeleton follows with it).
      return html`<div class="state state-loading" part="loading" role="status" aria-busy="true">
        <span class="visually-hidden">${localeSettled() ? msg('Loading…') : nothing}</span>
      </div>`;
    }
    const view = mod.feedView(this, ctrl);
    if (view.warning) this.warn(...view.warning);
    if (view.blocking || !view.data) return html`${view.blocking}${view.after}`;
    const label = view.label ?? '';
    this.checkInput(view.data, label, `indicator "${this.indicator}": `);
    return html`${view.before}${this.ringBlock(view.data, label, view.badge, view.labelLang)}${view.after}`;
  }

  override render() {
    return this.feedMode ? this.renderFeed() : this.renderStandalone();
  }
}

defineElement('civic-progress-ring', CivicProgressRing);

declare global {
  interface HTMLElementTagNameMap {
    'civic-progress-ring': CivicProgressRing;
  }
}
