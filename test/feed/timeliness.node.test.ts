import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { validate } from '../../src/feed/validate.js';
import {
  EDITOR_STALE_DAYS,
  STALE_AFTER_DAYS,
  dataAge,
  dataAsOf,
  dayOf,
  dueCounts,
  dueState,
  dueStateAt,
  feedTimeliness,
  isStale,
  latestUpdate,
  newestItemDate,
  sortUpdates,
} from '../../src/feed/timeliness.js';
import type { Feed, Task, TaskStatus } from '../../src/feed/types.js';

const miyun = validate(readFileSync('public/feeds/miyun-2024.json', 'utf8')).feed!;

/** The three moments of the proof, in Beijing time. */
const BEFORE_DUE = new Date('2024-06-01T12:00:00+08:00');
const JUST_AFTER_UPDATE = new Date('2024-10-01T12:00:00+08:00');
const TWO_YEARS_LATER = new Date('2026-12-01T15:58:00+08:00');
const MOMENTS = { 'before the due dates': BEFORE_DUE, "just after the feed's update": JUST_AFTER_UPDATE, 'two years later': TWO_YEARS_LATER };

const STATUSES: TaskStatus[] = ['completed', 'in-progress', 'delayed', 'not-started'];

function feedOf(tasks: Partial<Task>[], extra: Partial<Feed> = {}): Feed {
  return {
    version: 1,
    lang: 'zh-Hans',
    timeZone: 'Asia/Shanghai',
    sample: false,
    updated: '2024-09-30T17:00:00+08:00',
    sections: [],
    tasks: tasks.map((t, i) => ({ id: `t${i}`, title: `T${i}`, status: 'in-progress', ...t }) as Task),
    indicators: [],
    categories: [],
    events: [],
    ...extra,
  };
}

test('Miyun at three moments: the four statuses add up to the total; overdue and due-no-update are "of which" counts', () => {
  const expected = {
    'before the due dates': { overdue: 0, dueNoUpdate: 0 },
    "just after the feed's update": { overdue: 0, dueNoUpdate: 0 },
    'two years later': { overdue: 0, dueNoUpdate: 21 },
  };
  for (const [name, now] of Object.entries(MOMENTS)) {
    const byStatus = STATUSES.map((s) => miyun.tasks.filter((t) => t.status === s).length);
    assert.equal(byStatus.reduce((a, b) => a + b, 0), miyun.tasks.length, `${name}: statuses add up`);
    const counts = dueCounts(miyun.tasks, miyun, now);
    assert.deepEqual(counts, expected[name as keyof typeof expected], name);
    const notCompleted = miyun.tasks.filter((t) => t.status !== 'completed').length;
    assert.ok(counts.overdue + counts.dueNoUpdate <= notCompleted, `${name}: only unfinished tasks are counted`);
  }
});

test('Miyun two years later: no task is overdue that was not overdue at its last update; the completed one is neither', () => {
  for (const task of miyun.tasks) {
    const then = dueState(task, miyun, new Date(task.updated!));
    assert.notEqual(then, 'overdue', `${task.id} was not overdue at its update`);
    const now = dueState(task, miyun, TWO_YEARS_LATER);
    assert.equal(now, task.status === 'completed' ? undefined : 'due-no-update', task.id);
  }
});

