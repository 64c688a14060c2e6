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

/** The module-script form: one script tag, the element with fallback content, optional CSS. */
export function moduleSnippet(choice: EmbedChoice, hosting: Hosting): string {
  const script = `<script type="module" src="${escapeHtml(hosting.base)}civic-widgets.js"${
    hosting.integrity ? ` integrity="${escapeHtml(hosting.integrity)}" crossorigin="anonymous"` : ''
  }></script>`;
  const attrs = attributeList(choice)
    .map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escapeHtml(v)}"`))
    .join('');
  const fallback = choice.src ? `\n  <a href="${escapeHtml(choice.src)}">${escapeHtml(choice.fallbackText)}</a>\n` : '';
  const parts = [script, `<${choice.widget}${attrs}>${fallback}</${choice.widget}>`];
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
