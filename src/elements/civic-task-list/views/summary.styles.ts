import { css } from 'lit';

/** The summary at the top: views/summary.ts. */
export const summaryStyles = css`
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
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em;
  }
  .count .icon {
    color: var(--status-color);
  }
  .of-which {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em 1.25em;
    margin: 0;
  }
  /* The "of which" counts flow as text: a long label (English "due, no update since", at 200 %
     text on a phone) wraps between its words, the icon before it and the number after it, not
     icon, label and number each on a line of its own. */
  .of-which .count {
    display: block;
  }
  .of-which .count .icon {
    margin-inline-end: 0.35em;
  }
  .overdue-count .icon {
    color: var(--civic-color-danger);
  }
  .due-no-update-count .icon {
    color: var(--civic-color-muted);
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
  :host([compact]) .summary {
    padding: 0.5em 0.75em;
  }
  /* A phone with large text: the padding goes back to the counts, so "Completed 1" keeps its
     number on its line. */
  @container (max-width: 12em) {
    .summary {
      padding-inline: 0.5em;
    }
  }

  @container (min-width: 40em) {
    .summary {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: center;
    }
    .summary-head,
    .counts,
    .of-which {
      grid-column: 1 / -1;
    }
    .updated {
      text-align: end;
    }
  }

  @media print {
    .summary {
      background: none;
    }
  }
`;
