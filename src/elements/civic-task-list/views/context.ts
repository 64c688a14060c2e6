/**
 * What the list's views read of the list: one small object the element makes once a render
 * (no callbacks into the element beyond the actions named here).
 */
import type { TaskModel } from '../task-model.js';
import type { ICONS } from '../icons.js';

/** The result of the last "Copy link". */
export interface CopyState {
  /** The task's id. */
  id: string;
  /** False when the clipboard refused: the link is shown in a field to copy by hand. */
  ok: boolean;
  link: string;
}

/** A task's "Copy link": the last result and the action (the list's CopyLinkController). */
export interface CopyLink {
  readonly state?: CopyState;
  copy(id: string): void;
}

/** What the views of one task read: the model (and its feed), the language and today. */
export interface TaskContext {
  readonly model: TaskModel;
  /** The UI language. */
  readonly lang: string;
  /** Today in the feed's time zone, YYYY-MM-DD (for overdue). */
  readonly today: string;
  /** The compact attribute. */
  readonly compact: boolean;
  readonly copy: CopyLink;
  /**
   * The list's icons. (Passed in, like everything the on-demand task-details.ts shows of the
   * list's: were it to import a module of the list's, the bundler would move that module out of
   * the list's own file into a chunk of its own, one more request.)
   */
  readonly icons: typeof ICONS;
}
