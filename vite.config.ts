import { defineConfig, type UserConfig } from 'vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifyTemplates } from './scripts/minify-templates.ts';
import { shortMessageIds } from './scripts/short-message-ids.ts';
import { inlineRolldownRuntime } from './scripts/inline-runtime.ts';
import { codeSplittingGroups, isOnDemand, SELF_HOST } from './scripts/chunks.mjs';

const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
/** The npm build leaves the package's dependencies (Lit, @lit/localize, valibot) to the app. */
const DEPENDENCY = new RegExp(`^(${Object.keys(pkg.dependencies).map((d) => d.replace(/[/]/g, '\\/')).join('|')})(/|$)`);
const WIDGETS = ['civic-feed-summary', 'civic-task-list', 'civic-progress-ring', 'civic-indicator-board', 'civic-event-calendar'];
const element = (name: string) => resolve(root, `src/elements/${name}/${name}.ts`);

/**
 * The builds from one config (scripts/build.mjs runs them in order):
 * - default: the demo site (index.html portal page, tourism.html) into dist/demo/;
 * - `--mode npm`: the npm build into dist/: one ES module per source module, with bare imports of
 *   the dependencies (so an app has one Lit), entries dist/civic-widgets.js, dist/<widget>.js and
 *   dist/feed.js; the app's bundler minifies and splits it.
 * The self-host build, for editors who copy files to their server, into dist/self-host/:
 * - `--mode lib`: one entry per widget, everything bundled, sharing chunks so a page with three
 *   widgets loads Lit once;
 * - `--mode bundle`: civic-widgets.js, all widgets in one module file;
 * - `--mode classic`: civic-widgets.classic.js, one IIFE file for CMSs without modules;
 * - `--mode pages`: embed.html, the configurator and public/.
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
        outDir: SELF_HOST,
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
    // The iframe embed page and the embed configurator, beside the widgets.
    return {
      publicDir: 'public',
      plugins,
      // Relative URLs: dist/ may be served from any folder of the portal.
      base: './',
      build: {
        outDir: SELF_HOST,
        emptyOutDir: false,
        target: 'es2021',
        assetsDir: 'embed-assets',
        rollupOptions: { input: { embed: resolve(root, 'embed.html'), configurator: resolve(root, 'configurator.html'), publish: resolve(root, 'publish.html') } },
      },
    };
  }
  if (mode === 'npm') {
    return {
      publicDir: false,
      plugins,
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2021',
        sourcemap: true,
        // Readable code: the app's bundler minifies (the templates are already minified).
        minify: false,
        lib: {
          formats: ['es'],
          entry: {
            'civic-widgets': resolve(root, 'src/index.ts'),
            feed: resolve(root, 'src/feed/index.ts'),
            ...Object.fromEntries(WIDGETS.map((w) => [w, element(w)])),
          },
        },
        rollupOptions: {
          external: (id: string) => DEPENDENCY.test(id),
          // One file per module, at its place under src/ (an entry at its entry name): the app's
          // bundler takes only the modules it imports, and splits them its own way.
          output: { preserveModules: true, preserveModulesRoot: resolve(root, 'src'), entryFileNames: '[name].js' },
        },
      },
    };
  }
  /** An ES library build into the self-host folder (sharing it with the other builds). */
  const esLibrary = (entry: Record<string, string>, output: Record<string, unknown>): UserConfig => ({
    publicDir: false,
    // Rolldown's runtime helpers inside the chunks that use them, not one more file to wait for.
    plugins: [...plugins, inlineRolldownRuntime()],
    build: {
      outDir: SELF_HOST,
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
        codeSplitting: { groups: [{ name: 'civic-widgets', test: (id: string) => !isOnDemand(id) }] },
      },
    );
  }
  if (mode === 'lib') {
    return esLibrary(
      Object.fromEntries(WIDGETS.map((w) => [w, element(w)])),
      {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Three shared files instead of many small ones (fewer requests, better compression):
        // core (every widget), feed-ui (every feed-driven widget), ring (ring, board, task list).
        // Which module goes where: scripts/chunks.mjs.
        codeSplitting: { groups: codeSplittingGroups() },
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
          // The demo links to the editors' and the publishers' pages, so the built demo has its own copies.
          configurator: resolve(root, 'configurator.html'),
          publish: resolve(root, 'publish.html'),
        },
      },
    },
  };
});
