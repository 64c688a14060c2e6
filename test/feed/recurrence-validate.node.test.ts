/** The validator and the contract on events[].recurrence (issue 18, item 4). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { validate } from '../../src/feed/validate.js';
import { feedJsonSchema } from '../../scripts/write-schema.js';

const feedWith = (...recurrences: unknown[]) => ({
  version: 1,
  timeZone: 'Asia/Shanghai',
  events: recurrences.map((recurrence, i) => ({ id: `e${i}`, title: 'Event', start: '2024-09-14', recurrence })),
});

/** The problems of one recurrence, and the event it leaves. */
function check(recurrence: unknown) {
  const r = validate(feedWith(recurrence));
  assert.equal(r.fatal, false);
  assert.equal(r.feed!.events.length, 1, 'the event is kept');
  return { problems: r.problems.map((p) => [p.code, p.path, p.severity]), event: r.feed!.events[0], all: r.problems };
}

test('good rules pass with no problem and are kept as given', () => {
  const good = [
    { rrule: 'FREQ=YEARLY;BYMONTH=4;BYDAY=3SU' },
    { rrule: 'freq=monthly;byday=2SA,-1su' },
    { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH', count: 10 },
    { rrule: 'FREQ=MONTHLY;BYMONTHDAY=31,-1', until: '2025-12-31', exdates: ['2024-10-31'] },
    { solarTerm: 'autumn-equinox' },
    { solarTerm: 'minor-cold', until: '2030-01-01' },
    { lunar: { month: 1, day: 15 } },
    { lunar: { month: 6, day: 30, leap: true } },
  ];
  const r = validate(feedWith(...good));
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.feed!.events.map((e) => e.recurrence), good);
});

const BAD: [string, unknown, string, string][] = [
  ['two rules at once', { rrule: 'FREQ=YEARLY', solarTerm: 'autumn-equinox' }, 'recurrence-rules', '/events/0/recurrence'],
  ['no rule', { until: '2025-01-01' }, 'recurrence-no-rule', '/events/0/recurrence'],
  ['not an object', 'FREQ=YEARLY', 'recurrence-invalid', '/events/0/recurrence'],
  ['an unknown FREQ', { rrule: 'FREQ=DAILY' }, 'rrule-freq', '/events/0/recurrence/rrule'],
  ['no FREQ', { rrule: 'BYMONTH=4' }, 'rrule-freq', '/events/0/recurrence/rrule'],
  ['an unsupported part', { rrule: 'FREQ=YEARLY;BYSETPOS=1' }, 'rrule-part', '/events/0/recurrence/rrule'],
  ['COUNT inside the rule', { rrule: 'FREQ=YEARLY;COUNT=3' }, 'rrule-part', '/events/0/recurrence/rrule'],
  ['a rule that is not text', { rrule: 5 }, 'rrule-part', '/events/0/recurrence/rrule'],
  ['BYMONTH=13', { rrule: 'FREQ=YEARLY;BYMONTH=13' }, 'rrule-value', '/events/0/recurrence/rrule'],
  ['INTERVAL=0', { rrule: 'FREQ=WEEKLY;INTERVAL=0' }, 'rrule-value', '/events/0/recurrence/rrule'],
  ['an ordinal in a weekly rule', { rrule: 'FREQ=WEEKLY;BYDAY=2SA' }, 'rrule-value', '/events/0/recurrence/rrule'],
  ['BYMONTHDAY=0', { rrule: 'FREQ=MONTHLY;BYMONTHDAY=0' }, 'rrule-value', '/events/0/recurrence/rrule'],
  ['BYDAY=6SA in a monthly rule', { rrule: 'FREQ=MONTHLY;BYDAY=6SA' }, 'rrule-value', '/events/0/recurrence/rrule'],
  ['an unknown solar term', { solarTerm: 'mid-autumn' }, 'unknown-solar-term', '/events/0/recurrence/solarTerm'],
  ['lunar day 31', { lunar: { month: 1, day: 31 } }, 'lunar-date', '/events/0/recurrence/lunar'],
  ['lunar month 13', { lunar: { month: 13, day: 1 } }, 'lunar-date', '/events/0/recurrence/lunar'],
  ['lunar day 1.5', { lunar: { month: 1, day: 1.5 } }, 'lunar-date', '/events/0/recurrence/lunar'],
  ['leap as text', { lunar: { month: 1, day: 1, leap: 'yes' } }, 'lunar-date', '/events/0/recurrence/lunar'],
  ['a bad until', { rrule: 'FREQ=YEARLY', until: '2025-02-30' }, 'recurrence-until', '/events/0/recurrence/until'],
  ['until as a date-time', { rrule: 'FREQ=YEARLY', until: '2025-01-01T00:00:00+08:00' }, 'recurrence-until', '/events/0/recurrence/until'],
  ['until before the start', { rrule: 'FREQ=YEARLY', until: '2024-01-01' }, 'recurrence-until', '/events/0/recurrence/until'],
  ['count 0', { rrule: 'FREQ=YEARLY', count: 0 }, 'recurrence-count', '/events/0/recurrence/count'],
];

for (const [name, recurrence, code, path] of BAD) {
  test(`${name}: "${code}" at ${path}, the recurrence dropped, the event kept as a single event`, () => {
    const { problems, event, all } = check(recurrence);
    assert.deepEqual(problems, [[code, path, 'warning']]);
    assert.equal(event.recurrence, undefined);
    assert.equal(event.start, '2024-09-14');
    for (const p of all) {
      assert.ok(p.message.en.length > 20 && !p.message.en.includes('undefined'), p.message.en);
      assert.match(p.message['zh-Hans'], /[\u4e00-\u9fff]/);
    }
  });
}

test('a bad exdate is dropped alone; count beside until is dropped', () => {
  const { problems, event } = check({ rrule: 'FREQ=MONTHLY', until: '2025-06-30', count: 3, exdates: ['2024-10-14', '10/14', 7] });
  assert.deepEqual(problems, [
    ['until-and-count', '/events/0/recurrence/count', 'warning'],
    ['recurrence-exdate', '/events/0/recurrence/exdates/1', 'warning'],
    ['recurrence-exdate', '/events/0/recurrence/exdates/2', 'warning'],
  ]);
  assert.deepEqual(event.recurrence, { rrule: 'FREQ=MONTHLY', until: '2025-06-30', exdates: ['2024-10-14'] });
});

test('the caller\'s feed object is not changed', () => {
  const feed = feedWith({ rrule: 'FREQ=MONTHLY', until: '2025-06-30', count: 3, exdates: ['x'] });
  const copy = structuredClone(feed);
  validate(feed);
  assert.deepEqual(feed, copy);
});

test('the JSON Schema describes the recurrence: good rules pass, a wrong type or term fails', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const schema = ajv.compile(feedJsonSchema());
  const miyun = JSON.parse(readFileSync('public/feeds/miyun-2024.json', 'utf8'));
  const withRule = (recurrence: unknown) => {
    const d = structuredClone(miyun);
    d.events[0].recurrence = recurrence;
    return schema(d);
  };
  assert.equal(withRule({ solarTerm: 'autumn-equinox' }), true);
  assert.equal(withRule({ lunar: { month: 1, day: 15, leap: false }, exdates: ['2026-03-03'] }), true);
  assert.equal(withRule({ rrule: 'FREQ=YEARLY', count: 3 }), true);
  assert.equal(withRule({ solarTerm: 'mid-autumn' }), false);
  assert.equal(withRule({ lunar: { month: 1, day: 31 } }), false);
  assert.equal(withRule({ rrule: 'FREQ=YEARLY', until: '2025/01/01' }), false);
});
