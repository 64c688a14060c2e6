/**
 * The detail dialog's state and focus: which event (or day) it shows, opening it as a modal with
 * focus on its title, and focus back where it was on close.
 */
import type { ReactiveElement } from 'lit';
import type { CalEvent } from '../calendar-model.js';

/** What the dialog shows: one event (opened from a day's list: `fromDay`), or one day's events. */
export type CalendarDialog = { kind: 'event'; event: CalEvent; fromDay?: string } | { kind: 'day'; date: string };

export interface DialogFocusOptions {
  /** An event's details were opened. */
  onSelect: (id: string) => void;
  /** The dialog closed and the control that opened it is gone: where focus goes instead. */
  onReturn: () => void;
}

/** The element focused, looking inside shadow roots. */
export function deepActive(): HTMLElement | undefined {
  let el = document.activeElement as HTMLElement | null;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
  return el ?? undefined;
}

/** No lifecycle hooks: it acts when the views call it (open, close, the dialog's events). */
export class DialogFocusController {
  /** What the dialog shows; undefined while it is closed. */
  current?: CalendarDialog;
  private opener?: HTMLElement;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: DialogFocusOptions,
  ) {}

  private box(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  /** Shows `dialog` (in the open dialog, or opens it); focus returns to `opener` on close. */
  async open(dialog: CalendarDialog, opener: HTMLElement | undefined): Promise<void> {
    if (!this.box()?.open) this.opener = opener;
    this.current = dialog;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const el = this.box();
    if (!el) return;
    if (!el.open) el.showModal();
    el.querySelector<HTMLElement>('#dialog-title')?.focus();
    if (dialog.kind === 'event') this.options.onSelect(dialog.event.id);
  }

  close(): void {
    this.box()?.close();
  }

  /** The dialog's close event (Escape, the Close button, a backdrop click). */
  readonly onClose = (): void => {
    this.current = undefined;
    const back = this.opener;
    this.opener = undefined;
    this.host.requestUpdate();
    if (back?.isConnected) back.focus();
    else this.options.onReturn();
  };
}