test('overdue: the due date had passed at the time of the information and the task was not completed then', () => {
  const feed = feedOf([
    { due: '2024-08-31', status: 'delayed', updated: '2024-09-25T10:30:00+08:00' }, // 0: overdue when reported
    { due: '2024-12-31', status: 'in-progress', updated: '2024-09-27T16:30:00+08:00' }, // 1: due only since
    { due: '2024-08-31', status: 'completed', updated: '2024-09-25T10:30:00+08:00' }, // 2: completed
    { due: '2024-09-01', status: 'not-started' }, // 3: no own updated: the feed's (2024-09-30)
    { due: '2024-08-31', status: 'unknown' as TaskStatus, updated: '2024-09-25T10:30:00+08:00' }, // 4: unknown status
    { due: '2024-12-31', status: 'unknown' as TaskStatus }, // 5: unknown status, due since
    { status: 'delayed', updated: '2024-09-25T10:30:00+08:00' }, // 6: no due date
  ]);
  const states = (now: Date) => feed.tasks.map((t) => dueState(t, feed, now));
  assert.deepEqual(states(BEFORE_DUE), [undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  assert.deepEqual(states(JUST_AFTER_UPDATE), ['overdue', undefined, undefined, 'overdue', undefined, undefined, undefined]);
  assert.deepEqual(states(TWO_YEARS_LATER), ['overdue', 'due-no-update', undefined, 'overdue', undefined, 'due-no-update', undefined]);
  assert.deepEqual(dueCounts(feed.tasks, feed, TWO_YEARS_LATER), { overdue: 2, dueNoUpdate: 2 });
});

test('with no date for the information at all, a task is never overdue, only due-no-update', () => {
  const feed = feedOf([{ due: '2024-01-31', status: 'delayed' }], { updated: undefined });
  assert.equal(dueState(feed.tasks[0], feed, TWO_YEARS_LATER), 'due-no-update');
  assert.equal(dueState(feed.tasks[0], feed, new Date('2024-01-31T23:59:00+08:00')), undefined, 'on the due day itself');
});

test('a due date passes at the end of its day in the feed\'s time zone', () => {
  const task = { due: '2024-12-31', status: 'in-progress' as const, updated: '2025-03-01T00:00:00+08:00' };
  const shanghai = feedOf([]);
  const newYork = feedOf([], { timeZone: 'America/New_York' });
  const now = new Date('2024-12-31T16:30:00Z'); // 00:30 on 1 January in Beijing; 11:30 on 31 December in New York
  assert.equal(dueState(task, shanghai, now), 'overdue');
  assert.equal(dueState(task, newYork, now), undefined);
  assert.equal(dueState(task, shanghai, new Date('2024-12-31T15:59:00Z')), undefined, '23:59 on the due day, Beijing');
});

test('the information\'s date is its date in the feed\'s time zone', () => {
  // 2024-08-31T17:00Z is 1 September, 01:00 in Beijing: the 31 August due date had passed then.
  const task = { due: '2024-08-31', status: 'delayed' as const, updated: '2024-08-31T17:00:00Z' };
  assert.equal(dueState(task, feedOf([]), TWO_YEARS_LATER), 'overdue');
  assert.equal(dueState(task, feedOf([], { timeZone: 'UTC' }), TWO_YEARS_LATER), 'due-no-update');
});

test('dueStateAt: the same rule for a milestone (done, not done, done unknown), and a bad due date is no state', () => {
  const z = 'Asia/Shanghai';
  const info = '2024-09-25T10:30:00+08:00';
  assert.equal(dueStateAt('2024-08-31', false, info, z, TWO_YEARS_LATER), 'overdue');
  assert.equal(dueStateAt('2024-08-31', true, info, z, TWO_YEARS_LATER), undefined);
  assert.equal(dueStateAt('2024-08-31', undefined, info, z, TWO_YEARS_LATER), undefined);
  assert.equal(dueStateAt('2024-10-31', false, info, z, TWO_YEARS_LATER), 'due-no-update');
  assert.equal(dueStateAt('2024-10-31', undefined, info, z, TWO_YEARS_LATER), 'due-no-update');
  assert.equal(dueStateAt('2024-02-30', false, info, z, TWO_YEARS_LATER), undefined);
  assert.equal(dueStateAt(undefined, false, info, z, TWO_YEARS_LATER), undefined);
});

test('dataAsOf: the feed\'s updated; else the newest task or indicator date; due dates and events do not count', () => {
  assert.equal(dataAsOf(miyun), '2024-09-30T17:00:00+08:00');
  const noUpdated = { ...miyun, updated: undefined };
  assert.equal(dataAsOf(noUpdated), newestItemDate(miyun));
  assert.equal(newestItemDate(miyun), '2024-09-30T11:00:00+08:00', 'task t4, updated at 11:00 on 30 September');

  const feed = feedOf(
    [
      { updated: '2024-09-20T10:00:00+08:00', due: '2025-12-31', updates: [{ date: '2024-09-28', text: 'x' }] },
      { updated: '2024-09-27T23:30:00Z' }, // 28 September, 07:30 in Beijing: later than the date 2024-09-28
    ],
    { updated: undefined, events: [{ id: 'e', title: 'E', start: '2025-01-01' }] },
  );
  assert.equal(dataAsOf(feed), '2024-09-27T23:30:00Z');
  feed.indicators = [{ id: 'i', title: 'I', target: 1, comparison: 'at-least', asOf: '2024-09-29', history: [{ date: '2024-10-02', value: 1 }] }];
  assert.equal(dataAsOf(feed), '2024-10-02');
  assert.equal(dataAsOf(feedOf([{ due: '2024-12-31' }], { updated: undefined })), undefined, 'a due date is a plan, not a report');
});

test('dataAge: whole days and months in the feed\'s time zone', () => {
  const z = 'Asia/Shanghai';
  assert.deepEqual(dataAge('2024-09-30T17:00:00+08:00', TWO_YEARS_LATER, z), { days: 792, months: 26, years: 2 });
  assert.deepEqual(dataAge('2024-09-30T17:00:00+08:00', JUST_AFTER_UPDATE, z), { days: 1, months: 0, years: 0 });
  assert.deepEqual(dataAge('2024-09-30', new Date('2024-09-30T23:59:00+08:00'), z), { days: 0, months: 0, years: 0 });
  // 23:30 UTC on 30 September is already 1 October in Beijing.
  assert.equal(dataAge('2024-09-30T23:30:00Z', new Date('2024-10-02T12:00:00+08:00'), z)!.days, 1);
  assert.equal(dataAge('2024-09-30T23:30:00Z', new Date('2024-10-02T12:00:00Z'), 'UTC')!.days, 2);
  // A month is complete on the same day of the month.
  assert.equal(dataAge('2024-01-31', new Date('2024-02-29T12:00:00+08:00'), z)!.months, 0);
  assert.equal(dataAge('2024-01-31', new Date('2024-03-01T12:00:00+08:00'), z)!.months, 1);
  assert.equal(dataAge('2024-09-30', new Date('2025-09-30T12:00:00+08:00'), z)!.years, 1);
  assert.deepEqual(dataAge('2025-01-01', JUST_AFTER_UPDATE, z), { days: 0, months: 0, years: 0 }, 'data from the future is not old');
  assert.equal(dataAge('30/09/2024', JUST_AFTER_UPDATE, z), undefined);
});

test('isStale: only past stale-after (default 90 days); the editors\' threshold is 14 days', () => {
  const z = 'Asia/Shanghai';
  const asOf = '2024-09-30T17:00:00+08:00';
  const day = (d: string) => new Date(`${d}T12:00:00+08:00`);
  assert.equal(STALE_AFTER_DAYS, 90);
  assert.equal(EDITOR_STALE_DAYS, 14);
  assert.equal(isStale(asOf, day('2024-12-29'), z), false, 'exactly 90 days');
  assert.equal(isStale(asOf, day('2024-12-30'), z), true, '91 days');
  assert.equal(isStale(asOf, day('2024-10-14'), z, 14), false);
  assert.equal(isStale(asOf, day('2024-10-15'), z, 14), true);
  assert.equal(isStale(asOf, day('2024-12-30'), z, NaN), true, 'a bad stale-after means 90');
  assert.equal(isStale(asOf, day('2024-12-29'), z, -1), false, 'a negative stale-after means 90');
  assert.equal(isStale(asOf, day('2024-10-01'), z, 0), true, 'stale-after 0: any day old is stale');
  assert.equal(isStale(undefined, TWO_YEARS_LATER, z), false, 'no date: nothing to judge by');
});

test('feedTimeliness on Miyun at three moments (and at 15 days, stale for editors only)', () => {
  const at = (now: Date, staleAfter?: number) => {
    const t = feedTimeliness(miyun, now, staleAfter);
    return [t.asOf, t.fromItems, t.age?.days, t.stale, t.editorStale];
  };
  const asOf = '2024-09-30T17:00:00+08:00';
  assert.deepEqual(at(BEFORE_DUE), [asOf, false, 0, false, false]);
  assert.deepEqual(at(JUST_AFTER_UPDATE), [asOf, false, 1, false, false]);
  assert.deepEqual(at(TWO_YEARS_LATER), [asOf, false, 792, true, true]);
  assert.deepEqual(at(new Date('2024-10-15T12:00:00+08:00')), [asOf, false, 15, false, true]);
  assert.deepEqual(at(TWO_YEARS_LATER, 1000), [asOf, false, 792, false, true]);
  const noDate = feedTimeliness(feedOf([], { updated: undefined }), TWO_YEARS_LATER);
  assert.deepEqual(noDate, { asOf: undefined, fromItems: false, age: undefined, stale: false, editorStale: false });
  assert.equal(feedTimeliness({ ...miyun, updated: undefined }, TWO_YEARS_LATER).fromItems, true);
});

test('dayOf and sortUpdates: dates in the feed\'s time zone, newest first, timed before date-only on one day', () => {
  const z = 'Asia/Shanghai';
  assert.equal(dayOf('2024-09-29T20:00:00Z', z), '2024-09-30');
  assert.equal(dayOf('2024-09-29T20:00', z), '2024-09-29', 'no offset: wall time in the zone');
  assert.equal(dayOf('nope', z), undefined);
  const list = [
    { date: '2024-09-29T23:00:00+08:00', n: 1 },
    { date: '2024-09-30', n: 2 },
    { date: '2024-09-29T20:00:00Z', n: 3 }, // 30 September, 04:00 in Beijing
    { date: '2024-09-30T10:00:00+08:00', n: 4 },
    { date: 'bad', n: 5 },
    { date: '2024-09-30', n: 6 },
  ];
  assert.deepEqual(sortUpdates(list, z).map((u) => u.n), [4, 3, 2, 6, 1, 5]);
  assert.deepEqual(list.map((u) => u.n), [1, 2, 3, 4, 5, 6], 'the input is not changed');
  assert.equal(latestUpdate(miyun.tasks[0])?.date, '2024-09-27');
  assert.equal(latestUpdate({}), undefined);
});

// Property tests: time passing never makes a task overdue, and the counts always add up.

const day = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true });
const isoDay = day.map((d) => d.toISOString().slice(0, 10));
const taskArb = fc.record(
  {
    status: fc.constantFrom<TaskStatus | 'unknown'>('completed', 'in-progress', 'delayed', 'not-started', 'unknown'),
    due: isoDay,
    updated: day.map((d) => d.toISOString()),
  },
  { requiredKeys: ['status'] },
);

