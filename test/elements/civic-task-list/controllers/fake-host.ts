/** A stand-in for the list element in the controllers' tests: counts renders, holds a render root. */
import type { ReactiveController } from 'lit';

export class FakeHost {
  readonly controllers: ReactiveController[] = [];
  readonly renderRoot = document.createElement('div');
  updates = 0;
  isConnected = true;
  updateComplete: Promise<boolean> = Promise.resolve(true);

  addController(c: ReactiveController): void {
    this.controllers.push(c);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  /** Runs the controllers' hostUpdated, as a render of the element would. */
  updated(): void {
    for (const c of this.controllers) c.hostUpdated?.();
  }
  connect(): void {
    for (const c of this.controllers) c.hostConnected?.();
  }
  disconnect(): void {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
}
