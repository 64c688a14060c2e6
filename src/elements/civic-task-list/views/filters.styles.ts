import { css } from 'lit';

/** The filter bar: views/filters.ts. (Its select and input rule also styles the opened part's link field.) */
export const filtersStyles = css`
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
    /* At 200 % text on a phone the count goes under the label rather than past the card's edge. */
    flex-wrap: wrap;
    max-inline-size: 100%;
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
    /* Decorative (aria-pressed says it): empty alternative text keeps it out of the accessible name. */
    content: '✓' / '';
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

  @media (forced-colors: active) {
    .chip {
      border-color: CanvasText;
    }
    .chip[aria-pressed='true'] {
      border-color: Highlight;
      outline: 2px solid Highlight;
    }
  }

  @media print {
    .filters {
      display: none;
    }
  }
`;
