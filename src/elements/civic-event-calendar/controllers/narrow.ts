/**
 * Whether the element is narrow (under NARROW px wide): measured once after the first render (so a
 * narrow element never flashes the month grid), then followed with a ResizeObserver.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Below this width (px, measured on the element) the agenda replaces the month grid. */
export const NARROW = 480;

export class NarrowController implements ReactiveController {
  /** The element is narrower than NARROW (and has a width). */
  narrow = false;
  private observer?: ResizeObserver;
  private measured = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      const narrow = width > 0 && width < NARROW;
      // Applied after the observer's delivery (no resize loop).
      if (narrow !== this.narrow) {
        setTimeout(() => {
          if (narrow === this.narrow) return;
          this.narrow = narrow;
          this.host.requestUpdate();
        });
      }
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
    const width = this.host.getBoundingClientRect().width;
    if (width > 0 && width < NARROW && !this.narrow) {
      this.narrow = true;
      this.host.requestUpdate();
    }
  }
}
