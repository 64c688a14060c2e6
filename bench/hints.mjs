/**
 * The preload hints a page of the self-host build can carry (what the configurator's snippet
 * offers editors, src/configurator/snippet.ts), for the benchmark's pages with hints: a
 * modulepreload for each chunk the entries import statically, for the feed layer, the widgets'
 * Chinese texts and (for a calendar) the lunar dates, and a preload of the feed. Reads the
 * built files (the entries' static imports), so it fits any build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The chunks a built module imports statically, transitively (paths under the self-host root). */
function staticImports(root, file, seen = new Set()) {
  const code = readFileSync(join(root, file), 'utf8');
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
    const path = new URL(m[1], `http://x/${dir}`).pathname.slice(1);
    if (seen.has(path)) continue;
    seen.add(path);
    staticImports(root, path, seen);
  }
  return seen;
}

/** `<link>` lines for a page that loads `entries` (widget names) from the self-host root. */
export function hintsFor(root, entries, { feed, lunar = false, chinese = true } = {}) {
  const chunks = readdirSync(join(root, 'chunks')).filter((f) => f.endsWith('.js') && !f.startsWith('all-'));
  const named = (prefix) => chunks.filter((f) => f.startsWith(prefix + '-') && /^[\w-]+-[\w-]{8}\.js$/.test(f)).map((f) => `chunks/${f}`);
  // The standalone ring loads its feed code (ring-feed) on demand too, when it has a src.
  const ring = entries.includes('civic-progress-ring') ? named('ring-feed') : [];
  const onDemand = [...named('feed-layer'), ...ring, ...(chinese ? named('zh-Hans-widgets') : []), ...(lunar ? named('lunar') : [])];
  const files = new Set();
  for (const file of [...entries.map((e) => `${e}.js`), ...onDemand]) {
    if (!entries.includes(file.replace(/\.js$/, ''))) files.add(file);
    for (const dep of staticImports(root, file)) files.add(dep);
  }
  const links = [...files].map((f) => `<link rel="modulepreload" href="/${f}">`);
  if (feed) links.unshift(`<link rel="preload" as="fetch" crossorigin="anonymous" href="${feed}">`);
  return links.join('');
}
