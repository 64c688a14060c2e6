import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { formatPercent } from '../../../feed/format.js';
import { styleProps } from '../../../internal/style-props.js';

/** A progress bar (part "progress-bar") with its percentage, or "No progress figure" without a value. */
export function progressBar(value: number | undefined, label: string, lang: string): TemplateResult {
  if (value === undefined) return html`<span class="no-progress">${msg('No progress figure')}</span>`;
  const text = formatPercent(value, lang);
  return html`<span class="progress">
    <span
      class="bar"
      part="progress-bar"
      role="progressbar"
      aria-label=${label}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${Math.round(value)}
      aria-valuetext=${text}
      ><span class="fill" ${styleProps({ '--civic-task-progress': `${value}%` })}></span></span
    ><span class="pct" aria-hidden="true">${text}</span>
  </span>`;
}
