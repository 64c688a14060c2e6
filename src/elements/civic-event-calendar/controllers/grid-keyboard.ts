/**
 * The month grid's keyboard and focus (WAI-ARIA APG grid pattern, roving tabindex): the active
 * day is the grid's one tab stop; keys move it (grid-keys.ts says where), Enter and Space open
 * its events, and after a move focus follows it into the re-rendered grid.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { monthOf, monthWeeks } from '../calendar-model.js';
import { gridKey } from '../grid-keys.js';

export interface GridKeyboardOptions {
  /** The first day of the week (ISO weekday). */
  firstDay: () => number;
  /** Shows the month of a day the keys moved to (nothing when it is shown already). */
  showMonth: (month: string) => void;
  /** Enter or Space on a day: open its events; `opener` gets focus back. */
  openDay: (date: string, opener: HTMLElement) => void;
}

export class GridKeyboardController implements ReactiveController {
  /** The day with the tab stop (YYYY-MM-DD). */
  active = '';
  /** Focus the active day after the next update. */
  focusActive = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: GridKeyboardOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.focusActive) {
      this.focusActive = false;
      // With the grid handed over to a list (too narrow), the list's first event takes the focus.
      const root = this.host.renderRoot;
      (root.querySelector<HTMLElement>(`[role=gridcell][data-date="${this.active}"]`) ?? root.querySelector<HTMLElement>('.month-list .agenda-title'))?.focus();
    }
  }

  /** The grid of `month`: its weeks, with the active day kept among its days, and the keyboard. */
  grid(month: string) {
    const firstDay = this.options.firstDay();
    const weeks = monthWeeks(month, firstDay);
    if (monthOf(this.active) !== month && !weeks.some((w) => w.includes(this.active))) this.active = `${month}-01`;
    return { weeks, firstDay, active: this.active, onKeydown: this.onKeydown, onFocusin: this.onFocusin };
  }

  /** Makes `date` the active day, showing its month, and focuses it. */
  moveTo(date: string): void {
    this.active = date;
    this.options.showMonth(monthOf(date));
    this.focusActive = true;
    this.host.requestUpdate();
  }

  readonly onKeydown = (e: KeyboardEvent): void => {
    const target = e.target as HTMLElement;
    // The day the key was pressed on (focus may have moved without a focus event, e.g. in a background tab).
    const date = target.closest<HTMLElement>('[role=gridcell]')?.dataset.date ?? this.active;
    this.active = date;
    if (e.key === 'Enter' || e.key === ' ') {
      if (target.localName === 'button') return;
      e.preventDefault();
      this.options.openDay(date, target);
      return;
    }
    const next = gridKey(date, e.key, {
      firstDay: this.options.firstDay(),
      ctrlKey: e.ctrlKey,
      shiftKey: e.shiftKey,
    });
    if (next === undefined) return;
    e.preventDefault();
    this.moveTo(next);
  };

  readonly onFocusin = (e: FocusEvent): void => {
    const date = (e.target as HTMLElement).closest<HTMLElement>('[role=gridcell]')?.dataset.date;
    if (date && date !== this.active) {
      this.active = date;
      this.host.requestUpdate();
    }
  };
}
