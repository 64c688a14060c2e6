/**
 * Deep links: `#task-<id>` in the page address opens the task and scrolls to it, when the feed
 * is first rendered and on every hashchange. Also moves focus to a task after a render (the
 * "Show all" button sends it to the first task it adds).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { taskIdFromHash } from '../task-model.js';

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

export interface HashLinkOptions {
  /** The feed shown; a new one is checked for a `#task-` link once it is rendered. */
  feed(): object | undefined;
  /**
   * Makes the task shown and open (clearing the filters or the limit that hide it) and asks for
   * a render; false when the list has no such task.
   */
  reveal(id: string): boolean;
}

/** The rendered item (li.task) of a task. */
export function taskItem(root: ParentNode, id: string): HTMLElement | undefined {
  for (const li of root.querySelectorAll<HTMLElement>('li.task')) if (li.dataset.id === id) return li;
  return undefined;
}

export class HashLinkController implements ReactiveController {
  private readonly host: Host;
  private readonly options: HashLinkOptions;
  private feed?: object;
  private pendingFocus?: string;

  constructor(host: Host, options: HashLinkOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  hostUpdated(): void {
    const feed = this.options.feed();
    if (feed && feed !== this.feed) {
      this.feed = feed;
      if (taskIdFromHash(location.hash)) void this.open();
    }
    if (this.pendingFocus) {
      const item = taskItem(this.host.renderRoot, this.pendingFocus);
      this.pendingFocus = undefined;
      item?.querySelector<HTMLElement>('.toggle')?.focus();
    }
  }

  /** Moves focus to the task's toggle after the next render. */
  focusAfterUpdate(id: string): void {
    this.pendingFocus = id;
  }

  private onHashChange = (): void => {
    void this.open();
  };

  /** Opens and scrolls to the task named by `#task-<id>`, if it is in this list. */
  async open(): Promise<void> {
    const id = taskIdFromHash(location.hash);
    if (!id || !this.options.reveal(id)) return;
    await this.host.updateComplete;
    const item = taskItem(this.host.renderRoot, id);
    if (!item) return;
    item.scrollIntoView({ block: 'start' });
    item.querySelector<HTMLElement>('.toggle')?.focus({ preventScroll: true });
  }
}
