import { css } from 'lit';

/** The agenda (also the day list in the dialog and the printed month). */
export const agendaStyles = css`
  .agenda {
    display: grid;
    gap: 0.75em;
    justify-items: start;
  }
  .agenda-days,
  .agenda-items,
  .day-list ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .agenda-days {
    display: grid;
    gap: 1em;
    width: 100%;
  }
  .agenda-day {
    margin: 0 0 0.35em;
    padding-bottom: 0.2em;
    border-bottom: 1px solid var(--civic-color-border);
    font-size: 1em;
  }
  .agenda-items {
    display: grid;
    gap: 0.6em;
  }
  .agenda-item,
  .day-list li {
    padding-inline-start: 0.6em;
    border-inline-start: 0.3em solid var(--civic-event-color);
  }
  .agenda-title {
    font-weight: 700;
    overflow-wrap: break-word;
  }
  .agenda-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.75em;
    margin: 0.15em 0 0;
    color: var(--civic-color-muted);
    font-size: 0.9em;
  }
  .category {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    color: var(--civic-color-text);
  }
  .print-agenda {
    display: none;
  }
  /* The widget's own words and dates wrap between words only (numbers and dates never split). */
  .agenda-day,
  .agenda-time,
  .narrow-note,
  .no-events {
    word-break: keep-all;
    overflow-wrap: break-word;
  }
  .narrow-note {
    margin: 0 0 0.5em;
    color: var(--civic-color-muted);
    font-size: 0.9em;
  }

  @media print {
    .printing .agenda,
    .past-toggle {
      display: none !important;
    }
    .print-agenda {
      display: block;
      color: #000;
    }
    .print-agenda h2 {
      display: none;
    }
    .agenda-item,
    .day-list li {
      border-inline-start: 0.15em solid #000;
      break-inside: avoid;
    }
    .agenda-meta,
    .lunar,
    .status,
    .category {
      color: #000 !important;
    }
  }
`;
