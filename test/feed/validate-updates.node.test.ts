import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as v from 'valibot';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { validate } from '../../src/feed/validate.js';
import { FAIL, fastParse } from '../../src/feed/fast-parse.js';
import { UpdateSchema } from '../../src/feed/schema.js';
import { LIMITS } from '../../src/feed/limits.js';
import { dayOf } from '../../src/feed/timeliness.js';
import { feedJsonSchema } from '../../scripts/write-schema.js';
import type { TaskUpdate, ValidationResult } from '../../src/feed/types.js';

const miyunText = readFileSync('public/feeds/miyun-2024.json', 'utf8');
const miyun = JSON.parse(miyunText);

/** Miyun with task t1's updates replaced by `updates`. */
function withUpdates(updates: unknown, change: (d: any) => void = () => {}): any {
  const d = structuredClone(miyun);
  d.tasks[0].updates = updates;
  change(d);
  return d;
}

const codes = (r: ValidationResult) => r.problems.map((p) => `${p.code} ${p.path}`);

test('the Miyun feed: every task has dated updates, newest first, none after the feed\'s updated, still sample data, no problems', () => {
  const r = validate(miyunText);
  assert.deepEqual(r.problems, []);
  const feed = r.feed!;
  assert.equal(feed.sample, true);
  const feedDay = dayOf(feed.updated!, feed.timeZone)!;
  for (const task of feed.tasks) {
    const updates = task.updates ?? [];
    assert.ok(updates.length >= 2, `${task.id} has a few updates`);
    const days = updates.map((u) => dayOf(u.date, feed.timeZone)!);
    for (let i = 1; i < days.length; i++) assert.ok(days[i] < days[i - 1], `${task.id}: newest first`);
    assert.ok(days[0] <= feedDay, `${task.id}: not after the feed's updated`);
    assert.equal(days[0], dayOf(task.updated!, feed.timeZone), `${task.id}: the newest update is on the task's updated day`);
    assert.equal(updates[0].progress ?? task.progress, task.progress, `${task.id}: the newest update's progress is the task's`);
    for (const u of updates) {
      assert.equal(typeof u.text, 'object', `${task.id}: bilingual like the rest of the feed`);
      assert.ok((u.text as Record<string, string>)['zh-Hans'] && (u.text as Record<string, string>).en, `${task.id}: zh-Hans and en`);
    }
  }
});

test('updates are sorted newest first whatever their order in the feed (dates in the feed\'s time zone)', () => {
  const updates = [
    { date: '2024-03-31', text: 'a' },
    { date: '2024-09-29T20:00:00Z', text: 'b' }, // 30 September, 04:00 in Beijing
    { date: '2024-09-29T23:00:00+08:00', text: 'c' },
    { date: '2024-09-30', text: 'd' },
    { date: '2024-06-30', text: 'e' },
  ];
  const r = validate(withUpdates(updates));
  assert.deepEqual(codes(r), []);
  assert.deepEqual(r.feed!.tasks[0].updates!.map((u) => u.text), ['b', 'd', 'c', 'e', 'a']);
  // In UTC, b is on 29 September, after c's 15:00 UTC.
  const utc = validate(withUpdates(updates, (d) => (d.timeZone = 'UTC')));
  assert.deepEqual(utc.feed!.tasks[0].updates!.map((u) => u.text), ['d', 'b', 'c', 'e', 'a']);
});

test('property: any order of the Miyun updates gives the same cleaned feed', () => {
  const clean = validate(miyunText).feed!;
  fc.assert(
    fc.property(fc.integer({ min: 0, max: miyun.tasks.length - 1 }), fc.array(fc.nat(), { minLength: 1, maxLength: 10 }), (i, keys) => {
      const d = structuredClone(miyun);
      const list = d.tasks[i].updates as unknown[];
      const order = list.map((u, j) => ({ u, k: keys[j % keys.length] + j / 100 })).sort((a, b) => a.k - b.k);
      d.tasks[i].updates = order.map((x) => x.u);
      assert.deepEqual(validate(d).feed!.tasks[i].updates, clean.tasks[i].updates);
    }),
    { numRuns: 50 },
  );
});

type Case = [name: string, updates: unknown, expected: string[], check?: (u: TaskUpdate[] | undefined) => void, change?: (d: any) => void];

