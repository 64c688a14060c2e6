import { css } from 'lit';

/** The "Add to calendar" buttons and the in-app browser note. */
export const addToCalendarStyles = css`
  .in-app-note {
    margin: 0;
    padding: 0.5em 0.75em;
    border: 1px dashed var(--civic-color-border);
    border-radius: var(--civic-radius);
    background: var(--civic-notice-bg);
  }
  .feed-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .add[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  @media print {
    .feed-actions {
      display: none !important;
    }
  }
`;
