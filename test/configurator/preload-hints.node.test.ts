/** The snippet's preload hints (an option): the feed and the chunks named by the manifest. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { moduleSnippet, preloadHints, type EmbedChoice } from '../../src/configurator/snippet.js';

const files = [
  'civic-widgets.js',
  'chunks/all-civic-widgets-RF_TWSxv.js',
  'chunks/all-feed-layer-0QbIKadx.js',
  'chunks/all-recurrence-rule-Bu_iXkEN.js',
  'chunks/all-zh-Hans-widgets-Cv6Rw78b.js',
  'chunks/all-lunar-Dld8U4WS.js',
  'chunks/all-ical-CdcbCFeu.js',
  'chunks/all-ring-feed-CPs5-EYN.js',
  'chunks/core-CubUWLdv.js',
  'embed.html',
];
const hosting = { base: 'https://portal.example/cw/', files };
const calendar: EmbedChoice = { widget: 'civic-event-calendar', src: '/feeds/events.json', attributes: {}, lang: 'zh-CN', preload: true, fallbackText: '活动', title: '活动' };

test('a Chinese calendar: the feed, then the bundle chunk, feed layer, rules, texts and lunar dates', () => {
  assert.deepEqual(preloadHints(calendar, hosting), [
    '<link rel="preload" as="fetch" crossorigin href="/feeds/events.json">',
    '<link rel="modulepreload" href="https://portal.example/cw/chunks/all-civic-widgets-RF_TWSxv.js">',
    '<link rel="modulepreload" href="https://portal.example/cw/chunks/all-feed-layer-0QbIKadx.js">',
    '<link rel="modulepreload" href="https://portal.example/cw/chunks/all-recurrence-rule-Bu_iXkEN.js">',
    '<link rel="modulepreload" href="https://portal.example/cw/chunks/all-zh-Hans-widgets-Cv6Rw78b.js">',
    '<link rel="modulepreload" href="https://portal.example/cw/chunks/all-lunar-Dld8U4WS.js">',
  ]);
});

test('an English page gets no Chinese texts and no lunar dates; a task list no lunar dates', () => {
  const en = preloadHints({ ...calendar, lang: 'en' }, hosting).join('\n');
  assert.doesNotMatch(en, /zh-Hans|lunar/);
  assert.match(en, /all-feed-layer/);
  const tasks = preloadHints({ ...calendar, widget: 'civic-task-list' }, hosting).join('\n');
  assert.doesNotMatch(tasks, /lunar|ring-feed/);
  assert.match(preloadHints({ ...calendar, widget: 'civic-progress-ring' }, hosting).join('\n'), /all-ring-feed-CPs5-EYN\.js/);
  assert.match(tasks, /all-zh-Hans-widgets/);
  assert.doesNotMatch(preloadHints({ ...calendar, attributes: { lunar: 'off' } }, hosting).join('\n'), /lunar/);
});

test('never the chunks loaded on a click (iCalendar), nor a per-widget build file', () => {
  const all = preloadHints(calendar, hosting).join('\n');
  assert.doesNotMatch(all, /ical|core-/);
});

test('a lazy widget gets no hints: it loads nothing before it nears the viewport', () => {
  assert.deepEqual(preloadHints({ ...calendar, lazy: true }, hosting), []);
});

test('without a manifest, the feed alone; without a src, the chunks alone', () => {
  assert.deepEqual(preloadHints(calendar, { base: '/cw/' }), ['<link rel="preload" as="fetch" crossorigin href="/feeds/events.json">']);
  assert.doesNotMatch(preloadHints({ ...calendar, src: '' }, hosting).join('\n'), /as="fetch"/);
});

test('the hints are escaped and come before the script; off unless asked for', () => {
  const odd = { ...calendar, src: '/feeds/a.json?x="><script>' };
  const s = moduleSnippet(odd, hosting);
  assert.match(s, /href="\/feeds\/a\.json\?x=&quot;&gt;&lt;script&gt;"/);
  assert.ok(s.indexOf('rel="preload"') < s.indexOf('<script type="module"'));
  assert.doesNotMatch(moduleSnippet({ ...calendar, preload: undefined }, hosting), /rel="(module)?preload"/);
});
