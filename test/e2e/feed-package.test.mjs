/**
 * The data layer as published (package export "civic-widgets/feed" → dist/feed.js) loads and
 * works in Node, without a DOM: publishers' tools and build scripts import it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { staticClosure } from '../../scripts/sizes.mjs';

test('dist/feed.js loads in Node and validates, formats and exports the Miyun feed', async () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(pkg.exports['./feed'].default, './dist/feed.js');
  const feed = await import('../../dist/feed.js');
  const result = feed.validate(readFileSync('public/feeds/miyun-2024.json', 'utf8'));
  assert.equal(result.fatal, false);
  assert.equal(result.feed.tasks.length, 22);
  const sliced = await feed.validateInSlices(readFileSync('public/feeds/miyun-2024.json', 'utf8'), 0);
  assert.deepEqual(sliced, result);
  assert.match(feed.formatDate('2024-09-30', 'zh-CN', 'Asia/Shanghai'), /2024年9月30日/);
  const ics = feed.toICalendar(result.feed, result.feed.events.slice(0, 1));
  assert.match(ics, /^BEGIN:VCALENDAR/);
});

test('dist/feed.js and the modules it imports never import Lit or a widget (which need a DOM)', () => {
  const files = staticClosure('feed.js', 'dist');
  assert.ok(files.length > 5, files.join(', '));
  const withLit = files.filter((f) => /from\s*["'](lit|@lit\/)|import\s*["'](lit|@lit\/)/.test(readFileSync(`dist/${f}`, 'utf8')));
  assert.deepEqual(withLit, []);
  assert.deepEqual(files.filter((f) => f.startsWith('elements/') || f.startsWith('civic-')), []);
});