const ok = { date: '2024-09-01', text: '正常' };
const cases: Case[] = [
  ['updates that are not a list', { date: '2024-09-01', text: 'x' }, ['invalid-field /tasks/0/updates'], (u) => assert.equal(u, undefined)],
  ['an update that is a number', [5, ok], ['invalid-field /tasks/0/updates/0'], (u) => assert.deepEqual(u, [ok])],
  ['an update without date', [{ text: 'x' }, ok], ['invalid-field /tasks/0/updates/0'], (u) => assert.deepEqual(u, [ok])],
  ['a date that is a number', [{ date: 20240901, text: 'x' }], ['invalid-field /tasks/0/updates/0'], (u) => assert.deepEqual(u, [])],
  ['an impossible date', [ok, { date: '2024-02-30', text: 'x' }], ['invalid-date /tasks/0/updates/1'], (u) => assert.deepEqual(u, [ok])],
  ['a date written 2024/9/1', [{ date: '2024/9/1', text: 'x' }], ['invalid-field /tasks/0/updates/0'], (u) => assert.deepEqual(u, [])],
  ['an update without text', [{ date: '2024-09-01' }], ['invalid-field /tasks/0/updates/0'], (u) => assert.deepEqual(u, [])],
  ['an empty text', [{ date: '2024-09-01', text: '' }], ['invalid-field /tasks/0/updates/0'], (u) => assert.deepEqual(u, [])],
  ['a blank text', [{ date: '2024-09-01', text: ' \n\u3000' }], ['invalid-field /tasks/0/updates/0'], (u) => assert.deepEqual(u, [])],
  ['an empty text object', [{ date: '2024-09-01', text: {} }], ['invalid-field /tasks/0/updates/0'], (u) => assert.deepEqual(u, [])],
  ['a text object with only blank strings', [{ date: '2024-09-01', text: { 'zh-Hans': '', en: ' ' } }], ['invalid-field /tasks/0/updates/0'], (u) => assert.deepEqual(u, [])],
  ['a text that is a number', [{ date: '2024-09-01', text: 42 }], ['invalid-field /tasks/0/updates/0'], (u) => assert.deepEqual(u, [])],
  ['progress 150', [{ ...ok, progress: 150 }], ['out-of-range /tasks/0/updates/0/progress'], (u) => assert.equal(u![0].progress, 100)],
  ['progress -5', [{ ...ok, progress: -5 }], ['out-of-range /tasks/0/updates/0/progress'], (u) => assert.equal(u![0].progress, 0)],
  ['progress "50"', [{ ...ok, progress: '50' }], ['invalid-field /tasks/0/updates/0/progress'], (u) => assert.deepEqual(u, [ok])],
  ['progress NaN (feed property)', [{ ...ok, progress: NaN }], ['invalid-field /tasks/0/updates/0/progress'], (u) => assert.deepEqual(u, [ok])],
  [
    'a text over the update limit',
    [{ date: '2024-09-01', text: '进'.repeat(LIMITS.maxUpdateText + 500) }],
    ['string-too-long /tasks/0/updates/0/text'],
    (u) => assert.equal((u![0].text as string).length, LIMITS.maxUpdateText + 1),
  ],
  [
    'an English text over the limit',
    [{ date: '2024-09-01', text: { 'zh-Hans': '短', en: 'x'.repeat(LIMITS.maxUpdateText + 1) } }],
    ['string-too-long /tasks/0/updates/0/text/en'],
    (u) => assert.deepEqual([(u![0].text as Record<string, string>)['zh-Hans'], (u![0].text as Record<string, string>).en.length], ['短', LIMITS.maxUpdateText + 1]),
  ],
  [
    'a date after the feed\'s updated',
    [{ date: '2024-10-08', text: 'future' }, ok],
    ['update-after-feed /tasks/0/updates/0/date'],
    (u) => assert.deepEqual(u, [ok]),
  ],
  [
    'a date-time that is already the next day in the feed\'s time zone',
    [{ date: '2024-09-30T16:30:00Z', text: '1 October, 00:30 in Beijing' }],
    ['update-after-feed /tasks/0/updates/0/date'],
    (u) => assert.deepEqual(u, []),
  ],
  ['a later time on the feed\'s updated day', [{ date: '2024-09-30T21:00:00+08:00', text: 'same day' }], [], (u) => assert.equal(u!.length, 1)],
  ['a far future date with no feed updated', [{ date: '2042-09-30', text: 'x' }], [], (u) => assert.equal(u!.length, 1), (d) => delete d.updated],
  ['a date-time without offset', [{ date: '2024-09-01T09:00', text: 'x' }], ['no-offset /tasks/0/updates/0/date'], (u) => assert.equal(u![0].date, '2024-09-01T09:00')],
  [
    'problems point at the input\'s positions after earlier updates were dropped',
    [5, { date: 'x', text: 'a' }, ok, { date: '2025-01-01', text: 'b' }, { ...ok, progress: 101 }, { date: '2024-02-30', text: 'c' }],
    [
      'update-after-feed /tasks/0/updates/3/date',
      'out-of-range /tasks/0/updates/4/progress',
      'invalid-field /tasks/0/updates/0',
      'invalid-field /tasks/0/updates/1',
      'invalid-date /tasks/0/updates/5',
    ],
    (u) => assert.deepEqual(u, [ok, { ...ok, progress: 100 }]),
  ],
];

for (const [name, updates, expected, check, change] of cases) {
  test(`bad updates: ${name}`, () => {
    const r = validate(withUpdates(updates, change));
    assert.equal(r.fatal, false);
    assert.equal(r.feed!.tasks.length, 22, 'the task is kept');
    assert.deepEqual(codes(r).sort(), [...expected].sort());
    for (const p of r.problems) assert.equal(p.severity, 'warning');
    check?.(r.feed!.tasks[0].updates);
  });
}

