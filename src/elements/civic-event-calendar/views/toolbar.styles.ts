import { css } from 'lit';

/** The toolbar (title, month navigation and pickers, view switch) and the category chips. */
export const toolbarStyles = css`
  .toolbar {
    display: grid;
    gap: 0.5em;
  }
  .title-row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5em 1em;
  }
  .title {
    margin: 0;
    font-size: 1.3em;
    line-height: 1.3;
  }
  .controls,
  .nav,
  .views,
  .picker,
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
  }
  .controls {
    justify-content: space-between;
    gap: 0.5em 1em;
  }
  .views button[aria-pressed='true'],
  .chip[aria-pressed='true'] {
    border-color: var(--civic-color-accent);
    box-shadow: inset 0 0 0 1px var(--civic-color-accent);
    font-weight: 700;
  }
  .views button[aria-pressed='true']::before,
  .chip[aria-pressed='true']::before {
    /* Decoration only: empty alternative text keeps the ✓ out of the name (aria-pressed says it). */
    content: '✓ ' / '';
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    max-width: 100%;
    border-radius: 1.2em;
    /* Labels wrap between words only (a category title from the feed may still break anywhere as Chinese does). */
    word-break: keep-all;
    overflow-wrap: break-word;
  }

  @container (max-width: 40em) {
    .title {
      font-size: 1.15em;
    }
  }
  @media (forced-colors: active) {
    .chip {
      border-color: CanvasText;
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }
    .chip[aria-pressed='true'],
    .views button[aria-pressed='true'] {
      border: 2px solid Highlight;
    }
  }
  @media print {
    .toolbar .controls,
    .filters {
      display: none !important;
    }
  }
`;
