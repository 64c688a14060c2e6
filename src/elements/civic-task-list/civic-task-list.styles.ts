/**
 * The list's own styles: the shared tokens of its views (task gap, icons, status colours), the
 * buttons of the list's foot (Show all, Clear filters; "Copy link" shares their look) and the
 * "no results" message. Each view's styles are in views/<view>.styles.ts; the element composes
 * them, in this order, in its `static styles`.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    --civic-task-gap: calc(var(--civic-space) * 0.75);
  }
  .icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    vertical-align: -0.125em;
  }
  .status-completed {
    --status-color: var(--civic-status-completed);
  }
  .status-in-progress {
    --status-color: var(--civic-status-in-progress);
  }
  .status-delayed {
    --status-color: var(--civic-status-delayed);
  }
  .status-not-started,
  .status-unknown {
    --status-color: var(--civic-status-not-started);
  }
  /*
   * Labels, markers and dates wrap between words only: no "已完/成" or "2024年9/月30日" at 200 %
   * text on a phone (keep-all keeps a Chinese word or date whole; a line still breaks at spaces and
   * after punctuation, and break-word splits a unit only when it cannot fit a line on its own).
   */
  .status-text,
  .count-label,
  .chip-label,
  .overdue,
  .due-no-update,
  .as-of,
  .updated,
  .due,
  .when,
  .latest-label,
  .field-label,
  .overall-label,
  .task-updated,
  .section-count,
  .result-count {
    word-break: keep-all;
    overflow-wrap: break-word;
  }
  /* A date alone in a narrow grid or flex cell (280 px at 200 %) may still be split rather than stick out. */
  .when,
  .task-updated {
    overflow-wrap: anywhere;
  }
  .no-results {
    padding: var(--civic-space);
    border: 1px dashed var(--civic-color-border);
    border-radius: var(--civic-radius);
  }
  .no-results p {
    margin: 0 0 0.5em;
  }
  .clear,
  .show-all,
  .copy {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.25em;
    padding: 0.25em 0.9em;
    border: 1px solid var(--civic-color-border);
    border-radius: var(--civic-radius);
    background: var(--civic-color-surface);
  }
  .more {
    margin: 0;
  }

  @media print {
    .show-all,
    .clear {
      display: none;
    }
  }
`;
