import { css } from 'lit';

export const styles = css`
  :host {
    --civic-calendar-today-bg: #e8f1fb;
    --civic-calendar-term-color: #8a4b00;
    --civic-calendar-day-min-height: 6.5em;
    --civic-event-color: var(--civic-color-muted);
  }
  :host([theme='dark']) {
    --civic-calendar-today-bg: #1d2b3a;
    --civic-calendar-term-color: #ffc470;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --civic-calendar-today-bg: #1d2b3a;
      --civic-calendar-term-color: #ffc470;
    }
  }

  .calendar {
    display: grid;
    gap: 0.75em;
  }
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
  button,
  select {
    font: inherit;
  }
  .nav button,
  .views button,
  select,
  .add,
  .past-toggle,
  .show-more,
  .chip,
  .close {
    min-height: 2.25em;
    padding: 0.3em 0.75em;
    border: 1px solid var(--civic-color-border);
    border-radius: var(--civic-radius);
    background: var(--civic-color-surface);
    color: var(--civic-color-text);
  }
  .views button[aria-pressed='true'],
  .chip[aria-pressed='true'] {
    border-color: var(--civic-color-accent);
    box-shadow: inset 0 0 0 1px var(--civic-color-accent);
    font-weight: 700;
  }
  .views button[aria-pressed='true']::before,
  .chip[aria-pressed='true']::before {
    content: '✓ ';
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    border-radius: 1.2em;
  }
  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    border-radius: 50%;
    background: var(--civic-event-color);
    border: 1px solid var(--civic-color-border);
    flex: none;
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--civic-color-accent);
    text-decoration: underline;
    text-align: start;
  }

  /* ---- month grid ---- */
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

  /* ---- agenda ---- */
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
    overflow-wrap: anywhere;
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

  /* ---- dialog ---- */
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

  @container (max-width: 40em) {
    .title {
      font-size: 1.15em;
    }
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

  @media (forced-colors: active) {
    .ev,
    .ev.bar,
    .chip,
    .status,
    .swatch {
      border-color: CanvasText;
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }
    .day.today .day-num {
      background: Highlight;
      color: HighlightText;
    }
    .chip[aria-pressed='true'],
    .views button[aria-pressed='true'] {
      border: 2px solid Highlight;
    }
    .day:focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    .toolbar .controls,
    .filters,
    .feed-actions,
    .printing .grid,
    .printing .agenda,
    .printing .no-events,
    .dialog,
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
    .swatch {
      display: none;
    }
  }
`;
