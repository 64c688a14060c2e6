/**
 * The package as a front-end developer gets it (issue 16): `npm pack`, the tarball installed into
 * a new project in a temporary folder, then
 * - every export resolves to a file of the tarball; the Node ones (./feed, the schema, the
 *   manifests) load and work in Node; custom-elements.json names only shipped modules;
 * - installing the widgets brings only Lit, @lit/localize and valibot (not the CLI's exceljs);
 *   the civic-feed command still runs;
 * - the Vite + TypeScript app of docs/npm.md (its files as printed there), which imports one widget
 *   and listens to a typed event, type-checks (and a deliberate type error does not), builds,
 *   and renders the Miyun feed in Chromium under the policy docs/embedding.md recommends;
 * - that widget bundled from the npm build, Lit deduped, is no larger than its self-host entry.
 * The scratch app borrows vite and typescript from this checkout's node_modules (symlinks).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measure } from '../../scripts/sizes.mjs';
import { startServer } from './server.mjs';
import { launch, openPage, widgetsSettled } from './support.mjs';
import { policy, snippets } from './snippets.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const WIDGETS = Object.keys(pkg.exports).filter((k) => /^\.\/civic-[a-z-]+$/.test(k)).map((k) => k.slice(2));
/** What installing the widgets may bring: the runtime dependencies and theirs. */
const ALLOWED = ['civic-widgets', 'lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize', '@lit-labs/ssr-dom-shim', '@types/trusted-types', 'valibot'];

let dir; // the scratch project
let app; // the scratch project's installed copy of the package
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const run = (args, cwd = dir) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });

before(() => {
  assert.ok(existsSync(join(ROOT, 'dist/civic-widgets.js')), 'build first: node scripts/build.mjs');
  dir = mkdtempSync(join(tmpdir(), 'civic-widgets-package-'));
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], ROOT));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module', dependencies: { 'civic-widgets': `file:./${packed[0].filename}` } }));
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund'], dir);
  app = join(dir, 'node_modules/civic-widgets');
});
after(() => {
  if (dir && !process.env.KEEP_SCRATCH) rmSync(dir, { recursive: true, force: true });
});

