/**
 * The embed configurator's snippets: a module script plus the element, or an iframe plus the
 * resize script. Pure functions (no DOM), tested in Node. Every value is escaped for HTML.
 */
export type WidgetName =
  | 'civic-task-list'
  | 'civic-indicator-board'
  | 'civic-progress-ring'
  | 'civic-event-calendar'
  | 'civic-feed-summary';

export interface EmbedChoice {
  widget: WidgetName;
  /** The feed URL as the editor typed it (relative to their site, or absolute). */
  src: string;
  /** Widget attributes (name → value; "" for a boolean attribute that is on). */
  attributes: Record<string, string | undefined>;
  lang?: 'zh-CN' | 'en';
  theme?: 'light' | 'dark' | 'auto';
  /** An accent colour, #rrggbb. */
  accent?: string;
  lazy?: boolean;
  /**
   * Add preload hints before the script: the feed and the code the widget will need, so the
   * browser requests them with the page's HTML (see docs/embedding.md, "Preload hints").
   */
  preload?: boolean;
  /** Text of the fallback link shown when the feed cannot be loaded. */
  fallbackText: string;
  /** Accessible title of the iframe. */
  title: string;
}

export interface Hosting {
  /** Where dist/ is served, ending with a slash, e.g. "https://www.example.gov.cn/civic-widgets/". */
  base: string;
  /** sha384 integrity of civic-widgets.js, from dist/manifest.json, when known. */
  integrity?: string;
  /** The paths of the self-host build's files (manifest.json's files[].path): names the chunks to preload. */
  files?: string[];
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const HEX = /^#[0-9a-f]{6}$/i;

function attributeList(choice: EmbedChoice): [string, string][] {
  const list: [string, string][] = [];
  if (choice.src) list.push(['src', choice.src]);
  for (const [name, value] of Object.entries(choice.attributes)) {
    if (value === undefined || !/^[a-z][a-z-]*$/.test(name)) continue;
    list.push([name, value]);
  }
  if (choice.theme && choice.theme !== 'light') list.push(['theme', choice.theme]);
  if (choice.lazy) list.push(['loading', 'lazy']);
  return list;
}

/** The chunk of civic-widgets.js called `name` (chunks/all-<name>-<hash>.js), from the manifest's paths. */
function bundleChunk(files: string[], name: string): string | undefined {
  return files.find((f) => f.startsWith(`chunks/all-${name}-`) && /^chunks\/all-[\w-]+-[\w-]{8}\.js$/.test(f));
}

/**
 * The preload hints for the module-script form: the feed (`as="fetch"`, `crossorigin` so the
 * widget's request gets the preloaded answer), the static chunk of civic-widgets.js, the feed
 * layer (and the ring's feed code for a ring), the Chinese texts (unless the page is English) and, for a Chinese calendar, the lunar
 * dates. Chunks the manifest does not name are left out (no manifest: the feed's hint alone).
 * None for a lazy widget: it must load nothing before it nears the viewport.
 */
export function preloadHints(choice: EmbedChoice, hosting: Hosting): string[] {
  const lines: string[] = [];
  if (choice.lazy) return lines;
  if (choice.src) lines.push(`<link rel="preload" as="fetch" crossorigin href="${escapeHtml(choice.src)}">`);
  const files = hosting.files ?? [];
  const chinese = choice.lang !== 'en';
  const lunar = chinese && choice.widget === 'civic-event-calendar' && choice.attributes['lunar'] !== 'off';
  // The feed layer's recurrence rules are a chunk of their own in civic-widgets.js (shared with the iCalendar writer).
  const ring = choice.widget === 'civic-progress-ring' ? ['ring-feed'] : [];
  const names = ['civic-widgets', 'feed-layer', 'recurrence-rule', ...ring, ...(chinese ? ['zh-Hans-widgets'] : []), ...(lunar ? ['lunar'] : [])];
  for (const name of names) {
    const file = bundleChunk(files, name);
    if (file) lines.push(`<link rel="modulepreload" href="${escapeHtml(hosting.base + file)}">`);
  }
  return lines;
}

/** The module-script form: one script tag, the element with fallback content, optional CSS. */
export function moduleSnippet(choice: EmbedChoice, hosting: Hosting): string {
  const script = `<script type="module" src="${escapeHtml(hosting.base)}civic-widgets.js"${
    hosting.integrity ? ` integrity="${escapeHtml(hosting.integrity)}" crossorigin="anonymous"` : ''
  }></script>`;
  const attrs = attributeList(choice)
    .map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escapeHtml(v)}"`))
    .join('');
  const fallback = choice.src ? `\n  <a href="${escapeHtml(choice.src)}">${escapeHtml(choice.fallbackText)}</a>\n` : '';
  const hints = choice.preload ? preloadHints(choice, hosting) : [];
  const parts = [...hints, script, `<${choice.widget}${attrs}>${fallback}</${choice.widget}>`];
  if (choice.accent && HEX.test(choice.accent)) {
    parts.push(`<!-- In your site's stylesheet (a strict CSP forbids inline styles): -->`);
    parts.push(`<!-- ${choice.widget} { --civic-color-accent: ${choice.accent}; } -->`);
  }
  return parts.join('\n');
}

/** The iframe URL of dist/embed.html for this choice. */
export function embedUrl(choice: EmbedChoice, hosting: Hosting): string {
  const params = new URLSearchParams({ widget: choice.widget });
  for (const [n, v] of attributeList(choice)) if (n !== 'loading') params.set(n, v);
  if (choice.lang) params.set('lang', choice.lang);
  if (choice.accent && HEX.test(choice.accent)) params.set('accent', choice.accent);
  return `${hosting.base}embed.html?${params}`;
}

/** The iframe form: the resize script once per page, then the iframe (no style attribute). */
export function iframeSnippet(choice: EmbedChoice, hosting: Hosting): string {
  return [
    `<script src="${escapeHtml(hosting.base)}embed-resize.js" defer></script>`,
    `<iframe src="${escapeHtml(embedUrl(choice, hosting))}" title="${escapeHtml(choice.title)}" data-civic-embed width="100%" height="480"${
      choice.lazy ? ' loading="lazy"' : ''
    }></iframe>`,
  ].join('\n');
}
