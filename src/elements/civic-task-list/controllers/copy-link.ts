/**
 * "Copy link": copies a task's deep link (`#task-<id>`) to the clipboard and says so; where the
 * clipboard refuses, shows the link selected in a field, to copy by hand.
 */
import { msg } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { taskLink } from '../task-model.js';
import type { CopyLink, CopyState } from '../views/context.js';

/** How long "Link copied" stays beside the button. */
const CONFIRM_MS = 5000;

export class CopyLinkController implements ReactiveController, CopyLink {
  /** The last result, shown in the opened part of its task. */
  state?: CopyState;
  /** What the list's live region says (the last result, for screen readers). */
  announcement = '';
  private timer = 0;
  private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode };

  constructor(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  copy(id: string): void {
    void this.copyLink(id);
  }

  private async copyLink(id: string): Promise<void> {
    const host = this.host;
    const link = taskLink(location.href, id);
    clearTimeout(this.timer);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      this.state = { id, ok: true, link };
      this.announcement = msg('Link copied');
      this.timer = window.setTimeout(() => {
        if (this.state?.ok) {
          this.state = undefined;
          host.requestUpdate();
        }
      }, CONFIRM_MS);
      host.requestUpdate();
    } catch {
      this.state = { id, ok: false, link };
      this.announcement = msg('Copy the selected link with Ctrl+C (⌘C on a Mac).');
      host.requestUpdate();
      await host.updateComplete;
      const input = host.renderRoot.querySelector<HTMLInputElement>('input.link-field');
      input?.focus();
      input?.select();
    }
  }
}
