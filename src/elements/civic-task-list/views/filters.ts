/**
 * The filter bar (status chips with counts, section select, search, "Showing n of m") and the
 * message shown when nothing matches. The views change the filters only through `update`, which
 * the element gives them: it applies a change to the current filters and fires the event.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../../feed/format.js';
import { toggleStatus, type TaskFilter, type TaskModel } from '../task-model.js';
import { ICONS } from '../icons.js';
import { statusLabel } from './task-parts.js';
import { sectionTitle } from './section.js';

/** Applies `change` to the resident's current filters. */
export type FilterUpdate = (change: (current: TaskFilter) => TaskFilter) => void;

/** The filter bar for `filter`, of which `matching` tasks pass. */
export function filtersView(model: TaskModel, filter: TaskFilter, matching: number, lang: string, update: FilterUpdate): TemplateResult {
  const facet = model.facetCounts(filter);
  const pressed = new Set(filter.statuses);
  const groups = model.groupOrder;
  const onSection = (e: Event) => {
    const value = (e.currentTarget as HTMLSelectElement).value;
    update((f) => ({ ...f, sections: value ? [value] : [] }));
  };
  const onSearch = (e: Event) => {
    const query = (e.currentTarget as HTMLInputElement).value;
    update((f) => ({ ...f, query }));
  };
  return html`<div class="filters" part="filters">
    <div class="chips" role="group" aria-label=${msg('Filter by status')}>
      ${model.statuses().map(
        (s) => html`<button
          type="button"
          class="chip status-${s}"
          part="chip"
          data-status=${s}
          aria-pressed=${pressed.has(s) ? 'true' : 'false'}
          @click=${() => update((f) => toggleStatus(f, s))}
        >
          ${ICONS[s]}<span class="chip-label">${statusLabel(s)}</span><span class="chip-count">${formatNumber(facet[s], lang)}</span>
        </button>`,
      )}
    </div>
    <div class="fields">
      ${groups.length > 1
        ? html`<label class="field">
            <span class="field-label">${msg('Section')}</span>
            <select @change=${onSection} .value=${filter.sections[0] ?? ''}>
              <option value="" ?selected=${!filter.sections.length}>${msg('All sections')}</option>
              ${groups.map((id) => {
                const title = sectionTitle(model.feed, id, lang, true);
                return html`<option value=${id} lang=${ifDefined(title.lang)} ?selected=${filter.sections[0] === id}>${title.value}</option>`;
              })}
            </select>
          </label>`
        : nothing}
      <label class="field field-search">
        <span class="field-label">${msg('Search tasks')}</span>
        <input type="search" part="search" autocomplete="off" .value=${filter.query} @input=${onSearch} />
      </label>
    </div>
    <p class="result-count" role="status">
      ${msg(str`Showing ${formatNumber(matching, lang)} of ${formatNumber(model.tasks.length, lang)} tasks`)}
    </p>
  </div>`;
}

/** When no task passes the filters: says so, with a "Clear filters" button. */
export function noResultsView(onClear: () => void): TemplateResult {
  return html`<div class="no-results" part="no-results">
    <p>${msg('No tasks match these filters.')}</p>
    <button type="button" class="clear" part="clear-filters" @click=${onClear}>${msg('Clear filters')}</button>
  </div>`;
}
