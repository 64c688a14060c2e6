/**
 * Reads the iframe embed's query parameters into a safe widget description. Pure: no DOM.
 *   ?widget=civic-task-list&src=/feeds/plan.json&status=delayed&lang=en
 * Only known widgets; only attribute names made of lowercase letters and dashes, never event
 * handlers, style, slot or id; `src` is resolved and checked against the allowed origins.
 */
export const EMBEDDABLE = [
  'civic-feed-summary',
  'civic-task-list',
  'civic-progress-ring',
  'civic-indicator-board',
  'civic-event-calendar',
] as const;

const BLOCKED = /^(on|style$|slot$|id$|is$|src$|widget$|lang$|class$|accent$)/;

export interface EmbedConfig {
  /** Origins (scheme://host[:port]) besides the page's own whose feeds may be shown. */
  allowedFeedOrigins?: string[];
}

export type EmbedPlan =
  | { ok: true; widget: string; src?: string; lang?: string; accent?: string; attributes: [string, string][] }
  | { ok: false; reason: 'no-widget' | 'unknown-widget' | 'origin' | 'bad-src'; detail?: string };

export function planEmbed(search: string, pageUrl: string, config: EmbedConfig = {}): EmbedPlan {
  const params = new URLSearchParams(search);
  const widget = params.get('widget') ?? '';
  if (!widget) return { ok: false, reason: 'no-widget' };
  if (!(EMBEDDABLE as readonly string[]).includes(widget)) return { ok: false, reason: 'unknown-widget', detail: widget };
  let src: string | undefined;
  const rawSrc = params.get('src');
  if (rawSrc) {
    let url: URL;
    try {
      url = new URL(rawSrc, pageUrl);
    } catch {
      return { ok: false, reason: 'bad-src', detail: rawSrc };
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'bad-src', detail: rawSrc };
    const own = new URL(pageUrl).origin;
    const allowed = new Set([own, ...(config.allowedFeedOrigins ?? []).map((o) => safeOrigin(o))]);
    if (!allowed.has(url.origin)) return { ok: false, reason: 'origin', detail: url.origin };
    src = url.href;
  }
  const attributes: [string, string][] = [];
  for (const [name, value] of params) {
    if (!/^[a-z][a-z-]{0,39}$/.test(name) || BLOCKED.test(name)) continue;
    attributes.push([name, value.slice(0, 500)]);
  }
  const lang = params.get('lang') ?? undefined;
  const accent = params.get('accent') ?? undefined;
  return {
    ok: true,
    widget,
    src,
    lang: lang && /^[A-Za-z-]{2,20}$/.test(lang) ? lang : undefined,
    accent: accent && /^#[0-9a-fA-F]{6}$/.test(accent) ? accent : undefined,
    attributes,
  };
}

function safeOrigin(o: string): string {
  try {
    return new URL(o).origin;
  } catch {
    return '';
  }
}
