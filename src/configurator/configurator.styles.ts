/** The configurator page's styles (the shared tokens come first, in configurator-app.ts). */
import { css } from 'lit';

export const styles = css`
  :host {
    background: transparent;
    max-width: 72em;
    margin: 0 auto;
    padding: 1em;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5em;
  }
  h1 {
    font-size: 1.5em;
    margin: 0 0 0.5em;
    overflow-wrap: anywhere;
  }
  .layout {
    display: grid;
    gap: 1em;
  }
  @container (min-width: 60em) {
    .layout {
      grid-template-columns: minmax(20em, 1fr) 1.4fr;
    }
  }
  fieldset {
    margin: 0 0 1em;
    padding: 0.75em 1em 1em;
    border: 1px solid var(--civic-color-border);
    border-radius: var(--civic-radius);
    background: var(--civic-color-surface);
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 0.25em;
  }
  label {
    display: block;
    margin: 0.5em 0 0.2em;
  }
  .check label {
    display: inline;
    margin: 0 0 0 0.3em;
  }
  .check {
    margin: 0.5em 0;
  }
  /* Check boxes and radio buttons: 1.5em, a target of at least 24 px at the default text size. */
  .check input,
  .form-radios input,
  input[type='color'] {
    /* A form control does not inherit the text size: without this, 1.5em is of the browser's 13 px. */
    font-size: inherit;
  }
  .check input,
  .form-radios input {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    vertical-align: -0.35em;
  }
  @container (min-width: 30em) {
    .check .hint {
      margin-inline-start: 1.8em;
    }
  }
  input[type='text'],
  input[type='url'],
  input[type='number'],
  select {
    font: inherit;
    width: 100%;
    padding: 0.35em 0.5em;
    border: 1px solid var(--civic-color-border);
    border-radius: var(--civic-radius);
    background: var(--civic-color-surface);
    color: inherit;
  }
  input[type='color'] {
    inline-size: 3em;
    block-size: 2em;
  }
  button {
    padding: 0.4em 1em;
    border: 1px solid var(--civic-color-accent);
    border-radius: var(--civic-radius);
    background: var(--civic-color-accent);
    color: #fff;
  }
  button.secondary {
    background: var(--civic-color-surface);
    color: var(--civic-color-accent);
  }
  .row {
    display: flex;
    gap: 0.5em;
    align-items: end;
  }
  .row > :first-child {
    flex: 1;
  }
  .check-result {
    margin: 0.5em 0 0;
    font-size: 0.95em;
  }
  .check-result.error {
    color: var(--civic-color-danger);
  }
  .check-age {
    margin: 0.4em 0 0;
  }
  .check-result ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.2em;
    max-height: 12em;
    overflow: auto;
  }
  .preview {
    padding: 1em;
    border: 1px dashed var(--civic-color-border);
    border-radius: var(--civic-radius);
    background: var(--civic-color-surface);
    min-height: 10em;
    /* The widget at its real size: on a narrow screen with large text it scrolls in here, not the page. */
    overflow-x: auto;
  }
  textarea {
    font: 0.85em/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    width: 100%;
    min-height: 10em;
    padding: 0.5em;
    border: 1px solid var(--civic-color-border);
    border-radius: var(--civic-radius);
    background: var(--civic-color-surface-alt);
    color: inherit;
  }
  .form-radios label {
    display: inline;
    margin: 0;
  }
  .form-radios {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    border: 0;
    padding: 0;
    margin: 0.5em 0;
  }
  .copied {
    min-height: 1.5em;
    margin: 0.3em 0 0;
  }
  .hint {
    color: var(--civic-color-muted);
    font-size: 0.9em;
    margin: 0.3em 0 0;
  }
`;
