import { defineConfig, type UserConfig } from 'vite';
import { resolve } from 'node:path';
import { minifyTemplates } from './scripts/minify-templates.ts';
import { shortMessageIds } from './scripts/short-message-ids.ts';

const root = import.meta.dirname;
/** What every widget loads: Lit, localization, tokens, number and date formatting. */
const CORE =
  /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/](reactive-element|localize))[\\/]|[\\/]src[\\/](internal[\\/](define|locale|message-ids|tokens|dark-theme|style-props)|feed[\\/](format|dates)|generated[\\/]locale-codes)\.ts$/;
/** Modules that only code loaded on demand imports (a guess only decides which file code lands in). */
const ON_DEMAND = /[\\/](task-details|validate|fast-parse|schema|messages|load|cache|limits|feed-layer|ring-feed|lunar|ical|zh-Hans(-widgets|-pages)?)\.ts$|[\\/]valibot[\\/]/;

/**
 * The builds from one config:
 * - default: the demo site (index.html portal page, tourism.html) into dist/demo/;
 * - `--mode lib`: the self-hosted library bundles into dist/ (one entry per widget, sharing
 *   chunks so a page with three widgets loads Lit once);
 * - `--mode bundle`: dist/civic-widgets.js, all widgets in one module file;
 * - `--mode feed`: dist/feed.js, the data layer alone (no Lit, loads in Node);
 * - `--mode classic`: dist/civic-widgets.classic.js, one IIFE file for CMSs without modules.
 */
/** No comments in the built files (as before this option: tree-shaking hints have done their work). */
const OUTPUT_COMMENTS = false;

export default defineConfig(({ mode }): UserConfig => {
  const plugins = [minifyTemplates(), shortMessageIds()];
  if (mode === 'classic') {
    return {
      publicDir: false,
      plugins,
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2019',
        minify: true,
        rollupOptions: { output: { comments: OUTPUT_COMMENTS } },
        lib: {
          formats: ['iife'],
          entry: resolve(root, 'src/classic.ts'),
          name: 'civicWidgetsClassic',
          fileName: () => 'civic-widgets.classic.js',
        },
      },
    };
  }
  if (mode === 'pages') {
    // The iframe embed page and the embed configurator, at the root of dist/.
    return {
      publicDir: 'public',
      plugins,
      // Relative URLs: dist/ may be served from any folder of the portal.
      base: './',
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2021',
        assetsDir: 'embed-assets',
        rollupOptions: { input: { embed: resolve(root, 'embed.html'), configurator: resolve(root, 'configurator.html'), publish: resolve(root, 'publish.html') } },
      },
    };
  }
  /** An ES library build into dist/ (sharing dist/ with the other builds). */
  const esLibrary = (entry: Record<string, string>, output: Record<string, unknown>): UserConfig => ({
    publicDir: false,
    plugins,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2021',
      sourcemap: true,
      minify: true,
      lib: { formats: ['es'], entry },
      rollupOptions: {
        // Vite leaves whitespace in ES library builds; every byte lands on a government page.
        output: { minify: true, comments: OUTPUT_COMMENTS, entryFileNames: '[name].js', ...output },
      },
    },
  });
  if (mode === 'bundle') {
    // civic-widgets.js, built on its own: every widget in one file of code (one request, better
    // compression than a dozen shared chunks); only the on-demand parts (the feed layer, lunar
    // dates, iCalendar, the zh-Hans texts) are split off.
    return esLibrary(
      { 'civic-widgets': resolve(root, 'src/index.ts') },
      {
        chunkFileNames: 'chunks/all-[name]-[hash].js',
        codeSplitting: { groups: [{ name: 'civic-widgets', test: (id: string) => !ON_DEMAND.test(id) }] },
      },
    );
  }
  if (mode === 'feed') {
    // dist/feed.js, the data layer for tools and Node (package export "civic-widgets/feed"):
    // one file of its own, so it never shares a chunk with Lit (which needs a DOM to load).
    return esLibrary({ feed: resolve(root, 'src/feed/index.ts') }, { codeSplitting: false });
  }
  if (mode === 'lib') {
    const element = (name: string) => resolve(root, `src/elements/${name}/${name}.ts`);
    return esLibrary(
      {
        'civic-feed-summary': element('civic-feed-summary'),
        'civic-task-list': element('civic-task-list'),
        'civic-progress-ring': element('civic-progress-ring'),
        'civic-indicator-board': element('civic-indicator-board'),
        'civic-event-calendar': element('civic-event-calendar'),
      },
      {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Three shared files instead of many small ones (fewer requests, better compression):
        // core (every widget), feed-ui (every feed-driven widget), ring (ring, board, task list).
        codeSplitting: {
          groups: [
            // Lit's directives stay with the widgets that use them, except the tiny ifDefined.
            { name: 'core', test: (id: string) => CORE.test(id) && (!/[\\/]directives[\\/]/.test(id) || /if-defined/.test(id)), priority: 3 },
            { name: 'feed-ui', test: /[\\/]src[\\/](internal[\\/](feed-controller|state-views|feed-text)|feed[\\/](text|urls|errors))\.ts$/, priority: 2 },
            { name: 'ring', test: /[\\/]src[\\/](elements[\\/]civic-progress-ring[\\/](ring-view|civic-progress-ring\.styles)|feed[\\/]indicators)\.ts$/, priority: 1 },
          ],
        },
      },
    );
  }
  return {
    publicDir: 'public',
    plugins,
    base: './',
    build: {
      outDir: 'dist/demo',
      emptyOutDir: true,
      target: 'es2021',
      rollupOptions: {
        input: {
          index: resolve(root, 'index.html'),
          tourism: resolve(root, 'tourism.html'),
        },
      },
    },
  };
});
