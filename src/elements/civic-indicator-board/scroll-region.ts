/**
 * A table that scrolls sideways needs a tab stop (so a keyboard user can scroll it) and, being
 * focusable, a role and a name: a named `region`. A table that fits needs neither: a tab stop
 * there is a dead one (IBM's `element_tabbable_role_valid`) and a landmark per table is noise.
 * This controller watches each `.table-wrap` of the host's shadow root (a ResizeObserver on the
 * wrapper and its table) and gives it `tabindex="0"`, `role="region"` and `aria-labelledby`
 * (from its `data-labelledby`) only while its table overflows.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Whether `wrap` scrolls sideways (a pixel of rounding is not an overflow). */
export function overflows(wrap: HTMLElement): boolean {
  return wrap.scrollWidth > wrap.clientWidth + 1;
}

/** Sets or removes the tab stop, role and name of one wrapper by whether it overflows now. */
export function applyScrollRegion(wrap: HTMLElement): void {
  if (overflows(wrap)) {
    wrap.tabIndex = 0;
    wrap.setAttribute('role', 'region');
    const by = wrap.dataset.labelledby;
    if (by) wrap.setAttribute('aria-labelledby', by);
  } else {
    wrap.removeAttribute('tabindex');
    wrap.removeAttribute('role');
    wrap.removeAttribute('aria-labelledby');
  }
}

export class ScrollRegionController implements ReactiveController {
  private observer?: ResizeObserver;
  private readonly watched = new Set<Element>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (!root) return;
    this.observer ??= new ResizeObserver((entries) => {
      for (const e of entries) {
        const wrap = e.target.closest<HTMLElement>('.table-wrap');
        if (wrap) applyScrollRegion(wrap);
      }
    });
    const wraps = [...root.querySelectorAll<HTMLElement>('.table-wrap')];
    const now = new Set<Element>(wraps.flatMap((w) => [w, ...w.querySelectorAll('table')]));
    for (const el of this.watched) if (!now.has(el)) this.observer.unobserve(el);
    for (const el of now) if (!this.watched.has(el)) this.observer.observe(el);
    this.watched.clear();
    for (const el of now) this.watched.add(el);
    // Measured at once too, so the state is right in the same frame as the render.
    for (const w of wraps) applyScrollRegion(w);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.watched.clear();
  }
}
