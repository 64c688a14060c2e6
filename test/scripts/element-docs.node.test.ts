/**
 * docs/elements/<tag>.md's API tables are what custom-elements.json says (scripts/element-docs.mjs
 * generates them into memory here and compares), and the generator notices a change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { apiTables, elementsOf, expectedPages, stalePages } from '../../scripts/element-docs.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

test('every element of custom-elements.json has a page in docs/elements/', () => {
  const tags = elementsOf(manifest).map((e) => e.tag);
  assert.ok(tags.length >= 5, `only ${tags.length} elements in the manifest`);
  assert.deepEqual(tags.filter((tag) => !existsSync(`docs/elements/${tag}.md`)), []);
});

test('the API tables in docs/elements/ are the ones custom-elements.json gives', () => {
  assert.deepEqual(stalePages(manifest), [], 'run: npm run docs:api (after npm run analyze)');
});

test('a changed manifest makes the pages stale: a new attribute, a changed description', () => {
  const changed = structuredClone(manifest);
  const calendar = elementsOf(changed).find((e) => e.tag === 'civic-event-calendar')!.declaration;
  calendar.attributes.push({ name: 'week-start', type: { text: 'string | null' }, description: 'First day of the week.', fieldName: 'weekStart' });
  const ring = elementsOf(changed).find((e) => e.tag === 'civic-progress-ring')!.declaration;
  ring.cssParts[0].description = 'Something else.';
  assert.deepEqual(stalePages(changed).sort(), ['docs/elements/civic-event-calendar.md', 'docs/elements/civic-progress-ring.md']);
  assert.match(expectedPages(changed).get('docs/elements/civic-event-calendar.md')!, /\| `week-start` \| `weekStart` \| `string \\\| null` \| – \| First day of the week\. \|/);
});

test('the tables are the same on every run, one line a row, with | escaped', () => {
  const declaration = {
    attributes: [{ name: 'mode', fieldName: 'mode', type: { text: "'a' | 'b'" }, default: "'a'", description: 'Two\nlines.' }],
    members: [
      { kind: 'field', name: 'mode', attribute: 'mode' },
      { kind: 'field', name: 'count', readonly: true, type: { text: 'number' }, description: 'How many.' },
      { kind: 'field', name: 'secret', privacy: 'private' },
      { kind: 'method', name: 'go', parameters: [{ name: 'n', type: { text: 'number' } }], return: { type: { text: 'void' } }, description: 'Goes.' },
    ],
    events: [{ name: 'x-change', description: 'Changed.' }],
    slots: [{ name: '', description: 'Fallback.' }],
  };
  const tables = apiTables(declaration);
  assert.equal(tables, apiTables(structuredClone(declaration)));
  assert.match(tables, /\| `mode` \| `mode` \| `'a' \\\| 'b'` \| `'a'` \| Two lines\. \|/);
  assert.match(tables, /\| `count` \| `number` \| Read only\. How many\. \|/);
  assert.match(tables, /\| `go\(n: number\): void` \| Goes\. \|/);
  assert.match(tables, /\| \(default\) \| Fallback\. \|/);
  assert.doesNotMatch(tables, /secret|CSS parts|CSS custom properties/);
  const properties = tables.slice(tables.indexOf('### Properties without an attribute'), tables.indexOf('### Methods'));
  assert.match(properties, /`count`/);
  assert.doesNotMatch(properties, /`mode`/, 'a property with an attribute is in the attribute table only');
});

test('a page without the api markers is an error that names it', () => {
  assert.throws(() => expectedPages(manifest, 'docs/elements', () => '# A page\n'), /docs\/elements\/civic-event-calendar\.md has no <!-- api:start -->/);
});
