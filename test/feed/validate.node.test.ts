import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { validate, validateInSlices } from '../../src/feed/validate.js';
import { LIMITS } from '../../src/feed/limits.js';
import type { Feed, ValidationResult } from '../../src/feed/types.js';

const miyunText = readFileSync('public/feeds/miyun-2024.json', 'utf8');
const miyun = JSON.parse(miyunText);
const base = () => structuredClone(miyun);

test('the Miyun feed validates with no problems and keeps everything', () => {
  const r = validate(miyunText);
  assert.equal(r.fatal, false);
  assert.deepEqual(r.problems, []);
  const feed = r.feed!;
  assert.equal(feed.sections.length, 5);
  assert.equal(feed.tasks.length, 22);
  assert.equal(feed.sample, true);
  assert.equal(feed.timeZone, 'Asia/Shanghai');
  assert.ok(feed.indicators.length >= 17, `indicators: ${feed.indicators.length}`);
  const targets = new Set(feed.indicators.map((i) => i.target));
  for (const t of [378, 19, 1.45, 3500, 2.6, 1, 10, 200, 15, 99, 30, 25, 30.29, 12, 4500]) {
    assert.ok(targets.has(t), `the seed's target ${t} is an indicator`);
  }
  const titles = feed.events.map((e) => JSON.stringify(e.title)).join(' ');
  for (const name of ['养蜂大会', '马拉松', '冰雪季', '生态文明', '丰收节', '艺术节', '村晚']) {
    assert.ok(titles.includes(name), `an event for ${name}`);
  }
});

function assertWellFormed(r: ValidationResult): void {
  assert.equal(typeof r.fatal, 'boolean');
  assert.ok(Array.isArray(r.problems));
  for (const p of r.problems) {
    assert.equal(typeof p.path, 'string');
    assert.ok(p.path === '' || p.path.startsWith('/'), p.path);
    assert.ok(p.severity === 'error' || p.severity === 'warning');
    assert.equal(typeof p.message.en, 'string');
    assert.equal(typeof p.message['zh-Hans'], 'string');
  }
  if (r.fatal) assert.equal(r.feed, undefined);
  else {
    const f = r.feed as Feed;
    for (const list of [f.sections, f.tasks, f.indicators, f.categories, f.events]) assert.ok(Array.isArray(list));
    for (const t of f.tasks) {
      assert.equal(typeof t.id, 'string');
      if (t.progress !== undefined) assert.ok(t.progress >= 0 && t.progress <= 100);
      for (const l of t.links ?? []) assert.match(l.url, /^(https?:|[^:]*$)/i);
    }
    for (const e of f.events) if (e.url) assert.match(e.url, /^(https?:|[^:]*$)/i);
  }
}

type Case = [name: string, mutate: (d: Record<string, any>) => unknown, code: string, path: string, check?: (r: ValidationResult) => void];

