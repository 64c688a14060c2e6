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

  /* Summary */
  .summary {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    margin-block-end: var(--civic-space);
    padding: var(--civic-space);
    border: 1px solid var(--civic-color-border);
    border-radius: var(--civic-radius);
    background: var(--civic-color-surface-alt);
  }
  .summary-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .total {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 1.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .count {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .count .icon {
    color: var(--status-color);
  }
  .overdue-count .icon {
    color: var(--civic-color-danger);
  }
  .overall {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .overall .progress {
    flex: 1 1 10em;
  }
  .updated {
    margin: 0;
    color: var(--civic-color-muted);
    font-size: 0.9em;
  }

  /* Progress bars */
  .progress {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-inline-size: min(8em, 100%);
    max-inline-size: 100%;
  }
  .bar {
    position: relative;
    display: block;
    flex: 1 1 auto;
    min-inline-size: 4em;
    block-size: 0.6em;
    border: 1px solid var(--civic-color-border);
    border-radius: 0.3em;
    background: var(--civic-color-surface);
    overflow: hidden;
  }
  .fill {
    display: block;
    inline-size: var(--civic-task-progress, 0%);
    block-size: 100%;
    max-inline-size: 100%;
    background: var(--status-color, var(--civic-color-accent));
  }
  .pct {
    min-inline-size: 2.75em;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .no-progress {
    color: var(--civic-color-muted);
    font-size: 0.9em;
  }

  /* Filters */
  .filters {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    margin-block-end: var(--civic-space);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.25em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--civic-color-border);
    border-radius: 1.2em;
    background: var(--civic-color-surface);
  }
  .chip .icon {
    color: var(--status-color);
  }
  .chip-count {
    min-inline-size: 1.5em;
    padding: 0 0.4em;
    border-radius: 1em;
    background: var(--civic-color-surface-alt);
    font-variant-numeric: tabular-nums;
    text-align: center;
  }
  .chip[aria-pressed='true'] {
    border-color: var(--civic-color-accent);
    box-shadow: inset 0 0 0 1px var(--civic-color-accent);
    font-weight: 700;
  }
  .chip[aria-pressed='true']::before {
    content: '✓';
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .field {
    display: grid;
    /* One column as wide as the field: the select is not sized from its options (measuring 20 section titles was about a third of the filters' layout). */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    flex: 1 1 12em;
    min-inline-size: 0;
  }
  .field-label {
    font-weight: 600;
    font-size: 0.9em;
  }
  select,
  input {
    font: inherit;
    color: inherit;
    min-block-size: 2.25em;
    inline-size: 100%;
    min-inline-size: 0;
    padding: 0.25em 0.5em;
    border: 1px solid var(--civic-color-border);
    border-radius: var(--civic-radius);
    background: var(--civic-color-surface);
  }
  .result-count {
    margin: 0;
    color: var(--civic-color-muted);
    font-size: 0.9em;
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

  /* Sections */
  .section {
    margin-block-end: calc(var(--civic-space) * 1.5);
  }
  .section-head {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    padding-block-end: 0.5em;
    border-block-end: 2px solid var(--civic-color-text);
  }
  h3 {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  .section-number {
    display: block;
    color: var(--civic-color-muted);
    font-size: 0.85em;
    font-weight: 600;
  }
  .section-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
    color: var(--civic-color-muted);
    font-size: 0.9em;
  }
  .section-meta .progress {
    flex: 0 1 14em;
    color: var(--civic-color-text);
  }
  .tasks {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* Tasks */
  .task {
    padding-block: var(--civic-task-gap);
    border-block-end: 1px solid var(--civic-color-border);
  }
  /* Long lists: let the browser skip the layout and paint of tasks far off screen. */
  .many .task {
    content-visibility: auto;
    contain-intrinsic-size: auto 7em;
  }
  h4 {
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
    align-items: center;
    gap: 0.3em;
    color: var(--civic-color-danger);
    font-weight: 600;
  }
  .details {
    margin-block-start: 0.5em;
    padding: 0.25em 0 0.25em 1.5em;
  }
  .details[hidden] {
    display: none;
  }
  .task-summary {
    margin: 0 0 0.75em;
    overflow-wrap: anywhere;
  }
  h5 {
    margin: 0.75em 0 0.25em;
    font-size: 0.95em;
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
  .more {
    margin: 0;
  }

  /* Compact: one line a task, for a narrow sidebar */
  :host([compact]) .summary {
    padding: 0.5em 0.75em;
  }
  :host([compact]) .section-head {
    border-block-end-width: 1px;
  }
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
  :host([compact]) .details .meta {
    padding-inline-start: 0;
    margin-block-end: 0.5em;
  }
  .compact-pct {
    flex: none;
    color: var(--civic-color-muted);
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }

  @container (min-width: 40em) {
    .summary {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: center;
    }
    .summary-head,
    .counts {
      grid-column: 1 / -1;
    }
    .updated {
      text-align: end;
    }
    .section-head {
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: end;
    }
    .section-meta {
      justify-content: end;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron .icon {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .fill {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .bar {
      border-color: CanvasText;
    }
    .status,
    .chip,
    .task-number {
      border-color: CanvasText;
    }
    .chip[aria-pressed='true'] {
      border-color: Highlight;
      outline: 2px solid Highlight;
    }
  }

  @media print {
    .filters,
    .copy,
    .show-all,
    .clear,
    .chevron {
      display: none;
    }
    .task {
      content-visibility: visible;
      break-inside: avoid;
    }
    .summary {
      background: none;
    }
    .fill {
      print-color-adjust: exact;
    }
  }
`;
