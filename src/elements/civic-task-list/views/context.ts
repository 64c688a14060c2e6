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

/** What the views of one task read: the model (and its feed), the language, the clock and the heading level. */
export interface TaskContext {
  readonly model: TaskModel;
  /** The UI language. */
  readonly lang: string;
  /** The moment due dates are judged at (the list's `now`, else the current time): see dueState. */
  readonly now: Date;
  /** Today in the feed's time zone at `now`, YYYY-MM-DD: what a task's due state depends on (a render key). */
  readonly today: string;
  /**
   * The level of the list's top headings (heading-level, default 3): sections are at this level,
   * tasks one below, the headings inside an opened task two below (heading() clamps to h6).
   */
  readonly level: number;
  /** What the data is as of (dataAsOf: the feed's `updated`, else its newest item date): the date of section and overall progress. */
  readonly asOf: string | undefined;
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
