/**
 * What the configurator's form means: the widgets it offers, their names, and the embed choice
 * (widget, feed, attributes, theme …) that both the snippet and the live preview are made from.
 */
import { msg } from '@lit/localize';
import type { EmbedChoice, Hosting, WidgetName } from './snippet.js';

export const WIDGETS: WidgetName[] = ['civic-task-list', 'civic-indicator-board', 'civic-progress-ring', 'civic-event-calendar', 'civic-feed-summary'];

/** A widget's name for web editors. */
export function widgetName(w: WidgetName): string {
  switch (w) {
    case 'civic-task-list':
      return msg('Task list');
    case 'civic-indicator-board':
      return msg('Indicator board');
    case 'civic-progress-ring':
      return msg('Progress ring (one indicator)');
    case 'civic-event-calendar':
      return msg('Event calendar');
    default:
      return msg('Feed summary');
  }
}

/**
 * Each widget's heading level when `heading-level` is not set (its `defaultHeadingLevel`); the
 * ring has no headings, so no `heading-level` choice.
 */
export const DEFAULT_HEADING_LEVEL: Partial<Record<WidgetName, number>> = {
  'civic-task-list': 3,
  'civic-indicator-board': 2,
  'civic-event-calendar': 2,
  'civic-feed-summary': 2,
};

/** A `heading-level` choice: "2" to "6", else undefined (the widget's default). */
export function headingLevelChoice(widget: WidgetName, value: string | undefined): string | undefined {
  if (DEFAULT_HEADING_LEVEL[widget] === undefined) return undefined;
  return value && /^[2-6]$/.test(value.trim()) ? value.trim() : undefined;
}

/** A `stale-after` choice: a whole number of days (0–36500), else undefined (the default, 90). */
export function staleAfterChoice(value: string | undefined): string | undefined {
  const v = value?.trim() ?? '';
  return /^\d{1,5}$/.test(v) && Number(v) <= 36500 ? String(Number(v)) : undefined;
}

/**
 * The embed choice for a widget, its feed address and the form's options (name → value; an
 * empty value is unset). Only the options the widget has become attributes.
 */
export function embedChoice(widget: WidgetName, src: string, o: Record<string, string>): EmbedChoice {
  const attributes: Record<string, string | undefined> = {};
  const set = (name: string, on = o[name]) => {
    if (on) attributes[name] = on;
  };
  switch (widget) {
    case 'civic-task-list':
      set('section');
      set('status');
      set('limit');
      if (o.compact) attributes.compact = '';
      if (o['hide-filters']) attributes['hide-filters'] = '';
      break;
    case 'civic-indicator-board':
      set('section');
      set('sort');
      break;
    case 'civic-progress-ring':
      set('indicator');
      break;
    case 'civic-event-calendar':
      set('view');
      set('category');
      if (o.lunar === 'off') attributes.lunar = 'off';
      break;
  }
  const level = headingLevelChoice(widget, o['heading-level']);
  if (level) attributes['heading-level'] = level;
  const staleAfter = staleAfterChoice(o['stale-after']);
  if (staleAfter) attributes['stale-after'] = staleAfter;
  return {
    widget,
    src: src.trim(),
    attributes,
    lang: (o.lang || undefined) as EmbedChoice['lang'],
    theme: (o.theme || 'light') as EmbedChoice['theme'],
    accent: o.accent || undefined,
    lazy: !!o.lazy,
    preload: !!o.preload,
    fallbackText: msg('View the data'),
    title: widgetName(widget),
  };
}

/**
 * What the configurator takes from the self-host build's manifest.json (beside configurator.html):
 * civic-widgets.js's integrity and the paths of all files (they name the chunks to preload).
 * Anything else, or a malformed manifest, gives nothing: the snippet then does without.
 */
export function fromManifest(manifest: unknown): Omit<Hosting, 'base'> {
  const list = (manifest as { files?: unknown } | null | undefined)?.files;
  if (!Array.isArray(list)) return {};
  const entries = list.filter((f): f is { path: string; integrity?: unknown } => typeof (f as { path?: unknown } | null)?.path === 'string');
  const integrity = entries.find((f) => f.path === 'civic-widgets.js')?.integrity;
  return { integrity: typeof integrity === 'string' ? integrity : undefined, files: entries.map((f) => f.path) };
}
