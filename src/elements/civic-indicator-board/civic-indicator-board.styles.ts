import { css } from 'lit';

export const styles = css`
  :host {
    --civic-ring-size: 6em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-bottom: 0.75em;
  }
  .count,
  .view-toggle,
  .history {
    word-break: keep-all;
    overflow-wrap: anywhere;
  }
  .count {
    margin: 0;
    color: var(--civic-color-muted);
  }
  .view-toggle {
    margin-inline-start: auto;
    padding: 0.35em 0.9em;
    border: 1px solid var(--civic-color-border);
    border-radius: var(--civic-radius);
    background: var(--civic-color-surface);
  }
  .view-toggle[aria-pressed='true'] {
    background: var(--civic-color-text);
    color: var(--civic-color-surface);
    border-color: var(--civic-color-text);
  }
  .section + .section {
    margin-top: 1.5em;
  }
  .section-title,
  .card-title {
    text-wrap: balance;
  }
  .section-title {
    margin: 0 0 0.6em;
    font-size: 1.1em;
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--civic-board-card-min, 13em)), 1fr));
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5em;
    min-width: 0;
    padding: 0.75em;
    border: 1px solid var(--civic-color-border);
    border-radius: var(--civic-radius);
    background: var(--civic-color-surface);
  }
  /* A board of hundreds: cards off screen skip layout and paint until they are scrolled to. */
  .many > .card {
    content-visibility: auto;
    contain-intrinsic-size: auto 15em;
  }
  .card-title {
    align-self: stretch;
    margin: 0;
    font-size: 1em;
    line-height: 1.4;
    text-align: center;
    overflow-wrap: anywhere;
  }
  .trend {
    display: block;
    width: 100%;
    max-width: 10em;
    height: 2em;
    overflow: visible;
  }
  .trend polyline {
    fill: none;
    stroke: var(--civic-color-accent);
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }
  .trend circle {
    fill: var(--civic-color-accent);
  }
  .history {
    align-self: stretch;
    font-size: 0.875em;
  }
  .history > summary {
    min-height: 2.75em;
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    cursor: pointer;
    color: var(--civic-color-accent);
  }
  .history > summary::before {
    content: '▸' / '';
  }
  .history[open] > summary::before {
    content: '▾' / '';
  }
  .history > summary::-webkit-details-marker {
    display: none;
  }
  .history-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .history-list li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 0.75em;
    padding: 0.2em 0;
    border-top: 1px solid var(--civic-color-border);
  }
  /* A figure never splits; a date may wrap between its words ("September 30, / 2024") in a
     narrow card with large text. */
  .num {
    white-space: nowrap;
  }
  .task-link {
    margin-top: auto;
    font-size: 0.875em;
    text-align: center;
    overflow-wrap: anywhere;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.5em;
  }
  /* In a table, break-word (not anywhere): a column is never squeezed narrower than its longest
     word; a table too wide for a phone scrolls inside its own labelled region (tables are the
     one thing reflow may scroll in two directions). */
  th,
  td {
    word-break: keep-all;
    overflow-wrap: break-word;
    padding: 0.4em 0.6em;
    border-bottom: 1px solid var(--civic-color-border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--civic-color-surface-alt);
    white-space: nowrap;
  }
  td.num {
    text-align: end;
    white-space: nowrap;
  }
  .group-row th {
    padding-top: 1em;
    font-size: 0.95em;
  }
  tbody th[scope='row'] {
    font-weight: 400;
    min-width: min(10em, 45cqi);
  }
  /* A phone with large text: a card's padding gives its width back to the title, so a long word
     ("demonstration") keeps to one line. */
  @container (max-width: 12em) {
    .card {
      padding-inline: 0.4em;
    }
  }
  @container (max-width: 30em) {
    .grid {
      grid-template-columns: 1fr;
    }
    .card {
      --civic-ring-size: 5em;
    }
    th,
    td {
      padding: 0.3em 0.4em;
      font-size: 0.9em;
    }
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .trend polyline {
      stroke: CanvasText;
    }
    .trend circle {
      fill: CanvasText;
    }
    .view-toggle[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
  @media print {
    .view-toggle {
      display: none;
    }
    .card,
    .many > .card {
      break-inside: avoid;
      content-visibility: visible;
    }
    .table-wrap {
      overflow: visible;
    }
  }
`;