const cases: Case[] = [
  ['not JSON', () => '{"version": 1,', 'not-json', ''],
  ['a JSON array', () => '[]', 'not-object', ''],
  ['null', () => 'null', 'not-object', ''],
  ['version 2', (d) => ((d.version = 2), d), 'version', '/version'],
  ['no version', (d) => (delete d.version, d), 'version', '/version'],
  ['a task without title', (d) => (delete d.tasks[3].title, d), 'invalid-item', '/tasks/3', (r) => assert.equal(r.feed!.tasks.length, 21)],
  ['a task that is a number', (d) => ((d.tasks[0] = 5), d), 'invalid-item', '/tasks/0'],
  ['a duplicate task id', (d) => ((d.tasks[1].id = d.tasks[0].id), d), 'duplicate-id', '/tasks/1/id', (r) => assert.equal(r.feed!.tasks.length, 21)],
  ['a task in a missing section', (d) => ((d.tasks[0].section = 'nope'), d), 'missing-ref', '/tasks/0/section', (r) => assert.equal(r.feed!.tasks[0].section, 'nope')],
  ['a dangling indicator id', (d) => (d.tasks[0].indicators.push('nope'), d), 'missing-ref', `/tasks/0/indicators/${miyun.tasks[0].indicators.length}`, (r) => assert.ok(!r.feed!.tasks[0].indicators!.includes('nope'))],
  ['an impossible due date', (d) => ((d.tasks[0].due = '2024-02-30'), d), 'invalid-date', '/tasks/0/due', (r) => assert.equal(r.feed!.tasks[0].due, undefined)],
  ['a 29 February that exists', (d) => ((d.tasks[0].due = '2024-02-29'), d), '', '', (r) => assert.equal(r.feed!.tasks[0].due, '2024-02-29')],
  ['progress 150', (d) => ((d.tasks[0].progress = 150), d), 'out-of-range', '/tasks/0/progress', (r) => assert.equal(r.feed!.tasks[0].progress, 100)],
  ['progress -5', (d) => ((d.tasks[0].progress = -5), d), 'out-of-range', '/tasks/0/progress', (r) => assert.equal(r.feed!.tasks[0].progress, 0)],
  ['progress "abc"', (d) => ((d.tasks[0].progress = 'abc'), d), 'invalid-field', '/tasks/0/progress', (r) => assert.equal(r.feed!.tasks[0].progress, undefined)],
  ['progress NaN (feed property)', (d) => ((d.tasks[0].progress = NaN), d), 'invalid-field', '/tasks/0/progress'],
  ['value Infinity (feed property)', (d) => ((d.indicators[0].value = Infinity), d), 'invalid-field', '/indicators/0/value'],
  ['an unknown status', (d) => ((d.tasks[0].status = '进行中'), d), 'unknown-status', '/tasks/0/status', (r) => assert.equal(r.feed!.tasks[0].status, 'unknown')],
  ['a javascript: link', (d) => ((d.tasks[0].links = [{ title: 'x', url: 'javascript:alert(1)' }]), d), 'unsafe-url', '/tasks/0/links/0', (r) => assert.deepEqual(r.feed!.tasks[0].links, [])],
  ['a disguised javascript: link', (d) => ((d.tasks[0].links = [{ title: 'x', url: ' JaVa\tScRiPt:alert(1)' }]), d), 'unsafe-url', '/tasks/0/links/0'],
  // Found by the mutation property below: ":" parsed as a relative path and passed.
  ['an event url that is only a colon', (d) => ((d.events[1].url = ':'), d), 'unsafe-url', '/events/1/url', (r) => assert.equal(r.feed!.events[1].url, undefined)],
  ['a data: URL on an event', (d) => ((d.events[0].url = 'data:text/html,<script>alert(1)</script>'), d), 'unsafe-url', '/events/0/url', (r) => assert.equal(r.feed!.events[0].url, undefined)],
  ['an unknown comparison', (d) => ((d.indicators[0].comparison = 'about'), d), 'unknown-comparison', '/indicators/0/comparison', (r) => assert.equal(r.feed!.indicators[0].comparison, 'at-least')],
  ['at-most without baseline', (d) => ((d.indicators[0].comparison = 'at-most'), delete d.indicators[0].baseline, d), 'no-baseline', '/indicators/0/baseline'],
  ['target 0', (d) => ((d.indicators[0].target = 0), d), 'bad-target', '/indicators/0/target'],
  ['an unknown event category', (d) => ((d.events[0].category = 'nope'), d), 'missing-ref', '/events/0/category', (r) => assert.equal(r.feed!.events[0].category, undefined)],
  ['an event ending before it starts', (d) => ((d.events[0].start = '2024-09-22'), (d.events[0].end = '2024-09-20'), d), 'end-before-start', '/events/0/end'],
  ['an all-day end given as a date-time', (d) => ((d.events[0].start = '2024-09-22'), (d.events[0].end = '2024-09-23T18:00:00+08:00'), d), 'all-day-end-time', '/events/0/end', (r) => assert.equal(r.feed!.events[0].end, '2024-09-23')],
  ['a date-time without offset', (d) => ((d.events[0].start = '2024-09-22T09:00'), delete d.events[0].end, d), 'no-offset', '/events/0/start'],
  ['an unknown time zone', (d) => ((d.timeZone = 'Mars/Olympus'), d), 'bad-time-zone', '/timeZone', (r) => assert.equal(r.feed!.timeZone, 'Asia/Shanghai')],
  ['tasks that are not a list', (d) => ((d.tasks = { a: 1 }), d), 'not-a-list', '/tasks', (r) => assert.deepEqual(r.feed!.tasks, [])],
  ['a 10,000-character title', (d) => ((d.tasks[0].title = 'x'.repeat(10_000)), d), 'string-too-long', '/tasks/0/title', (r) => assert.ok((r.feed!.tasks[0].title as string).length <= LIMITS.maxString + 1)],
  ['too many events', (d) => ((d.events = Array.from({ length: LIMITS.maxItems + 5 }, (_, i) => ({ id: 'e' + i, title: 'E', start: '2024-01-01' }))), d), 'too-many-items', '/events', (r) => assert.equal(r.feed!.events.length, LIMITS.maxItems)],
  ['deep nesting', (d) => { let x: any = 'deep'; for (let i = 0; i < 50; i++) x = { x }; d.tasks[0].summary = x; return d; }, 'too-deep', '', (r) => assert.equal(r.feed!.tasks.length, 22)],
  ['a __proto__ key', () => '{"version":1,"__proto__":{"polluted":1},"tasks":[{"id":"a","title":"A","status":"completed","__proto__":{"x":1}}]}', '', '', (r) => { assert.equal(({} as any).polluted, undefined); assert.equal(r.feed!.tasks.length, 1); }],
  ['a byte-order mark', () => '\uFEFF' + miyunText, '', '', (r) => assert.equal(r.feed!.tasks.length, 22)],
  ['an unknown field', (d) => ((d.tasks[0].colour = 'red'), d), '', '', (r) => assert.equal((r.feed!.tasks[0] as any).colour, undefined)],
  ['a document over the byte cap', () => '{"version":1,"x":"' + 'a'.repeat(LIMITS.maxBytes) + '"}', 'too-large', ''],
  ['sample as a string', (d) => ((d.sample = 'yes'), d), 'invalid-field', '/sample', (r) => assert.equal(r.feed!.sample, false)],
];

