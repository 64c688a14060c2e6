#!/usr/bin/env node
/**
 * Splits the zh-Hans texts that `lit-localize build` writes (src/generated/locales/zh-Hans.ts,
 * every text of src/) in two, so that a page with widgets does not download the texts of the
 * library's own tool pages:
 *
 *   zh-Hans-widgets.ts   the texts of the widgets and what they share (src/elements, src/internal,
 *                        src/feed): what src/internal/locale.ts loads on a Chinese page
 *   zh-Hans-pages.ts     the rest: the embed configurator and the iframe embed page, which add
 *                        it with addPageTexts()
 *
 * Which texts the widgets use: lit-localize itself builds their sources (and what they import)
 * into a scratch folder. Run by scripts/l10n.mjs; `--check` exits 1 when the two files are not
 * what this would write (npm test runs it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const OUT = join(root, 'src/generated/locales');
const LOCALE = 'zh-Hans';
const WIDGET_SOURCES = ['src/elements/**/*.ts', 'src/internal/**/*.ts', 'src/feed/**/*.ts', 'src/index.ts', 'src/classic.ts'];
const ENTRY = /^\s*'([sh][0-9a-f]{16})': (.*),$/;

/** id → the value's source text, from a locale module written by lit-localize. */
function entries(code) {
  const map = new Map();
  for (const line of code.split('\n')) {
    const m = ENTRY.exec(line);
    if (m) map.set(m[1], m[2]);
  }
  return map;
}

/** The ids of the texts lit-localize finds from `inputFiles` and what they import. */
function idsOf(inputFiles) {
  const dir = mkdtempSync(join(tmpdir(), 'civic-locale-split-'));
  try {
    const config = join(dir, 'config.json');
    writeFileSync(
      config,
      JSON.stringify({
        sourceLocale: 'en',
        targetLocales: [LOCALE],
        inputFiles: inputFiles.map((f) => join(root, f)),
        output: { mode: 'runtime', language: 'ts', outputDir: dir, localeCodesModule: join(dir, 'codes.ts') },
        interchange: { format: 'xliff', xliffDir: join(root, 'xliff') },
      }),
    );
    execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['build', '--config', config], { cwd: root, stdio: 'pipe' });
    return new Set(entries(readFileSync(join(dir, `${LOCALE}.ts`), 'utf8')).keys());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function moduleCode(what, lines) {
  const imports = [];
  if (lines.some((l) => /': html`/.test(l))) imports.push("import { html } from 'lit';");
  if (lines.some((l) => /': str`/.test(l))) imports.push("import { str } from '@lit/localize';");
  return [
    `// The ${LOCALE} texts of ${what}, taken from ${LOCALE}.ts by scripts/locale-split.mjs. Do not edit: run node scripts/l10n.mjs.`,
    ...imports,
    '/* eslint-disable no-irregular-whitespace */',
    'export const templates = {',
    ...lines,
    '};',
    '',
  ].join('\n');
}

/** File name → code of the two modules. */
export function splitLocale() {
  const all = entries(readFileSync(join(OUT, `${LOCALE}.ts`), 'utf8'));
  const widgets = idsOf(WIDGET_SOURCES);
  const line = ([id, value]) => `  '${id}': ${value},`;
  return {
    [`${LOCALE}-widgets.ts`]: moduleCode('the widgets', [...all].filter(([id]) => widgets.has(id)).map(line)),
    [`${LOCALE}-pages.ts`]: moduleCode('the embed configurator and the iframe embed page', [...all].filter(([id]) => !widgets.has(id)).map(line)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [name, code] of Object.entries(splitLocale())) {
    const file = join(OUT, name);
    const texts = code.split('\n').filter((l) => ENTRY.test(l)).length;
    if (!check) writeFileSync(file, code);
    else if (!existsSync(file) || readFileSync(file, 'utf8') !== code) {
      console.error(`src/generated/locales/${name} is out of date: run node scripts/l10n.mjs`);
      stale++;
    }
    console.log(`${name}: ${texts} texts`);
  }
  process.exit(stale ? 1 : 0);
}
