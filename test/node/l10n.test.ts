import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

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
