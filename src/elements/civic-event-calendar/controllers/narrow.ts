/**
 * How narrow the element is, in em of its own font size (so 200 % text counts as half the
 * width): measured once after the first render (so a narrow element never flashes the month
 * grid), then followed with a ResizeObserver.
 * - `narrow` (under NARROW em, 480 px at 16 px text): with no `view` set, the agenda is shown.
 * - `cramped` (under CRAMPED em): the month grid's cells are too narrow to read a title (two
 *   characters or less), so even a month view asked for hands over to the agenda, saying so.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Below this width (em of the element's font size) the agenda replaces the month grid when no view is set. */
export const NARROW = 30;
/** Below this width (em) the month grid hands over to the agenda even when the month view is asked for. */
export const CRAMPED = 16;

export class NarrowController implements ReactiveController {
  /** The element is narrower than NARROW em (and has a width). */
  narrow = false;
  /** The element is narrower than CRAMPED em (and has a width). */
  cramped = false;
  private observer?: ResizeObserver;
  private measured = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** [narrow, cramped] for a width in px, in em of the element's font size. */
  private classify(width: number): [boolean, boolean] {
    if (!(width > 0)) return [false, false];
    const em = width / (parseFloat(getComputedStyle(this.host).fontSize) || 16);
    return [em < NARROW, em < CRAMPED];
  }

  /** Applies a measurement; true when something changed. */
  private apply([narrow, cramped]: [boolean, boolean]): boolean {
    if (narrow === this.narrow && cramped === this.cramped) return false;
    this.narrow = narrow;
    this.cramped = cramped;
    return true;
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      // Applied after the observer's delivery (no resize loop).
      setTimeout(() => {
        if (this.apply(this.classify(width))) this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdated(): void {
    // Measure once at once, after the first render, so a narrow element never flashes the month grid before the observer reports.
    if (this.measured) return;
    this.measured = true;
    const [narrow, cramped] = this.classify(this.host.getBoundingClientRect().width);
    if (this.apply([narrow || this.narrow, cramped || this.cramped])) this.host.requestUpdate();
  }
}
