import { css } from 'lit';
import { toolbarStyles } from './views/toolbar.styles.js';
import { monthGridStyles } from './views/month-grid.styles.js';
import { agendaStyles } from './views/agenda.styles.js';
import { dialogStyles } from './views/dialog.styles.js';
import { addToCalendarStyles } from './views/add-to-calendar.styles.js';

/** The calendar's custom properties and layout, and the controls and labels every view shares. */
const calendarStyles = css`
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
    /* One column no wider than the element: a long word wraps instead of widening the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
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
    /* Labels wrap between words only ("显示已结束的活动（21）" never inside 活动); a word longer than the line still breaks rather than overflow. */
    word-break: keep-all;
    overflow-wrap: break-word;
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
  @media (forced-colors: active) {
    .swatch {
      border-color: CanvasText;
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }
  }
  @media print {
    .swatch {
      display: none;
    }
  }
`;

/** In this order: a view's rules come after the shared ones they refine (the cascade is the one stylesheet's it was). */
export const styles = [calendarStyles, toolbarStyles, monthGridStyles, agendaStyles, dialogStyles, addToCalendarStyles];
