/**
 * Headings whose level the page decides (the `heading-level` attribute of every feed widget).
 * A widget's top headings are at `heading-level`; its lower ones follow (+1, +2). Levels past 6
 * stay h6 (HTML has no h7).
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Attributes a heading may carry (all optional). */
export interface HeadingAttrs {
  id?: string;
  class?: string;
  part?: string;
  lang?: string;
  tabindex?: number;
}

/** A level from an attribute: a whole number from 2 to 6, else `fallback`. */
export function headingLevelOf(value: unknown, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 2 && n <= 6 ? n : fallback;
}

/** `<hN>` for level N (clamped to 2–6), with `content` and the attributes given. */
export function heading(level: number, content: unknown, a: HeadingAttrs = {}): TemplateResult {
  switch (Math.min(6, Math.max(2, Math.round(level)))) {
    case 2:
      return html`<h2 id=${ifDefined(a.id)} class=${ifDefined(a.class)} part=${ifDefined(a.part)} lang=${ifDefined(a.lang)} tabindex=${ifDefined(a.tabindex)}>${content}</h2>`;
    case 3:
      return html`<h3 id=${ifDefined(a.id)} class=${ifDefined(a.class)} part=${ifDefined(a.part)} lang=${ifDefined(a.lang)} tabindex=${ifDefined(a.tabindex)}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(a.id)} class=${ifDefined(a.class)} part=${ifDefined(a.part)} lang=${ifDefined(a.lang)} tabindex=${ifDefined(a.tabindex)}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(a.id)} class=${ifDefined(a.class)} part=${ifDefined(a.part)} lang=${ifDefined(a.lang)} tabindex=${ifDefined(a.tabindex)}>${content}</h5>`;
    default:
      return html`<h6 id=${ifDefined(a.id)} class=${ifDefined(a.class)} part=${ifDefined(a.part)} lang=${ifDefined(a.lang)} tabindex=${ifDefined(a.tabindex)}>${content}</h6>`;
  }
}
