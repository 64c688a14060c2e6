/**
 * The iframe embed page (dist/embed.html): renders one widget from its query parameters and
 * tells the parent page its height with postMessage ({ type: 'civic-widgets:height', height }).
 * Feeds load only from this page's own origin, or from origins listed in embed-config.json
 * beside it ({ "allowedFeedOrigins": ["https://data.example.org"] }).
 */
import { msg } from '@lit/localize';
import '../index.js';
// This page always shows a feed: the feed layer comes with the page's own code (its file is
// preloaded by embed.html's modulepreload lines) instead of being asked for afterwards.
import '../internal/feed-layer.js';
import { addPageTexts, resolveLocale, setLocale } from '../internal/locale.js';
import { requestFeedText, type FeedTextRequest } from '../feed/share.js';
import { planEmbed, type EmbedConfig, type EmbedPlan } from './embed-options.js';

// This page's own Chinese texts, loaded with the widgets'.
addPageTexts(() => import('../generated/locales/zh-Hans-pages.js'));

function refusedText(reason: Extract<EmbedPlan, { ok: false }>['reason']): string {
  switch (reason) {
    case 'no-widget':
      return msg('No widget was chosen for this embed.');
    case 'unknown-widget':
      return msg('This widget does not exist.');
    case 'origin':
      return msg('This data source is not allowed on this site.');
    default:
      return msg('The data address is not valid.');
  }
}

async function readConfig(): Promise<EmbedConfig> {
  try {
    const res = await fetch(new URL('embed-config.json', location.href), { credentials: 'omit' });
    if (!res.ok) return {};
    const data = (await res.json()) as EmbedConfig;
    return Array.isArray(data.allowedFeedOrigins) ? { allowedFeedOrigins: data.allowedFeedOrigins.filter((o) => typeof o === 'string') } : {};
  } catch {
    return {};
  }
}

function reportHeight(): void {
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height is no secret: any embedding page may know it.
    window.parent?.postMessage({ type: 'civic-widgets:height', height }, '*');
  };
  new ResizeObserver(send).observe(document.documentElement);
  send();
}

/**
 * A feed on this page's own origin is always allowed: its request starts at once, side by side
 * with embed-config.json (which only decides about other origins), and the widget joins it.
 */
function startOwnOriginFeed(): FeedTextRequest | undefined {
  const own = planEmbed(location.search, location.href);
  return own.ok && own.src ? requestFeedText(own.src) : undefined;
}

async function main(): Promise<void> {
  const host = document.getElementById('widget')!;
  const early = startOwnOriginFeed();
  const config = await readConfig();
  const plan = planEmbed(location.search, location.href, config);
  const lang = plan.ok && plan.lang ? plan.lang : new URLSearchParams(location.search).get('lang');
  if (lang && /^[A-Za-z-]{2,20}$/.test(lang)) document.documentElement.lang = lang;
  if (!plan.ok) {
    await setLocale(resolveLocale(document.documentElement.lang) ?? 'zh-Hans').catch(() => undefined);
    const p = document.createElement('p');
    p.className = 'embed-refused';
    p.setAttribute('role', 'alert');
    p.textContent = refusedText(plan.reason);
    host.append(p);
    console.error(`[civic-widgets] embed refused: ${plan.reason}${plan.detail ? ' (' + plan.detail + ')' : ''}`);
  } else {
    const el = document.createElement(plan.widget);
    for (const [name, value] of plan.attributes) el.setAttribute(name, value);
    if (plan.src) el.setAttribute('src', plan.src);
    if (plan.accent) el.style.setProperty('--civic-color-accent', plan.accent);
    host.append(el);
  }
  // The widget holds the request now (or nobody needs it: then it stops).
  early?.release();
  reportHeight();
}

void main();
