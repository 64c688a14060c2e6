import { css } from 'lit';

/** The month grid: weeks, days, event bars in lanes, "+N more", status labels, lunar dates. */
export const monthGridStyles = css`
  .grid {
    display: grid;
    border: 1px solid var(--civic-color-border);
    border-radius: var(--civic-radius);
    overflow: hidden;
  }
  .week {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
  }
  .week + .week {
    border-top: 1px solid var(--civic-color-border);
  }
  .dow {
    padding: 0.3em 0.4em;
    font-size: 0.85em;
    font-weight: 700;
    text-align: center;
    background: var(--civic-color-surface-alt);
  }
  .day {
    position: relative;
    min-width: 0;
    min-height: var(--civic-calendar-day-min-height);
    padding-bottom: 0.25em;
    border-inline-end: 1px solid var(--civic-color-border);
    cursor: default;
  }
  .day:last-child {
    border-inline-end: 0;
  }
  .day.out {
    background: var(--civic-color-surface-alt);
    color: var(--civic-color-muted);
  }
  .day.today {
    background: var(--civic-calendar-today-bg);
  }
  .day:focus-visible {
    outline: 0.2em solid var(--civic-color-focus);
    outline-offset: -0.2em;
    z-index: 2;
  }
  .day-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.35em;
    padding: 0.2em 0.4em 0.1em;
    min-height: 1.8em;
  }
  .day-num {
    font-weight: 700;
  }
  .today .day-num {
    display: inline-grid;
    place-items: center;
    min-width: 1.6em;
    height: 1.6em;
    border-radius: 50%;
    background: var(--civic-color-accent);
    color: var(--civic-color-surface);
  }
  .today-word {
    font-size: 0.75em;
    font-weight: 700;
    color: var(--civic-color-accent);
  }
  .lunar {
    font-size: 0.75em;
    color: var(--civic-color-muted);
  }
  .lunar.term {
    color: var(--civic-calendar-term-color);
    font-weight: 700;
  }
  .lanes {
    display: grid;
    grid-auto-rows: 1.6em;
    gap: 0.15em;
  }
  .slot {
    display: block;
  }
  .ev {
    position: relative;
    z-index: 1;
    display: flex;
    align-items: center;
    gap: 0.25em;
    height: 1.6em;
    margin: 0 0.2em;
    padding: 0 0.35em;
    overflow: hidden;
    border: 1px solid transparent;
    border-inline-start: 0.3em solid var(--civic-event-color);
    border-radius: 0.25em;
    background: var(--civic-color-surface-alt);
    color: var(--civic-color-text);
    font-size: 0.8em;
    line-height: 1.2;
    white-space: nowrap;
    text-align: start;
  }
  .lanes .ev {
    font-size: 0.8em;
    height: 2em;
  }
  .ev.bar {
    background: color-mix(in srgb, var(--civic-event-color) 16%, var(--civic-color-surface));
  }
  .ev.span-2 { width: calc(200% + 1px - 0.4em); }
  .ev.span-3 { width: calc(300% + 2px - 0.4em); }
  .ev.span-4 { width: calc(400% + 3px - 0.4em); }
  .ev.span-5 { width: calc(500% + 4px - 0.4em); }
  .ev.span-6 { width: calc(600% + 5px - 0.4em); }
  .ev.span-7 { width: calc(700% + 6px - 0.4em); }
  .ev.cont-before {
    margin-inline-start: 0;
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .ev.cont-after {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .ev-title {
    flex: 1 1 3em;
    min-width: 2.5em;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .ev-time {
    flex: 0 1 auto;
    min-width: 0;
    overflow: hidden;
    font-variant-numeric: tabular-nums;
    color: var(--civic-color-muted);
  }
  .ev .ev-status {
    flex: 0 1 auto;
    min-width: 1em;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .cont {
    flex: none;
    color: var(--civic-color-muted);
  }
  .status-cancelled .ev-title,
  .status-cancelled .agenda-title,
  .status-cancelled .day-event {
    text-decoration: line-through;
  }
  .ev-status,
  .status {
    flex: none;
    font-size: 0.85em;
    font-weight: 700;
  }
  .status {
    display: inline-flex;
    gap: 0.25em;
    align-items: center;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: 0.25em;
  }
  .status-cancelled .ev-status,
  .status.status-cancelled {
    color: var(--civic-color-danger);
  }
  .more {
    margin: 0 0.2em;
    padding: 0 0.35em;
    border: 0;
    background: none;
    color: var(--civic-color-accent);
    font-size: 0.8em;
    text-align: start;
    text-decoration: underline;
  }
  .ev:hover,
  .more:hover {
    outline: 1px solid var(--civic-color-accent);
  }
  .no-events {
    margin: 0;
    color: var(--civic-color-muted);
  }

  @container (max-width: 40em) {
    .lanes .ev {
      font-size: 0.7em;
      padding: 0 0.2em;
    }
    .ev-time,
    .ev-status span:not([aria-hidden]) {
      display: none;
    }
    .day-head {
      padding: 0.15em 0.25em 0;
    }
  }
  @container (max-width: 24em) {
    .dow {
      font-size: 0.7em;
      padding: 0.3em 0;
    }
    .lunar {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .ev,
    .ev.bar,
    .status {
      border-color: CanvasText;
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }
    .day.today .day-num {
      background: Highlight;
      color: HighlightText;
    }
    .day:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .printing .grid,
    .printing .no-events {
      display: none !important;
    }
  }
`;
