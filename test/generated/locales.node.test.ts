import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

test('every UI string has a Chinese translation, and the built locale has them all', () => {
  const xlf = readFileSync('xliff/zh-Hans.xlf', 'utf8');
  const units = [...xlf.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  assert.ok(units.length > 10, `only ${units.length} strings`);
  const missing = units.filter(([, , body]) => !/<target>[\s\S]*\S[\s\S]*<\/target>/.test(body)).map(([, id]) => id);
  assert.deepEqual(missing, [], 'strings without a translation (run node scripts/l10n.mjs)');
  const built = readFileSync('src/generated/locales/zh-Hans.ts', 'utf8');
  const absent = units.map(([, id]) => id).filter((id) => !built.includes(`'${id}'`) && !built.includes(`"${id}"`) && !built.includes(`${id}:`));
  assert.deepEqual(absent, [], 'strings missing from the built locale (run npm run localize:build)');
});

test('the widgets’ texts and the tool pages’ texts are split from the built locale, and up to date', () => {
  const ids = (file: string) => new Set([...readFileSync(file, 'utf8').matchAll(/^\s*'([sh][0-9a-f]{16})':/gm)].map((m) => m[1]));
  const all = ids('src/generated/locales/zh-Hans.ts');
  const widgets = ids('src/generated/locales/zh-Hans-widgets.ts');
  const pages = ids('src/generated/locales/zh-Hans-pages.ts');
  assert.ok(widgets.size > 100 && pages.size > 10, `${widgets.size} and ${pages.size} texts`);
  assert.deepEqual([...widgets].filter((id) => pages.has(id)), [], 'a text in both files');
  assert.deepEqual([...all].filter((id) => !widgets.has(id) && !pages.has(id)), [], 'a text in neither file');
  // A configurator text is not downloaded with the widgets; a widget's text is.
  const xlf = readFileSync('xliff/zh-Hans.xlf', 'utf8');
  const idOf = (source: string) => new RegExp(`<trans-unit id="([^"]+)">\\s*<source>${source}</source>`).exec(xlf)![1];
  assert.ok(pages.has(idOf('Choose a widget and its data, see it live, then copy the code into your page\\.')));
  assert.ok(widgets.has(idOf('Overall progress')));
  // The files are what scripts/locale-split.mjs writes from today's sources.
  const run = spawnSync(process.execPath, ['scripts/locale-split.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});
