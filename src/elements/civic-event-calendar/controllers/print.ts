/**
 * Print: while the page prints, the element renders the shown month as an agenda too (the
 * print stylesheet hides the grid), and renders it at once in beforeprint, before the page is laid out.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintController implements ReactiveController {
  /** The page is printing. */
  printing = false;

  /** `renderNow` renders the host synchronously (its performUpdate). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly renderNow: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  private readonly onBeforePrint = (): void => {
    this.printing = true;
    this.host.requestUpdate();
    this.renderNow();
  };

  private readonly onAfterPrint = (): void => {
    this.printing = false;
    this.host.requestUpdate();
  };
}
