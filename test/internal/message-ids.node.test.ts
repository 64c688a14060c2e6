import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ID_LENGTH, byShortId, shortId } from '../../src/internal/message-ids.js';
import { shortenIds } from '../../scripts/short-message-ids.js';

const GENERATED = 'src/generated/locales/zh-Hans.ts';
/** The keys and the text of each value of the generated locale module, in order. */
function entries(code: string): [string, string][] {
  return [...code.matchAll(/'([sh][0-9a-f]+)':\s*((?:html|str)?`[^`]*`)/g)].map((m) => [m[1], m[2]]);
}

test('every message of the library has a short id of its own', () => {
  const ids = [...readFileSync('xliff/zh-Hans.xlf', 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(ids.length > 100, `${ids.length} messages`);
  const shorts = new Map<string, string>();
  for (const id of ids) {
    const short = shortId(id);
    assert.equal(short.length, ID_LENGTH);
    assert.equal(shorts.get(short), undefined, `${id} and ${shorts.get(short)} share ${short}`);
    shorts.set(short, id);
  }
});

test('the built locale module keeps every translation, each found by its message’s full id', () => {
  const code = readFileSync(GENERATED, 'utf8');
  const before = entries(code);
  const after = entries(shortenIds(code));
  assert.equal(after.length, before.length);
  assert.ok(after.every(([key]) => key.length === ID_LENGTH));
  const lookup = byShortId(Object.fromEntries(after));
  for (const [id, value] of before) assert.equal(lookup[id], value, id);
  // A module with full ids (the dev server, the tests) is looked up the same way.
  const full = byShortId(Object.fromEntries(before));
  for (const [id, value] of before) assert.equal(full[id], value, id);
  assert.equal(lookup.s0000000000000000, undefined);
});

test('the build fails when two messages would share a short id', () => {
  const code = "export const templates = {\n  'sa6df28400362805c': `一`,\n'sffffff0000000001': `x`,\n'sb00000000362805c': `二`,\n};";
  assert.throws(() => shortenIds(code), /sa6df28400362805c and sb00000000362805c share the short id s62805c/);
});
