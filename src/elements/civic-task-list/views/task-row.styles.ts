import { css } from 'lit';

/**
 * One task: its toggle, its meta line, the status and overdue tags (views/task-parts.ts, also
 * shown in the opened part when compact) and the box of its opened part: views/task-row.ts.
 */
export const taskRowStyles = css`
  .task {
    padding-block: var(--civic-task-gap);
    border-block-end: 1px solid var(--civic-color-border);
  }
  /* Long lists: let the browser skip the layout and paint of tasks far off screen. */
  .many .task {
    content-visibility: auto;
    contain-intrinsic-size: auto 7em;
  }
  .task-heading {
    margin: 0;
    font-size: 1em;
  }
  .toggle {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
    inline-size: 100%;
    margin: 0;
    padding: 0.25em 0;
    border: 0;
    background: none;
    font-weight: 600;
    text-align: start;
    line-height: 1.4;
  }
  .toggle:hover .task-title {
    text-decoration: underline;
  }
  .chevron {
    display: inline-flex;
    align-self: center;
    color: var(--civic-color-muted);
  }
  .chevron .icon {
    transition: transform 0.15s ease;
  }
  .toggle[aria-expanded='true'] .chevron .icon {
    transform: rotate(90deg);
  }
  .task-number {
    flex: none;
    min-inline-size: 1.6em;
    padding: 0 0.3em;
    border: 1px solid var(--civic-color-border);
    border-radius: 0.8em;
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
    text-align: center;
  }
  .task-title {
    flex: 1 1 auto;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  /*
   * Narrow (a phone at 200 % text): the title takes the row's full width, below its chevron and
   * number, so a long word ("responsibilities") fits a line instead of breaking inside.
   */
  @container (max-width: 16em) {
    :host(:not([compact])) .toggle {
      flex-wrap: wrap;
    }
    :host(:not([compact])) .task-title {
      flex-basis: 100%;
    }
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em 1em;
    margin: 0.35em 0 0;
    padding-inline-start: 1.5em;
    font-size: 0.9em;
  }
  .meta .progress {
    flex: 1 1 10em;
    max-inline-size: 18em;
  }
  .owners,
  .due {
    color: var(--civic-color-muted);
    overflow-wrap: anywhere;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0 0.5em;
    border: 1px solid var(--status-color);
    border-radius: 0.3em;
    color: var(--status-color);
    font-weight: 600;
    white-space: nowrap;
  }
  .overdue {
    display: inline-flex;
    flex-wrap: wrap;
    max-inline-size: 100%;
    align-items: center;
    gap: 0.3em;
    color: var(--civic-color-danger);
    font-weight: 600;
  }
  /* Neutral: the due date has passed since the last report, which is not the same as late. */
  .due-no-update {
    display: inline-flex;
    flex-wrap: wrap;
    max-inline-size: 100%;
    align-items: center;
    gap: 0.3em;
    padding: 0 0.4em;
    border: 1px dashed var(--civic-color-border);
    border-radius: 0.3em;
    color: var(--civic-color-muted);
  }
  .latest {
    display: -webkit-box;
    margin: 0.35em 0 0;
    padding-inline-start: 1.5em;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .latest-label {
    color: var(--civic-color-muted);
    font-weight: 600;
  }
  .details {
    margin-block-start: 0.5em;
    padding: 0.25em 0 0.25em 1.5em;
  }
  .details[hidden] {
    display: none;
  }

  /* Compact: one line a task, for a narrow sidebar */
  :host([compact]) .task {
    padding-block: 0.25em;
  }
  :host([compact]) .many .task {
    contain-intrinsic-size: auto 2.5em;
  }
  :host([compact]) .toggle {
    align-items: center;
    font-weight: 400;
  }
  :host([compact]) .toggle .status {
    padding: 0;
    border: 0;
  }
  :host([compact]) .toggle .status-text {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :host([compact]) .task-title {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .compact-pct {
    flex: none;
    color: var(--civic-color-muted);
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron .icon {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .status,
    .task-number,
    .due-no-update {
      border-color: CanvasText;
    }
  }

  @media print {
    .chevron {
      display: none;
    }
    .task {
      content-visibility: visible;
      break-inside: avoid;
    }
  }
`;
