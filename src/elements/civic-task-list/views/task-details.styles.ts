import { css } from 'lit';

/**
 * The opened part of a task: views/task-details.ts. Part of the element's styles (not of the
 * on-demand code), so the summary that stands in for it meanwhile is styled the same. Its
 * "Copy link" button shares the foot buttons' look (civic-task-list.styles.ts).
 */
export const taskDetailsStyles = css`
  .task-summary {
    margin: 0 0 0.75em;
    overflow-wrap: anywhere;
  }
  .details-heading {
    margin: 0.75em 0 0.25em;
    font-size: 0.95em;
  }
  .timeline {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0 0 0 0.75em;
    border-inline-start: 2px solid var(--civic-color-border);
    list-style: none;
    overflow-wrap: anywhere;
  }
  .timeline li {
    display: grid;
    gap: 0.1em;
  }
  .update-progress {
    color: var(--civic-color-muted);
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  .milestones,
  .indicators,
  .events,
  .links {
    display: grid;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
    overflow-wrap: anywhere;
  }
  .milestones li,
  .events li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
  }
  /* The mark in a column of its own: a long title wraps beside it, never under it. */
  .milestones li {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
  }
  .milestone-text {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
  }
  .milestones .done .icon {
    color: var(--civic-status-completed);
  }
  .when {
    color: var(--civic-color-muted);
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  .indicator {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
  }
  .indicator-value {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .task-foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-start: 0.75em;
    font-size: 0.9em;
  }
  .task-updated {
    color: var(--civic-color-muted);
  }
  .copied {
    font-weight: 600;
  }
  .link-label {
    display: grid;
    gap: 0.25em;
    flex: 1 1 100%;
  }
  :host([compact]) .details .meta {
    padding-inline-start: 0;
    margin-block-end: 0.5em;
  }

  @media print {
    .copy {
      display: none;
    }
  }
`;
