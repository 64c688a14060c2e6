import { css } from 'lit';

/** The progress bars (task, section, overall): views/progress-bar.ts. */
export const progressBarStyles = css`
  .progress {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.1em 0.5em;
    min-inline-size: min(8em, 100%);
    max-inline-size: 100%;
  }
  .bar {
    position: relative;
    display: block;
    flex: 1 1 auto;
    min-inline-size: 4em;
    block-size: 0.6em;
    border: 1px solid var(--civic-color-border);
    border-radius: 0.3em;
    background: var(--civic-color-surface);
    overflow: hidden;
  }
  .fill {
    display: block;
    inline-size: var(--civic-task-progress, 0%);
    block-size: 100%;
    max-inline-size: 100%;
    background: var(--status-color, var(--civic-color-accent));
  }
  .pct {
    min-inline-size: 2.75em;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .as-of {
    color: var(--civic-color-muted);
    font-size: 0.85em;
  }
  .no-progress {
    color: var(--civic-color-muted);
    font-size: 0.9em;
  }

  @media (forced-colors: active) {
    .fill {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .bar {
      border-color: CanvasText;
    }
  }

  @media print {
    .fill {
      print-color-adjust: exact;
    }
  }
`;