test('property: an update is left out exactly when its day in the feed\'s time zone is after the feed\'s updated day', () => {
  const instant = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true });
  const offset = fc.integer({ min: -14 * 60, max: 14 * 60 });
  const write = (d: Date, off: number) => {
    const wall = new Date(d.getTime() + off * 60_000).toISOString().slice(0, 19);
    const a = Math.abs(off);
    return `${wall}${off < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
  };
  const date = fc.oneof(
    fc.tuple(instant, offset).map(([d, off]) => write(d, off)),
    instant.map((d) => d.toISOString().slice(0, 10)),
    instant.map((d) => d.toISOString().slice(0, 16)),
  );
  const zone = fc.constantFrom('Asia/Shanghai', 'America/New_York', 'Europe/London', 'Pacific/Chatham', 'UTC');
  fc.assert(
    fc.property(date, fc.tuple(instant, offset).map(([d, off]) => write(d, off)), zone, (when, updated, timeZone) => {
      const r = validate({ version: 1, updated, timeZone, tasks: [{ id: 'a', title: 'A', status: 'in-progress', updates: [{ date: when, text: 'x' }] }] });
      const after = dayOf(when, timeZone)! > dayOf(updated, timeZone)!;
      assert.equal(r.feed!.tasks[0].updates!.length, after ? 0 : 1, `${when} vs ${updated} in ${timeZone}`);
      assert.equal(r.problems.some((p) => p.code === 'update-after-feed'), after);
    }),
    { numRuns: 400 },
  );
});

test('too many updates: the newest 200 are kept, with a warning', () => {
  const updates = Array.from({ length: LIMITS.maxUpdates + 25 }, (_, i) => ({
    date: new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
    text: `第${i}条`,
  }));
  const r = validate(withUpdates(updates));
  assert.deepEqual(codes(r), ['too-many-items /tasks/0/updates']);
  const kept = r.feed!.tasks[0].updates!;
  assert.equal(kept.length, LIMITS.maxUpdates);
  assert.equal(kept[0].text, `第${LIMITS.maxUpdates + 24}条`, 'the newest first');
  assert.equal(kept[kept.length - 1].text, '第25条', 'the oldest 25 are dropped');
});

test('the caller\'s feed object is not changed by the repairs', () => {
  const updates = [{ date: '2024-03-01', text: 'x'.repeat(LIMITS.maxUpdateText + 1), progress: 150 }, { date: '2024-09-01', text: 'y' }];
  const input = withUpdates(updates);
  const before = structuredClone(input);
  validate(input);
  assert.deepEqual(input, before);
});

test('validate and validateInSlices agree on a feed with updates (same result, same problems)', async () => {
  const { validateInSlices } = await import('../../src/feed/validate.js');
  const d = withUpdates([{ date: '2024-03-01', text: 'x', progress: 150 }, 5, { date: '2024-12-01', text: 'late' }]);
  assert.deepEqual(await validateInSlices(structuredClone(d), 0.001), validate(structuredClone(d)));
});

test('property: the fast path and valibot agree on updates', () => {
  const text = fc.oneof(fc.string(), fc.dictionary(fc.constantFrom('zh-Hans', 'en', 'bad tag', ''), fc.oneof(fc.string(), fc.integer())));
  const date = fc.oneof(fc.constantFrom('2024-09-01', '2024-02-30', '2024-09-01T09:00', '2024-09-01T09:00:00+08:00', '2024-09-01T25:00Z', ''), fc.string());
  const update = fc.record({ date, text, progress: fc.oneof(fc.double(), fc.integer({ min: -10, max: 110 }), fc.string()) }, { requiredKeys: [] });
  fc.assert(
    fc.property(update, (u) => {
      const slow = v.safeParse(UpdateSchema, u);
      const fast = fastParse(UpdateSchema, u);
      if (slow.success) assert.deepEqual(fast, slow.output);
      else assert.equal(fast, FAIL);
    }),
    { numRuns: 500 },
  );
});

test('the JSON Schema accepts the Miyun updates and rejects broken ones', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const check = ajv.compile(feedJsonSchema());
  assert.ok(check(miyun), JSON.stringify(check.errors?.slice(0, 3)));
  const broken: [string, unknown][] = [
    ['no text', { date: '2024-09-01' }],
    ['no date', { text: 'x' }],
    ['a date written 2024/9/1', { date: '2024/9/1', text: 'x' }],
    ['progress 150', { date: '2024-09-01', text: 'x', progress: 150 }],
    ['a number as text', { date: '2024-09-01', text: 5 }],
  ];
  for (const [name, update] of broken) assert.equal(check(withUpdates([update])), false, `${name} should be rejected`);
  assert.equal(check(withUpdates({ date: '2024-09-01', text: 'x' })), false, 'updates that are not a list');
});
