import { css } from 'lit';

/** The ring's own look; the board reuses it for its cards. */
export const ringStyles = css`
  .ring {
    --_size: var(--civic-ring-size, 7em);
    --_track-width: var(--civic-ring-track-width, 10);
    --_color: var(--civic-ring-color, var(--civic-color-accent));
    --_track: var(--civic-ring-track-color, color-mix(in srgb, var(--civic-color-border) 35%, transparent));
    display: grid;
    justify-items: center;
    gap: 0.25em;
    text-align: center;
    min-width: 0;
  }
  .ring.status-reached {
    --_color: var(--civic-ring-reached-color, var(--civic-status-completed));
  }
  .ring.status-exceeded {
    --_color: var(--civic-ring-exceeded-color, var(--civic-ring-reached-color, var(--civic-status-completed)));
  }
  .dial {
    position: relative;
    width: var(--civic-ring-size, var(--_size));
    max-width: 100%;
    aspect-ratio: 1;
  }
  .svg {
    display: block;
    width: 100%;
    height: 100%;
    transform: rotate(-90deg);
    overflow: visible;
  }
  .track,
  .indicator {
    fill: none;
    stroke-width: var(--_track-width);
  }
  .track {
    stroke: var(--_track);
  }
  /* The inside of the track in forced colours (below); not drawn otherwise. */
  .hollow {
    display: none;
    fill: none;
  }
  .status-no-data .track,
  .status-invalid .track {
    stroke-dasharray: 2 2;
  }
  .indicator {
    stroke: var(--_color);
    stroke-linecap: butt;
    stroke-dasharray: var(--civic-ring-fill, 0) 100;
  }
  .status-exceeded .indicator {
    stroke-width: calc(var(--_track-width) * 1.4);
  }
  @media (prefers-reduced-motion: no-preference) {
    .indicator {
      transition: stroke-dasharray 0.6s ease-out;
      animation: civic-ring-in 0.8s ease-out;
    }
  }
  @keyframes civic-ring-in {
    from {
      stroke-dasharray: 0 100;
    }
  }
  .center {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    font-size: calc(var(--civic-ring-size, var(--_size)) * 0.2);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1;
    white-space: nowrap;
  }
  .amount {
    display: block;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  /* A CJK label ("已完成") or a date breaks only where it must (keep-all), never inside a number. */
  .amount,
  .mark,
  .as-of {
    word-break: keep-all;
  }
  .whole {
    display: inline-block;
  }
  .mark,
  .as-of {
    display: block;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .as-of {
    color: var(--civic-color-muted);
  }
  .status-reached .mark,
  .status-exceeded .mark {
    font-weight: 700;
  }
  .mark-icon {
    display: inline-block;
    min-width: 1.2em;
    border-radius: 50%;
    background: var(--_color);
    color: var(--civic-color-surface);
    font-size: 0.85em;
    line-height: 1.2;
  }
  .status-invalid .mark {
    padding: 0.25em 0.5em;
    border-inline-start: 0.25em solid var(--civic-color-danger);
    background: var(--civic-notice-bg);
    text-align: start;
  }
  /*
   * Forced colours: a GrayText track beside a Highlight arc was 1.36:1 in the light palette and
   * 1.02:1 in the dark one. The track is now a hollow band, CanvasText edges around a Canvas
   * inside, and the filled arc is solid over it: Highlight (CanvasText once the target is
   * reached), colours every palette keeps far from Canvas.
   */
  @media (forced-colors: active) {
    .track {
      stroke: CanvasText;
    }
    .indicator {
      stroke: Highlight;
    }
    .status-reached .indicator,
    .status-exceeded .indicator {
      stroke: CanvasText;
    }
    .hollow {
      display: inline;
      stroke: Canvas;
      stroke-width: calc(var(--_track-width) * 0.6);
    }
    .status-no-data .hollow,
    .status-invalid .hollow {
      display: none;
    }
    .mark-icon {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
    .status-invalid .mark {
      border-color: CanvasText;
    }
  }
  @media print {
    .indicator {
      stroke: #000;
    }
    .track {
      stroke: #bbb;
    }
  }
`;

/** The standalone element around the ring. */
export const styles = css`
  :host {
    display: inline-block;
    container-type: normal;
    vertical-align: top;
    max-width: 100%;
  }
  .base {
    display: grid;
    justify-items: center;
    gap: 0.4em;
    padding: 0.25em;
  }
  .base.pending {
    visibility: hidden;
  }
  .label {
    font-weight: 600;
    text-align: center;
    text-wrap: balance;
    max-width: max(var(--civic-ring-size, 7em) * 1.6, 12em);
    overflow-wrap: anywhere;
  }
  .ring {
    max-width: max(var(--civic-ring-size, 7em) * 1.6, 12em);
  }
  .state,
  .notice {
    max-width: 20em;
  }
  /* The ring is sized by its content (no query container): its notice keeps a narrow padding,
     so the date in it stays whole beside a ring on a phone with large text. */
  .notice {
    padding-inline: 0.5em;
  }
  .state-loading {
    min-height: 11em;
    min-width: max(var(--civic-ring-size, 7em), 9em);
  }
`;
