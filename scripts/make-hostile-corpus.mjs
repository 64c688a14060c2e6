#!/usr/bin/env node
/**
 * Writes the hostile-feed corpus, test/fixtures/hostile/: feeds made to break widgets. Each
 * file is one case; test/hostile/hostile.test.ts mounts every widget on every one. Run again
 * after changing the recipes below (the files are committed so the corpus is plain to read).
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'test/fixtures/hostile';
const miyun = JSON.parse(readFileSync('public/feeds/miyun-2024.json', 'utf8'));
const clone = () => structuredClone(miyun);
const CANARY = `<img src=x onerror="window.__canary=(window.__canary||0)+1"><script>window.__canary=(window.__canary||0)+1</script>`;
const cases = new Map();
const json = (name, value) => cases.set(`${name}.json`, JSON.stringify(value));
const raw = (name, text) => cases.set(`${name}.json`, text);
const bytes = (name, buf) => cases.set(`${name}.json`, buf);

// Not a feed at all.
raw('malformed-truncated', JSON.stringify(miyun).slice(0, 5000));
raw('malformed-trailing-comma', '{"version": 1, "tasks": [],}');
raw('malformed-single-quotes', "{'version': 1}");
raw('empty-file', '');
raw('just-null', 'null');
raw('just-a-number', '42');
raw('just-a-string', '"version 1"');
json('json-array', [miyun]);
json('version-2', { ...clone(), version: 2 });
json('version-string', { ...clone(), version: '1' });
json('no-version', (() => { const d = clone(); delete d.version; return d; })());
raw('html-page', '<!doctype html><html><body><h1>404</h1></body></html>');
raw('bom-utf8', '\uFEFF' + JSON.stringify(miyun));
bytes('utf16le-with-bom', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(miyun), 'utf16le')]));
raw('deep-nesting', '{"version":1,"title":' + '{"a":'.repeat(5000) + '1' + '}'.repeat(5000) + '}');
raw('deep-array-nesting', '{"version":1,"tasks":' + '['.repeat(3000) + ']'.repeat(3000) + '}');

// Wrong types at every field.
for (const list of ['sections', 'tasks', 'indicators', 'categories', 'events']) {
  json(`${list}-is-object`, { ...clone(), [list]: { a: 1 } });
  json(`${list}-is-string`, { ...clone(), [list]: 'many' });
  json(`${list}-items-wrong-types`, { ...clone(), [list]: [null, 1, 'x', [], true, { id: 5, title: [] }] });
  json(`${list}-empty`, { ...clone(), [list]: [] });
}
const everyFieldWrong = clone();
for (const list of ['sections', 'tasks', 'indicators', 'categories', 'events'])
  for (const item of everyFieldWrong[list]) for (const key of Object.keys(item)) if (key !== 'id') item[key] = { nested: [key] };
json('every-field-wrong-type', everyFieldWrong);
json('top-level-wrong-types', { version: 1, title: 5, lang: [], timeZone: {}, sample: 'true', updated: 12, publisher: 'x' });

// Huge.
json('string-5mb-title', { ...clone(), title: 'x'.repeat(5 * 1024 * 1024) });
json('string-5mb-task-summary', (() => { const d = clone(); d.tasks[0].summary = '密'.repeat(2 * 1024 * 1024); return d; })());
json('events-100000', { ...clone(), events: Array.from({ length: 100_000 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}` })) });
json('tasks-20000', { ...clone(), tasks: Array.from({ length: 20_000 }, (_, i) => ({ id: `t${i}`, section: `s${(i % 5) + 1}`, title: `Task ${i}`, status: 'in-progress', progress: i % 101 })) });
json('indicators-5000', { ...clone(), indicators: Array.from({ length: 5000 }, (_, i) => ({ id: `i${i}`, title: `Indicator ${i}`, unit: '个', target: 100, value: i % 150 })) });
json('events-400-one-day', { ...clone(), events: Array.from({ length: 400 }, (_, i) => ({ id: `d${i}`, title: `Same day ${i}`, start: '2024-09-22' })) });
json('long-title-10000', (() => { const d = clone(); d.tasks[0].title = '长'.repeat(10_000); d.events[0].title = 'L'.repeat(10_000); d.indicators[0].title = 'T'.repeat(10_000); return d; })());

// Prototype pollution.
raw('proto-keys', '{"version":1,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"tasks":[{"__proto__":{"polluted":1},"id":"a","title":"A","status":"completed"}]}');
raw('proto-in-text', '{"version":1,"title":{"__proto__":"x","constructor":"y","en":"ok"},"tasks":[{"id":"constructor","title":{"__proto__":"p"},"status":"completed"}]}');

// Script and HTML in every text field, and dangerous URLs.
const scripted = clone();
const inject = (v) => (typeof v === 'string' ? CANARY + v : v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).map(([k, s]) => [k, CANARY + s])) : v);
scripted.title = inject(scripted.title);
for (const list of ['sections', 'tasks', 'indicators', 'categories', 'events']) {
  for (const item of scripted[list]) {
    for (const key of ['title', 'summary', 'unit', 'name']) if (key in item) item[key] = inject(item[key]);
    if (item.owners) item.owners = item.owners.map(inject);
    if (item.location) item.location.name = inject(item.location.name);
    if (item.milestones) for (const m of item.milestones) m.title = inject(m.title);
  }
}
json('script-in-every-text', scripted);
json('html-entities-and-markup', (() => { const d = clone(); d.tasks[0].title = '&lt;b&gt;bold&lt;/b&gt; <b>bold</b> <style>*{display:none}</style>'; d.events[0].title = '"><svg onload="window.__canary=1">'; return d; })());
for (const [name, url] of [
  ['url-javascript', 'javascript:window.__canary=1'],
  ['url-javascript-disguised', ' JaVaScRiPt:\twindow.__canary=1'],
  ['url-data-html', 'data:text/html,<script>window.__canary=1</script>'],
  ['url-vbscript', 'vbscript:msgbox(1)'],
  ['url-file', 'file:///etc/passwd'],
]) {
  const d = clone();
  d.publisher.url = url;
  for (const t of d.tasks) t.links = [{ title: 'evidence', url }];
  for (const e of d.events) e.url = url;
  json(name, d);
}
json('category-color-css-injection', (() => { const d = clone(); d.categories[0].color = 'red;background:url(javascript:alert(1))'; d.categories[1].color = '#fff" onmouseover="window.__canary=1'; return d; })());

// Dates.
const dates = clone();
dates.tasks[0].due = '2024-02-30';
dates.tasks[1].due = '2024-13-01';
dates.tasks[2].due = '0000-01-01';
dates.tasks[3].due = '9999-12-31';
dates.tasks[4].due = '2024-9-1';
dates.events[0].start = '2024-02-29';
dates.events[1].start = '2023-02-29';
dates.events[2].end = '1970-01-01';
dates.events[3].start = '275760-09-13';
dates.updated = 'yesterday';
json('invalid-and-extreme-dates', dates);
json('end-before-start-everywhere', (() => { const d = clone(); for (const e of d.events) e.end = '2000-01-01'; return d; })());
json('timezone-bogus', { ...clone(), timeZone: 'Mars/Olympus_Mons' });
json('timezone-dst-newyork', (() => { const d = clone(); d.timeZone = 'America/New_York'; d.events[0].start = '2024-03-10T02:30'; d.events[0].end = '2024-03-10T03:30'; return d; })());

// Numbers.
const numbers = clone();
numbers.tasks[0].progress = -5;
numbers.tasks[1].progress = 150;
numbers.tasks[2].progress = 'abc';
numbers.tasks[3].progress = 1e308;
numbers.indicators[0].target = 0;
numbers.indicators[1].target = -10;
numbers.indicators[2].value = 'NaN';
numbers.indicators[3].value = null;
numbers.indicators[4].value = 1e300;
numbers.indicators[5].comparison = 'at-most';
delete numbers.indicators[5].baseline;
numbers.indicators[6].comparison = 'roughly';
json('nan-like-and-extreme-numbers', numbers);
raw('nan-literals', JSON.stringify(clone()).replace('"progress":', '"progress":NaN,"x":'));

// Ids and references.
json('duplicate-ids', (() => { const d = clone(); for (const list of ['sections', 'tasks', 'indicators', 'categories', 'events']) for (const x of d[list]) x.id = 'same'; return d; })());
json('dangling-references', (() => { const d = clone(); for (const t of d.tasks) { t.section = 'nowhere'; t.indicators = ['ghost']; } for (const i of d.indicators) i.task = 'ghost'; for (const e of d.events) { e.task = 'ghost'; e.category = 'ghost'; } return d; })());
json('unknown-statuses', (() => { const d = clone(); d.tasks.forEach((t, i) => (t.status = ['进行中', 'DONE', '', 42][i % 4])); d.events.forEach((e) => (e.status = 'maybe')); return d; })());

// Text forms.
json('mixed-text-forms', (() => { const d = clone(); d.tasks[0].title = 'plain string'; d.tasks[1].title = { en: 'English only' }; d.tasks[2].title = { fr: 'Français seulement' }; d.tasks[3].title = {}; d.tasks[4].title = { 'zh-Hant': '繁體' }; d.tasks[5].title = { 'not a tag!': 'x' }; return d; })());
json('missing-titles', (() => { const d = clone(); for (const list of ['sections', 'tasks', 'indicators', 'events']) for (const x of d[list]) delete x.title; return d; })());
json('only-version', { version: 1 });
json('empty-everything', { version: 1, sections: [], tasks: [], indicators: [], categories: [], events: [] });
json('rtl-and-zero-width', (() => { const d = clone(); d.tasks[0].title = '\u202Egnp.exe\u202C \u200B\u200B'; d.events[0].title = 'مرحبا'; return d; })());

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
for (const [name, content] of cases) writeFileSync(join(dir, name), content);
writeFileSync(join(dir, 'index.json'), JSON.stringify([...cases.keys()].sort(), null, 1) + '\n');
console.log(`wrote ${cases.size} hostile feeds to ${dir}/ (${readdirSync(dir).length - 1} files)`);