for (const [name, mutate, code, path, check] of cases) {
  test(`bad input: ${name}`, () => {
    const input = mutate(base());
    const r = validate(input);
    assertWellFormed(r);
    if (code) {
      const found = r.problems.find((p) => p.code === code);
      assert.ok(found, `expected a ${code} problem, got ${JSON.stringify(r.problems.map((p) => p.code))}`);
      if (path) assert.ok(r.problems.some((p) => p.code === code && p.path === path), `at ${path}: ${JSON.stringify(r.problems.map((p) => p.path))}`);
    } else if (!name.includes('nesting')) {
      assert.deepEqual(r.problems.map((p) => p.code), []);
    }
    check?.(r);
  });
}

test('validate never throws and always returns a well-formed result (random documents)', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
      assertWellFormed(validate(value));
      assertWellFormed(validate(JSON.stringify(value)));
    }),
    { numRuns: 1500 },
  );
});

test('validate never throws on mutated Miyun feeds', () => {
  const lists = ['sections', 'tasks', 'indicators', 'categories', 'events'] as const;
  const junk = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(NaN), fc.constant(Infinity), fc.string(), fc.constant('javascript:alert(1)'), fc.constant('2024-02-30'));
  fc.assert(
    fc.property(fc.constantFrom(...lists), fc.nat(30), fc.string({ maxLength: 12 }), junk, (list, index, key, value) => {
      const d = base();
      const items = d[list];
      const item = items[index % items.length];
      const keys = Object.keys(item);
      const field = key && Math.random() < 0.3 ? key : keys[index % keys.length];
      item[field] = value;
      const r = validate(d);
      assertWellFormed(r);
      assert.equal(r.fatal, false);
    }),
    { numRuns: 2000 },
  );
});

test('validate does not change its input', () => {
  const d = base();
  d.tasks[0].progress = 150;
  const before = JSON.stringify(d);
  validate(d);
  assert.equal(JSON.stringify(d), before);
});

