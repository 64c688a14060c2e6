import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { feedJsonSchema } from '../../scripts/write-schema.js';

const miyun = JSON.parse(readFileSync('public/feeds/miyun-2024.json', 'utf8'));

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(feedJsonSchema());
}

test('the JSON Schema accepts the Miyun feed', () => {
  const check = validator();
  const ok = check(miyun);
  assert.ok(ok, JSON.stringify(check.errors?.slice(0, 5)));
});

test('the JSON Schema rejects broken feeds', () => {
  const check = validator();
  const broken: [string, (d: any) => void][] = [
    ['version 2', (d) => (d.version = 2)],
    ['a task without title', (d) => delete d.tasks[0].title],
    ['an unknown status', (d) => (d.tasks[0].status = 'done')],
    ['progress 150', (d) => (d.tasks[0].progress = 150)],
    ['a badly written date', (d) => (d.tasks[0].due = '2024/9/30')],
    ['a number as title', (d) => (d.events[0].title = 5)],
  ];
  for (const [name, mutate] of broken) {
    const d = structuredClone(miyun);
    mutate(d);
    assert.equal(check(d), false, `${name} should be rejected`);
  }
});
