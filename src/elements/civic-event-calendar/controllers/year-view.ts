/**
 * The year view, loaded on demand: the first render in the year view imports views/year.ts (its
 * template, styles and the recurrence expansion) and, for a feed with lunar or solar-term series,
 * the lunar rules; until then a placeholder stands in. Also the view's keyboard: one tab stop per
 * small month, the month grid's keys move it through the year (year-model's yearKey), Enter or
 * Space opens that day's month.
 */
import { adoptStyles, html, supportsAdoptingStyleSheets, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Feed } from '../../../feed/types.js';
import { gridKey } from '../grid-keys.js';
import type { YearViewContext } from '../views/year.js';

type YearModule = typeof import('../views/year.js');

export interface YearViewOptions {
  /** The first day of the week (ISO weekday). */
  firstDay: () => number;
  /** Shows `month` in the month view with `day` focused. */
  openMonth: (month: string, day: string) => void;
  /** Moves `n` years. */
  stepYear: (n: number) => void;
  /** Says `text` in the status line. */
  announce: (text: string) => void;
  /** Makes updateComplete wait for `work` (the element's waitFor). */
  waitFor: (work: Promise<unknown>) => Promise<unknown>;
}

export type YearRenderContext = Omit<YearViewContext, 'active' | 'firstDay' | 'onKeydown' | 'onFocusin' | 'onOpenMonth' | 'onYear'>;

export class YearViewController implements ReactiveController {
  /** The view's module, once loaded. */
  module?: YearModule;
  /** The day with the keyboard's attention ('' until a key or a focus sets it). */
  active = '';
  private focusActive = false;
  private loading?: Promise<unknown>;
  private lunarFor?: Feed;
  /** The context of the last render (for the status line after a year step). */
  private last?: YearRenderContext;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: YearViewOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.focusActive) {
      this.focusActive = false;
      this.host.renderRoot.querySelector<HTMLElement>(`.ygrid [data-date="${this.active}"]`)?.focus();
    }
  }

  /** Loads the module (once), adds its styles to the shadow root, and renders again. */
  private load(): void {
    this.loading ??= this.options.waitFor(
      import('../views/year.js').then((m) => {
        const root = this.host.renderRoot as ShadowRoot;
        if (supportsAdoptingStyleSheets && m.yearStyles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, m.yearStyles.styleSheet];
        else adoptStyles(root, [m.yearStyles]);
        this.module = m;
        this.host.requestUpdate();
      }),
    );
  }

  /** The year view of `c.month`'s year, or a placeholder while it loads. */
  render(c: YearRenderContext): TemplateResult {
    const m = this.module;
    if (!m) {
      this.load();
      return html`<div class="year-loading" aria-busy="true"><p>${msg('Loading…')}</p></div>`;
    }
    if (this.lunarFor !== c.feed) {
      this.lunarFor = c.feed;
      void this.options.waitFor(m.wantLunarRules(c.feed).then(() => this.host.requestUpdate()));
    }
    if (this.active.slice(0, 4) !== c.month.slice(0, 4)) this.active = '';
    this.last = c;
    return m.yearView({
      ...c,
      active: this.active,
      firstDay: this.options.firstDay(),
      onKeydown: this.onKeydown,
      onFocusin: this.onFocusin,
      onOpenMonth: this.options.openMonth,
      onYear: this.onYear,
    });
  }

  /** Previous/next year: moves, then says the new year and its number of events. */
  private readonly onYear = (n: number): void => {
    this.options.stepYear(n);
    const c = this.last;
    if (!c || !this.module) return;
    const year = String(+c.month.slice(0, 4) + n).padStart(4, '0');
    this.options.announce(this.module.yearStatus(c.feed, year, c.lang, c.chosen));
  };

  private readonly onKeydown = (e: KeyboardEvent): void => {
    const date = (e.target as HTMLElement).closest<HTMLElement>('[data-date]')?.dataset.date;
    if (!date) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.options.openMonth(date.slice(0, 7), date);
      return;
    }
    const year = date.slice(0, 4);
    const next = gridKey(date, e.key, {
      firstDay: this.options.firstDay(),
      ctrlKey: e.ctrlKey,
      shiftKey: e.shiftKey,
      min: `${year}-01-01`,
      max: `${year}-12-31`,
    });
    if (next === undefined) return;
    e.preventDefault();
    this.active = next;
    this.focusActive = true;
    this.host.requestUpdate();
  };

  private readonly onFocusin = (e: FocusEvent): void => {
    const date = (e.target as HTMLElement).closest<HTMLElement>('[data-date]')?.dataset.date;
    if (date && date !== this.active) {
      this.active = date;
      this.host.requestUpdate();
    }
  };
}