test('property: the four statuses add up; overdue and due-no-update never exceed the unfinished tasks', () => {
  fc.assert(
    fc.property(fc.array(taskArb, { maxLength: 30 }), fc.option(day.map((d) => d.toISOString()), { nil: undefined }), day, (tasks, updated, now) => {
      const feed = feedOf(tasks as Partial<Task>[], { updated });
      const counts = dueCounts(feed.tasks, feed, now);
      const unfinished = feed.tasks.filter((t) => t.status !== 'completed').length;
      assert.ok(counts.overdue + counts.dueNoUpdate <= unfinished);
      const byStatus = [...STATUSES, 'unknown'].map((s) => feed.tasks.filter((t) => t.status === s).length);
      assert.equal(byStatus.reduce((a, b) => a + b, 0), feed.tasks.length);
    }),
  );
});

test('property: as time passes a task never becomes overdue, and an overdue task stays overdue', () => {
  fc.assert(
    fc.property(taskArb, fc.option(day.map((d) => d.toISOString()), { nil: undefined }), day, day, (task, updated, a, b) => {
      const [early, late] = a <= b ? [a, b] : [b, a];
      const feed = feedOf([], { updated });
      const before = dueState(task as Task, feed, early);
      const after = dueState(task as Task, feed, late);
      if (before === 'overdue') assert.equal(after, 'overdue');
      if (before === 'due-no-update') assert.equal(after, 'due-no-update');
      if (after === 'overdue') {
        // Overdue only when the due date was passed when the information was given.
        const info = task.updated ?? updated;
        assert.ok(info !== undefined && task.due! < dayOf(info, feed.timeZone)!);
      }
    }),
  );
});

