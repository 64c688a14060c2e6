/**
 * Shared design tokens and base styles. Every size is in em, so widgets scale with the host
 * page's text. Colours are CSS custom properties (documented in each element's JSDoc and the
 * README); `theme="dark"` or `theme="auto"` (follows the OS) switch to the dark set.
 */
import { css } from 'lit';
import { darkStyles } from './dark-theme.js';

const lightStyles = css`
  :host {
    --civic-color-text: #1f2328;
    --civic-color-muted: #59636e;
    --civic-color-surface: #ffffff;
    --civic-color-surface-alt: #f3f5f7;
    --civic-color-border: #8c959f;
    --civic-color-accent: #0b5cad;
    --civic-color-focus: #0b5cad;
    --civic-color-danger: #b42318;
    --civic-status-completed: #1a7f37;
    --civic-status-in-progress: #0b5cad;
    --civic-status-delayed: #b42318;
    --civic-status-not-started: #59636e;
    --civic-sample-bg: #fff4ce;
    --civic-sample-text: #5c3c00;
    --civic-notice-bg: #f3f5f7;
    --civic-radius: 0.375em;
    --civic-space: 1em;

    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    min-width: 0;
    color: var(--civic-color-text);
    background: var(--civic-color-surface);
    font-family: var(--civic-font-family, inherit);
    line-height: 1.5;
    text-align: start;
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  /* A host page's global CSS (say * { line-height: 3 }) reaches the host element itself and
     would be inherited: the widget's own top-level elements set it back. */
  :host > * {
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 0.15em solid var(--civic-color-focus);
    outline-offset: 0.15em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  a {
    color: var(--civic-color-accent);
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
  }
`;

export const baseStyles = [lightStyles, darkStyles];
