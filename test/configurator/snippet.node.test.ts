import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embedUrl, iframeSnippet, moduleSnippet, type EmbedChoice } from '../../src/configurator/snippet.js';
import { planEmbed } from '../../src/embed/embed-options.js';

const choice: EmbedChoice = {
  widget: 'civic-task-list',
  src: '/feeds/plan.json',
  attributes: { status: 'delayed', compact: '' },
  lang: 'en',
  theme: 'dark',
  accent: '#aa3300',
  lazy: true,
  fallbackText: 'View the data',
  title: 'Task list',
};
const hosting = { base: 'https://portal.example/civic-widgets/', integrity: 'sha384-abc' };

test('the module snippet: script with integrity, the tag with its attributes and fallback', () => {
  const s = moduleSnippet(choice, hosting);
  assert.match(s, /<script type="module" src="https:\/\/portal\.example\/civic-widgets\/civic-widgets\.js" integrity="sha384-abc" crossorigin="anonymous"><\/script>/);
  assert.match(s, /<civic-task-list src="\/feeds\/plan\.json" status="delayed" compact theme="dark" loading="lazy">/);
  assert.match(s, /<a href="\/feeds\/plan\.json">View the data<\/a>/);
  assert.doesNotMatch(s, /style="/);
  assert.match(s, /--civic-color-accent: #aa3300/);
});

test('the iframe snippet: resize script, embed URL with every option, no style attribute', () => {
  const s = iframeSnippet(choice, hosting);
  assert.match(s, /<script src="https:\/\/portal\.example\/civic-widgets\/embed-resize\.js" defer><\/script>/);
  assert.match(s, /data-civic-embed/);
  assert.match(s, /loading="lazy"/);
  assert.doesNotMatch(s, /style="/);
  const url = new URL(embedUrl(choice, hosting));
  assert.equal(url.pathname, '/civic-widgets/embed.html');
  const plan = planEmbed(url.search, url.href);
  assert.ok(plan.ok);
  if (!plan.ok) return;
  assert.equal(plan.widget, 'civic-task-list');
  assert.equal(plan.src, 'https://portal.example/feeds/plan.json');
  assert.equal(plan.lang, 'en');
  assert.equal(plan.accent, '#aa3300');
  assert.deepEqual(Object.fromEntries(plan.attributes), { status: 'delayed', compact: '', theme: 'dark' });
});

test('values are escaped', () => {
  const s = moduleSnippet({ ...choice, src: '/x"><script>alert(1)</script>', fallbackText: '<b>' }, hosting);
  assert.doesNotMatch(s, /<script>alert/);
  assert.match(s, /&quot;&gt;&lt;script&gt;/);
  assert.match(s, /&lt;b&gt;/);
});

test('the embed page refuses other origins unless allowed, and unknown widgets', () => {
  const page = 'https://portal.example/civic-widgets/embed.html';
  assert.deepEqual(planEmbed('?widget=civic-task-list&src=https://evil.example/f.json', page), { ok: false, reason: 'origin', detail: 'https://evil.example' });
  assert.ok(planEmbed('?widget=civic-task-list&src=https://data.example/f.json', page, { allowedFeedOrigins: ['https://data.example'] }).ok);
  assert.equal((planEmbed('?widget=script', page) as { reason: string }).reason, 'unknown-widget');
  assert.equal((planEmbed('?widget=civic-task-list&src=javascript:alert(1)', page) as { reason: string }).reason, 'bad-src');
  const plan = planEmbed('?widget=civic-task-list&onclick=x&style=y&Bad=z&status=delayed', page);
  assert.ok(plan.ok && plan.attributes.length === 1 && plan.attributes[0][0] === 'status');
});
