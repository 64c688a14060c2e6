import { css } from 'lit';

/** The detail dialog: its box, the event details, the day list. */
export const dialogStyles = css`
  .dialog {
    width: min(36em, calc(100vw - 2em));
    max-height: calc(100vh - 2em);
    padding: 0;
    border: 1px solid var(--civic-color-border);
    border-radius: var(--civic-radius);
    background: var(--civic-color-surface);
    color: var(--civic-color-text);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-box {
    display: grid;
    gap: 0.75em;
    padding: var(--civic-space);
  }
  .detail,
  .day-list {
    display: grid;
    gap: 0.6em;
    justify-items: start;
  }
  .detail-title {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .detail-title:focus {
    outline: none;
  }
  .detail-title:focus-visible {
    outline: 0.15em solid var(--civic-color-focus);
  }
  .facts {
    display: grid;
    gap: 0.4em;
    margin: 0;
  }
  .facts div {
    display: grid;
    grid-template-columns: minmax(5em, max-content) 1fr;
    gap: 0 0.75em;
  }
  .facts dt {
    font-weight: 700;
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .zone,
  .zone-local {
    display: block;
    color: var(--civic-color-muted);
    font-size: 0.9em;
  }
  .summary,
  .detail p {
    margin: 0;
  }
  .dialog-close {
    margin: 0;
    justify-self: end;
  }

  @container (max-width: 24em) {
    .facts div {
      grid-template-columns: 1fr;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .dialog[open] {
      animation: civic-cal-in 0.15s ease-out;
    }
  }
  @keyframes civic-cal-in {
    from {
      opacity: 0;
      transform: translateY(0.5em);
    }
  }
  @media print {
    .dialog {
      display: none !important;
    }
  }
`;
