/**
 * The dark colour set, written once and applied twice (theme="dark", and theme="auto" when
 * the system is dark). Its own module because it is built with unsafeCSS from a constant,
 * which the template minifier leaves alone; tokens.ts stays minifiable.
 */
import { unsafeCSS } from 'lit';

const darkVars = `
  --civic-color-text: #e8eaed;
  --civic-color-muted: #b4bac1;
  --civic-color-surface: #16191d;
  --civic-color-surface-alt: #22262b;
  --civic-color-border: #7d868f;
  --civic-color-accent: #8cc4ff;
  --civic-color-focus: #8cc4ff;
  --civic-color-danger: #ff9b8f;
  --civic-status-completed: #7ee2a0;
  --civic-status-in-progress: #8cc4ff;
  --civic-status-delayed: #ff9b8f;
  --civic-status-not-started: #c2c8cf;
  --civic-sample-bg: #4d3a00;
  --civic-sample-text: #ffe7a3;
  --civic-notice-bg: #2b2f35;
  color-scheme: dark;
`;

/** The dark set: forced by theme="dark", or following the system with theme="auto". */
export const darkStyles = unsafeCSS(
  `:host([theme='dark']) {${darkVars}} @media (prefers-color-scheme: dark) { :host([theme='auto']) {${darkVars}} }`,
);