test('property: data age grows with time and isStale agrees with it', () => {
  fc.assert(
    fc.property(day, day, day, fc.integer({ min: 0, max: 800 }), (asOfDate, a, b, limit) => {
      const asOf = asOfDate.toISOString();
      const [early, late] = a <= b ? [a, b] : [b, a];
      const x = dataAge(asOf, early, 'Asia/Shanghai')!;
      const y = dataAge(asOf, late, 'Asia/Shanghai')!;
      assert.ok(x.days <= y.days && x.months <= y.months);
      assert.ok(y.months * 28 <= y.days + 3 && y.days <= (y.months + 1) * 31, JSON.stringify(y));
      assert.equal(isStale(asOf, late, 'Asia/Shanghai', limit), y.days > limit);
    }),
  );
});

test('property: sortUpdates is a permutation whose days never increase', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(isoDay, day.map((d) => d.toISOString())), { maxLength: 40 }), (dates) => {
      const sorted = sortUpdates(dates.map((date) => ({ date })), 'Asia/Shanghai');
      assert.deepEqual(sorted.map((u) => u.date).sort(), [...dates].sort());
      const days = sorted.map((u) => dayOf(u.date, 'Asia/Shanghai')!);
      for (let i = 1; i < days.length; i++) assert.ok(days[i] <= days[i - 1], `${days[i - 1]} then ${days[i]}`);
    }),
  );
});