test('problems point at the input positions even after earlier removals', () => {
  const d = base();
  d.tasks[0].owners = ['a', 5, 'b', 6];
  const r = validate(d);
  const paths = r.problems.filter((p) => p.code === 'invalid-field').map((p) => p.path);
  assert.deepEqual(paths, ['/tasks/0/owners/1', '/tasks/0/owners/3']);
  assert.deepEqual(r.feed!.tasks[0].owners, ['a', 'b']);
});

test('the byte cap counts UTF-8 bytes', () => {
  const chars = Math.floor(LIMITS.maxBytes / 3) + 10; // under the cap in characters, over it in bytes
  const r = validate('{"version":1,"title":"' + '密'.repeat(chars) + '"}');
  assert.equal(r.fatal, true);
  assert.equal(r.problems[0].code, 'too-large');
});

/** A feed of `n` tasks with a few bad ones, so both paths and the problems are exercised. */
function manyTasks(n: number) {
  const d = base();
  d.tasks = Array.from({ length: n }, (_, i) => ({
    id: i % 97 === 5 ? 't1' : `t${i}`, // duplicates
    title: i % 50 === 3 ? 5 : { 'zh-Hans': `任务 ${i}`, en: `Task ${i}` }, // invalid titles
    status: i % 41 === 0 ? 'paused' : 'in-progress', // unknown statuses
    progress: i % 60 === 7 ? 150 : i % 100,
    section: d.sections[i % d.sections.length].id,
  }));
  return d;
}

test('validateInSlices: a small feed is validated at once, with the same result as validate', () => {
  const r = validateInSlices(miyunText, 1000);
  assert.ok(!(r instanceof Promise), 'the Miyun feed fits in one slice');
  assert.deepEqual(r, validate(miyunText));
});

test('validateInSlices: a large feed is validated between tasks, with the same result as validate', async () => {
  const d = manyTasks(3000);
  const text = JSON.stringify(d);
  const pending = validateInSlices(text, 0);
  assert.ok(pending instanceof Promise, 'a 3,000-task feed does not fit in a slice of 0 ms');
  // Other work gets its turn while the feed is validated.
  let turns = 0;
  const timer = setInterval(() => turns++, 0);
  const r = await pending;
  clearInterval(timer);
  assert.ok(turns > 0, 'a timer ran while the feed was being validated');
  const whole = validate(text);
  assert.deepEqual(r, whole);
  assert.equal(r.feed!.tasks.length, whole.feed!.tasks.length);
  for (const code of ['duplicate-id', 'unknown-status', 'out-of-range', 'invalid-item']) {
    assert.ok(r.problems.some((p) => p.code === code), `a ${code} problem`);
  }
  // And from an object, leaving the object as it was.
  const before = JSON.stringify(d);
  assert.deepEqual(await validateInSlices(d, 0), validate(d));
  assert.equal(JSON.stringify(d), before);
});

test('validateInSlices: onPause runs once, at the first pause, before the result; never for a small feed', async () => {
  let small = 0;
  validateInSlices(miyunText, 1000, () => small++);
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(small, 0, 'a feed validated at once does not pause');

  const d = manyTasks(2000);
  const order: string[] = [];
  const pending = validateInSlices(d, 0, () => order.push('pause'));
  assert.ok(pending instanceof Promise);
  assert.equal(order.length, 0, 'not in the task that started the validation');
  const r = await pending;
  order.push('result');
  assert.deepEqual(order, ['pause', 'result']);
  assert.deepEqual(r, validate(d));
  // A pause hook that throws does not stop the validation.
  const thrown = await validateInSlices(d, 0, () => {
    throw new Error('the caller failed');
  });
  assert.deepEqual(thrown, r);
});

test('validateInSlices: fatal input is reported at once, as validate does', () => {
  for (const input of ['{', '[]', '{"version":2}', 42]) {
    const r = validateInSlices(input);
    assert.ok(!(r instanceof Promise));
    assert.equal(r.fatal, true);
    assert.deepEqual(r, validate(input));
  }
});
