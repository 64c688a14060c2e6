import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_HEADING_LEVEL, WIDGETS, embedChoice, fromManifest, headingLevelChoice, staleAfterChoice } from '../../src/configurator/choice.js';
import { embedUrl, moduleSnippet } from '../../src/configurator/snippet.js';
import { planEmbed } from '../../src/embed/embed-options.js';

const hosting = { base: 'https://portal.example/civic-widgets/' };

test("each widget's default heading level, and none for the ring", () => {
  assert.deepEqual(DEFAULT_HEADING_LEVEL, {
    'civic-task-list': 3,
    'civic-indicator-board': 2,
    'civic-event-calendar': 2,
    'civic-feed-summary': 2,
  });
  for (const w of WIDGETS) assert.equal(headingLevelChoice(w, '4'), w === 'civic-progress-ring' ? undefined : '4');
});

test('heading-level: only 2 to 6, else the widget default (no attribute)', () => {
  for (const v of ['2', '6', ' 3 ']) assert.equal(headingLevelChoice('civic-task-list', v), v.trim());
  for (const v of ['', '1', '7', '2.5', 'h3', '-2', undefined]) assert.equal(headingLevelChoice('civic-task-list', v), undefined, String(v));
});

test('stale-after: a whole number of days, else the default (no attribute)', () => {
  assert.equal(staleAfterChoice('30'), '30');
  assert.equal(staleAfterChoice('0'), '0');
  assert.equal(staleAfterChoice('030'), '30');
  assert.equal(staleAfterChoice('36500'), '36500');
  for (const v of ['', ' ', '-1', '1.5', 'abc', '36501', '1e3', undefined]) assert.equal(staleAfterChoice(v), undefined, String(v));
});

test('the choices reach the snippet and the iframe URL as attributes', () => {
  const c = embedChoice('civic-task-list', '/feeds/plan.json', { 'heading-level': '2', 'stale-after': '30' });
  assert.deepEqual(c.attributes, { 'heading-level': '2', 'stale-after': '30' });
  assert.match(moduleSnippet(c, hosting), /<civic-task-list src="\/feeds\/plan\.json" heading-level="2" stale-after="30">/);
  const url = new URL(embedUrl(c, hosting));
  const plan = planEmbed(url.search, url.href);
  assert.ok(plan.ok);
  assert.deepEqual(
    plan.attributes.filter(([n]) => n === 'heading-level' || n === 'stale-after'),
    [['heading-level', '2'], ['stale-after', '30']],
  );
});

test('the ring gets stale-after but no heading-level; bad values give no attribute', () => {
  const ring = embedChoice('civic-progress-ring', '/f.json', { indicator: 'a', 'heading-level': '3', 'stale-after': '7' });
  assert.deepEqual(ring.attributes, { indicator: 'a', 'stale-after': '7' });
  const bad = embedChoice('civic-feed-summary', '/f.json', { 'heading-level': '9', 'stale-after': 'soon' });
  assert.deepEqual(bad.attributes, {});
});

test('the preload box becomes choice.preload', () => {
  assert.equal(embedChoice('civic-task-list', '/f.json', { preload: '1' }).preload, true);
  assert.equal(embedChoice('civic-task-list', '/f.json', { preload: '' }).preload, false);
  assert.equal(embedChoice('civic-task-list', '/f.json', {}).preload, false);
});

test("the manifest gives civic-widgets.js's integrity and every file's path; a bad one gives nothing", () => {
  const m = { files: [{ path: 'civic-widgets.js', integrity: 'sha384-x' }, { path: 'chunks/all-feed-layer-0QbIKadx.js', integrity: 'sha384-y' }, { nope: 1 }, null, { path: 3 }] };
  assert.deepEqual(fromManifest(m), { integrity: 'sha384-x', files: ['civic-widgets.js', 'chunks/all-feed-layer-0QbIKadx.js'] });
  assert.deepEqual(fromManifest({ files: [{ path: 'civic-widgets.js', integrity: 5 }] }), { integrity: undefined, files: ['civic-widgets.js'] });
  for (const bad of [undefined, null, 'x', 42, {}, { files: 'chunks/a.js' }]) assert.deepEqual(fromManifest(bad), {}, JSON.stringify(bad));
});