test('installing the widgets brings only Lit, @lit/localize and valibot', () => {
  const lock = JSON.parse(readFileSync(join(dir, 'node_modules/.package-lock.json'), 'utf8'));
  const installed = Object.keys(lock.packages).map((p) => p.replace(/^.*node_modules\//, ''));
  assert.deepEqual(installed.filter((p) => !ALLOWED.includes(p)), [], 'unexpected packages');
  assert.ok(installed.length <= ALLOWED.length, `${installed.length} packages: ${installed.join(', ')}`);
  for (const cliOnly of ['exceljs', 'csv-parse', 'iconv-lite']) assert.ok(!existsSync(join(dir, 'node_modules', cliOnly)), cliOnly);
});

test('every export points at a file in the tarball, and custom-elements.json at shipped modules', () => {
  const shipped = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
  const targets = Object.entries(shipped.exports).flatMap(([key, t]) => (key.includes('*') ? [] : typeof t === 'string' ? [t] : Object.values(t)));
  assert.deepEqual(targets.filter((t) => !existsSync(join(app, t))), [], 'exports pointing at missing files');
  assert.deepEqual(['.', ...WIDGETS.map((w) => `./${w}`)].filter((k) => !shipped.exports[k]), []);
  assert.equal(shipped.exports['./civic-feed-status'], undefined);
  const manifest = JSON.parse(readFileSync(join(app, 'custom-elements.json'), 'utf8'));
  const paths = manifest.modules.map((m) => m.path);
  assert.deepEqual(paths.filter((p) => !existsSync(join(app, p))), [], 'custom-elements.json modules not in the package');
  for (const w of WIDGETS) {
    const mod = manifest.modules.find((m) => m.declarations?.some((d) => d.tagName === w));
    assert.equal(mod?.path, `dist/${w}.js`, w);
  }
});

test('the Node exports load in Node: ./feed validates the Miyun feed; the schema and manifests are JSON', () => {
  writeFileSync(
    join(dir, 'node-check.mjs'),
    `import { validate, toICalendar } from 'civic-widgets/feed';
import schema from 'civic-widgets/feed.schema.json' with { type: 'json' };
import manifest from 'civic-widgets/manifest.json' with { type: 'json' };
import elements from 'civic-widgets/custom-elements.json' with { type: 'json' };
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const r = validate(readFileSync(${JSON.stringify(join(ROOT, 'public/feeds/miyun-2024.json'))}, 'utf8'));
const browser = [${['.', ...WIDGETS].map((w) => JSON.stringify(w === '.' ? 'civic-widgets' : `civic-widgets/${w}`)).join(', ')}, 'civic-widgets/self-host/embed.html']
  .map((s) => fileURLToPath(import.meta.resolve(s)));
console.log(JSON.stringify({ tasks: r.feed.tasks.length, fatal: r.fatal, ics: toICalendar(r.feed).startsWith('BEGIN:VCALENDAR'),
  schema: schema.$schema, files: manifest.files.length, version: manifest.version, modules: elements.modules.length, browser }));`,
  );
  const r = run(['node-check.mjs']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual({ tasks: out.tasks, fatal: out.fatal, ics: out.ics }, { tasks: 22, fatal: false, ics: true });
  assert.match(out.schema, /json-schema\.org/);
  assert.ok(out.files > 10);
  assert.equal(out.version, pkg.version);
  assert.ok(out.modules >= WIDGETS.length);
  // The browser entries resolve to files of the package (loading them needs a DOM).
  for (const file of out.browser) assert.ok(file.startsWith(app) && existsSync(file), file);
});

test('the civic-feed command runs from the installed package without the CLI\'s dependencies', () => {
  const r = run([join(dir, 'node_modules/civic-widgets/bin/civic-feed.js'), 'validate', join(ROOT, 'public/feeds/miyun-2024.json'), '--lang', 'en']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), 'The feed is valid.');
});

/** docs/npm.md's examples: a block with file=… is that file of the app; other TypeScript blocks are checked too. */
const DOCS = snippets('docs/npm.md');
const CSP = policy('docs/embedding.md', 'Content Security Policy');

const TSCONFIG = {
  compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: false, types: [] },
  include: ['src'],
};

const tsc = () => run([join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);

test('a Vite + TypeScript app imports one widget, types its event, builds, and renders the Miyun feed', async () => {
  for (const borrowed of ['vite', 'typescript']) symlinkSync(join(ROOT, 'node_modules', borrowed), join(dir, 'node_modules', borrowed), 'dir');
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG));
  const files = DOCS.filter((d) => d.file);
  assert.deepEqual(files.map((d) => d.file).sort(), ['index.html', 'src/main.ts', 'src/theme.css']);
  for (const d of files) writeFileSync(join(dir, d.file), d.code + '\n');
  for (const d of DOCS.filter((x) => x.lang === 'ts' && !x.file)) writeFileSync(join(dir, `src/docs-${d.line}.ts`), d.code + '\n');
  assert.match(readFileSync(join(dir, 'src/main.ts'), 'utf8'), /from 'civic-widgets\/civic-task-list'|import 'civic-widgets\/civic-task-list'/);

  const ok = tsc();
  assert.equal(ok.status, 0, `tsc --noEmit fails:\n${ok.stdout}${ok.stderr}`);
  // A deliberate type error: the detail's feed is typed, so its task count is no string.
  writeFileSync(join(dir, 'src/bad.ts'), `document.querySelector('civic-task-list')!.addEventListener('civic-feed-load', (e) => { const n: string = e.detail.feed.tasks.length; void n; });\n`);
  const bad = tsc();
  assert.notEqual(bad.status, 0, 'tsc accepts a wrong type for e.detail.feed.tasks.length');
  assert.match(bad.stdout, /bad\.ts.*TS2322/);
  rmSync(join(dir, 'src/bad.ts'));

  const built = run([join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn']);
  assert.equal(built.status, 0, built.stderr);
  const js = readdirSync(join(dir, 'dist/assets')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dir, 'dist/assets', f), 'utf8'));
  assert.equal(js.join('\n').split('litElementVersions').length - 1, 1, 'one copy of Lit in the app');

  const server = await startServer({ root: join(dir, 'dist') });
  // The app's page under the policy docs/embedding.md recommends.
  server.pages['/'] = { body: readFileSync(join(dir, 'dist/index.html')), headers: { 'content-security-policy': CSP } };
  server.pages['/feeds/miyun-2024.json'] = () => ({ body: readFileSync(join(ROOT, 'public/feeds/miyun-2024.json')), headers: { 'content-type': 'application/json' } });
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser, `${server.origin}/`);
    await widgetsSettled(page, ['civic-task-list']);
    assert.equal(await page.$eval('civic-task-list', (el) => el.state), 'ready');
    // The typed listener of src/main.ts ran, and the theme reached the widget.
    await page.waitForFunction(() => document.querySelector('#count').textContent === '22 tasks', null, { timeout: 5000 });
    assert.equal(await page.$eval('civic-task-list', (el) => getComputedStyle(el).getPropertyValue('--civic-color-accent').trim()), '#9e1b1b');
    assert.match(await page.$eval('civic-task-list', (el) => el.shadowRoot.textContent), /高标准农田/);
    assert.deepEqual(errors, []);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    await page.close();
  } finally {
    await browser.close();
    await server.close();
  }
});

test('one widget bundled from the npm build, Lit deduped, is no larger than its self-host entry', async () => {
  const { build } = await import(join(ROOT, 'node_modules/vite/dist/node/index.js'));
  const selfHost = measure();
  for (const w of WIDGETS) {
    const entry = join(dir, `only-${w}.js`);
    writeFileSync(entry, `import 'civic-widgets/${w}';\n`);
    const result = await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      publicDir: false,
      build: {
        write: false,
        target: 'es2021',
        minify: true,
        lib: { entry, formats: ['es'], fileName: w },
        // As in an app build: nobody imports the entry's exports, so the bundler may merge the
        // modules it shares with the parts loaded on demand into it (a library build may not).
        rollupOptions: { preserveEntrySignatures: false, output: { minify: true, comments: false } },
      },
    });
    const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
    const byName = new Map(chunks.map((c) => [c.fileName, c]));
    // The entry and what it imports statically (the parts loaded on demand are not counted, as in scripts/sizes.mjs).
    const seen = new Set();
    const visit = (name) => {
      if (seen.has(name) || !byName.has(name)) return;
      seen.add(name);
      byName.get(name).imports.forEach(visit);
    };
    chunks.filter((c) => c.isEntry).forEach((c) => visit(c.fileName));
    const gzip = [...seen].reduce((n, name) => n + gzipSync(byName.get(name).code, { level: 9 }).length, 0);
    const code = [...seen].map((name) => byName.get(name).code).join('\n');
    assert.equal(code.split('litElementVersions').length - 1, 1, `${w}: one copy of Lit`);
    const own = selfHost.find((r) => r.entry === `${w}.js`);
    assert.ok(own, `${w}.js in the self-host build`);
    assert.ok(gzip <= own.gzip, `${w}: ${(gzip / 1024).toFixed(1)} KB gzip from the npm build, ${(own.gzip / 1024).toFixed(1)} KB self-hosted`);
  }
});
