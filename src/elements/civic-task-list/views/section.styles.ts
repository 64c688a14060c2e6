import { css } from 'lit';

/** A section of the plan (heading, count, progress, its list of tasks): views/section.ts. */
export const sectionStyles = css`
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
  .section-heading {
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
  :host([compact]) .section-head {
    border-block-end-width: 1px;
  }

  @container (min-width: 40em) {
    .section-head {
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: end;
    }
    .section-meta {
      justify-content: end;
    }
  }
`;
