import { css } from 'lit';

/**
 * The year view: twelve small months in 4, 3, 2 or 1 columns as the element's width allows (container
 * queries in em, so 200 % text gets fewer columns), days with events as filled discs, print on one page.
 */
export const yearStyles = css`
  .year-view {
    display: grid;
    gap: 0.75em;
    container-type: inline-size;
  }
  .year-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
  }
  .year-bar .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .legend {
    display: flex;
    align-items: center;
    gap: 0.4em;
    margin: 0;
    font-size: 0.9em;
  }
  .months {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em 1.25em;
  }
  @container (min-width: 34em) {
    .months {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 51em) {
    .months {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container (min-width: 68em) {
    .months {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  .ym {
    min-width: 0;
  }
  .ym-title {
    margin: 0 0 0.25em;
    font-size: 1em;
  }
  .month-link {
    font-weight: 700;
    min-height: 1.75em;
  }
  .ygrid {
    display: grid;
  }
  .yw {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
  }
  .ydow {
    font-size: 0.75em;
    font-weight: 700;
    text-align: center;
    color: var(--civic-color-muted);
  }
  .yd {
    display: grid;
    place-items: center;
    min-width: 0;
    min-height: 2em;
    font-size: 0.85em;
    border-radius: var(--civic-radius);
  }
  .yd.has {
    cursor: pointer;
  }
  .yn {
    display: inline-grid;
    place-items: center;
    /* A disc as wide as the cell allows (seven to a row at 200 % text on a phone). */
    width: min(1.9em, 100%);
    aspect-ratio: 1;
    border-radius: 50%;
    border: 0.12em solid transparent;
  }
  .has .yn,
  .yn.key {
    background: var(--civic-color-accent);
    color: var(--civic-color-surface);
    font-weight: 700;
  }
  .yn.key {
    width: 1.6em;
    font-size: 0.85em;
  }
  .today .yn {
    border-color: var(--civic-color-text);
    border-style: double;
    border-width: 0.2em;
  }
  .yd:focus-visible {
    outline: 0.2em solid var(--civic-color-focus);
    outline-offset: -0.1em;
  }
  @media (forced-colors: active) {
    .has .yn,
    .yn.key {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .today .yn {
      border-color: CanvasText;
    }
    .yd:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .year-bar .nav {
      display: none;
    }
    .months {
      grid-template-columns: repeat(3, minmax(0, 1fr)) !important;
    }
    .ym {
      break-inside: avoid;
    }
    .has .yn,
    .yn.key {
      background: none;
      color: #000;
      border: 0.12em solid #000;
    }
  }
`;
