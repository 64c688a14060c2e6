import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { formatPercent } from '../../../feed/format.js';
import { styleProps } from '../../../internal/style-props.js';

/** How a progress bar is named and dated. */
export interface ProgressBarOptions {
  /** The bar's name (aria-label), when `labelledBy` is not given. */
  label?: string;
  /** The id of the element that names the bar (a task's title): aria-labelledby. */
  labelledBy?: string;
  /** The date the figure is as of, formatted: shown beside the figure and read with it. */
  asOf?: string;
}

/**
 * A progress bar (part "progress-bar") with its percentage and, with `asOf`, the date it is as of
 * ("75% as of 27 September 2024": visible, and in the bar's value text for screen readers);
 * "No progress figure" without a value.
 */
export function progressBar(value: number | undefined, lang: string, o: ProgressBarOptions): TemplateResult {
  if (value === undefined) return html`<span class="no-progress">${msg('No progress figure')}</span>`;
  const text = formatPercent(value, lang);
  return html`<span class="progress">
    <span
      class="bar"
      part="progress-bar"
      role="progressbar"
      aria-label=${ifDefined(o.labelledBy ? undefined : o.label)}
      aria-labelledby=${ifDefined(o.labelledBy)}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${Math.round(value)}
      aria-valuetext=${o.asOf ? msg(str`${text} (as of ${o.asOf})`) : text}
      ><span class="fill" ${styleProps({ '--civic-task-progress': `${value}%` })}></span></span
    ><span class="pct" aria-hidden="true">${text}</span
    >${o.asOf ? html`<span class="as-of" part="as-of" aria-hidden="true">${msg(str`as of ${o.asOf}`)}</span>` : nothing}
  </span>`;
}
