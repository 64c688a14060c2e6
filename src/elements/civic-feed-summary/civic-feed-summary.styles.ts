import { css } from 'lit';

export const styles = css`
  .summary {
    display: grid;
    gap: 0.5em;
    padding: var(--civic-space);
    border: 1px solid var(--civic-color-border);
    border-radius: var(--civic-radius);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5em 1em;
  }
  .title {
    text-wrap: balance;
    margin: 0;
    font-size: 1.15em;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }
  .meta {
    margin: 0;
    color: var(--civic-color-muted);
    font-size: 0.9em;
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(7em, 1fr));
    gap: 0.5em;
    margin: 0;
  }
  dl div {
    padding: 0.5em 0.75em;
    border-radius: var(--civic-radius);
    background: var(--civic-color-surface-alt);
  }
  /* Labels and figures stay whole: a CJK label breaks only where it must, a number never. */
  dt,
  .as-of {
    word-break: keep-all;
    overflow-wrap: anywhere;
  }
  dt {
    font-size: 0.85em;
    color: var(--civic-color-muted);
  }
  dd {
    margin: 0;
    font-size: 1.4em;
    font-weight: 700;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  /* Narrow (a phone, or large text): a smaller title, so its long words fit a line. */
  @container (max-width: 20em) {
    .title {
      font-size: 1em;
    }
    dl {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 6em), 1fr));
    }
  }
  @media (forced-colors: active) {
    dl div {
      border: 1px solid CanvasText;
    }
  }
`;
