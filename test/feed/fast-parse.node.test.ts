import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as v from 'valibot';
import { FAIL, fastParse } from '../../src/feed/fast-parse.js';
import { LISTS, MetaSchema } from '../../src/feed/schema.js';
import { validate } from '../../src/feed/validate.js';

const miyun = JSON.parse(readFileSync('public/feeds/miyun-2024.json', 'utf8'));
const names = Object.keys(LISTS) as (keyof typeof LISTS)[];
const schemas = { ...LISTS, meta: MetaSchema } as Record<string, v.GenericSchema>;

/** Both paths must agree: the same output when valibot accepts, FAIL when it does not. */
function agree(schema: v.GenericSchema, input: unknown): void {
  const slow = v.safeParse(schema, input);
  const fast = fastParse(schema, input);
  if (slow.success) assert.deepEqual(fast, slow.output);
  else assert.equal(fast, FAIL, `valibot rejects ${JSON.stringify(input)?.slice(0, 200)}: ${slow.issues[0].message}`);
}

test('the fast path accepts every item of the Miyun feed, with valibot’s output', () => {
  let accepted = 0;
  for (const name of names) {
    for (const item of miyun[name]) {
      agree(LISTS[name], item);
      if (fastParse(LISTS[name], item) !== FAIL) accepted++;
    }
  }
  assert.ok(accepted > 50, `only ${accepted} items took the fast path`);
});

/** All paths (keys and indices) inside a value, to pick one to break. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (!value || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string, unknown>)[k], [...prefix, k]))];
}

test('the fast path and valibot agree on mutated Miyun items, at any depth', () => {
  const junk = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.integer({ min: -250, max: 250 }),
    fc.double(),
    fc.constantFrom(NaN, Infinity, -5, 150, '', 'javascript:alert(1)', '2024-02-30', '2024-09-30', 'zh-Hans', '#12ab', '#12abef', undefined, [], {}),
  );
  fc.assert(
    fc.property(fc.constantFrom(...names), fc.nat(100), fc.nat(1000), junk, fc.boolean(), (name, index, which, value, remove) => {
      const items = miyun[name];
      const item = structuredClone(items[index % items.length]);
      const all = paths(item).filter((p) => p.length > 0);
      const path = all[which % all.length];
      let node = item;
      for (const key of path.slice(0, -1)) node = node[key];
      if (remove && !Array.isArray(node)) delete node[path[path.length - 1]];
      else node[path[path.length - 1]] = value;
      agree(LISTS[name], item);
    }),
    { numRuns: 6000 },
  );
});

test('the fast path and valibot agree on random values for every schema', () => {
  fc.assert(
    fc.property(fc.constantFrom(...Object.keys(schemas)), fc.jsonValue({ maxDepth: 4 }), (name, value) => {
      agree(schemas[name], value);
    }),
    { numRuns: 1500 },
  );
});

test('validate leaves a caller’s object unchanged when it repairs nested fields', () => {
  const d = structuredClone(miyun);
  d.tasks[0].owners = ['a', 5, { en: 'x', 'not a tag!': 'y' }];
  d.tasks[1].status = 'paused';
  d.tasks[2].milestones[0].due = '2024-02-30';
  d.events[0].url = 'javascript:alert(1)';
  d.tasks[3].title = 'x'.repeat(6000);
  const before = JSON.stringify(d);
  const r = validate(d);
  assert.equal(JSON.stringify(d), before);
  assert.deepEqual(r.feed!.tasks[0].owners, ['a']);
  assert.equal(r.feed!.tasks[1].status, 'unknown');
  assert.ok(r.problems.some((p) => p.path === '/tasks/2/milestones/0/due'));
  assert.ok(r.problems.some((p) => p.path === '/tasks/3/title' && p.code === 'string-too-long'));
});
