/** Recurring events (issue 18, item 4): expansion of events[].recurrence against known dates. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { expandEvents, expandEventsAsync, loadLunarRules, needsLunar, nextEvent, previousEvent, type ExpandOptions } from '../../src/feed/recurrence.js';
import { chineseDate, chineseToGregorian, lunarDate, newMoonInstant, SOLAR_TERMS, solarTermDate } from '../../src/feed/lunar.js';
import { SOLAR_TERM_IDS } from '../../src/feed/recurrence-rule.js';
import type { FeedEvent } from '../../src/feed/types.js';

const SH = 'Asia/Shanghai';
const lunar = await loadLunarRules();
const ev = (recurrence: FeedEvent['recurrence'], start = '2024-01-01', extra: Partial<FeedEvent> = {}): FeedEvent => ({
  id: 'e',
  title: 'Event',
  start,
  recurrence,
  ...extra,
});
const dates = (e: FeedEvent, from: string, to: string, options: Partial<ExpandOptions> = {}) =>
  expandEvents([e], { from, to, timeZone: SH, lunar, ...options }).events.map((o) => o.start);

test('the 24 solar-term names of the contract are the terms of lunar.ts, in the same order', () => {
  const issue = 'start-of-spring 立春, rain-water 雨水, awakening-of-insects 惊蛰, spring-equinox 春分, pure-brightness 清明, grain-rain 谷雨, start-of-summer 立夏, grain-buds 小满, grain-in-ear 芒种, summer-solstice 夏至, minor-heat 小暑, major-heat 大暑, start-of-autumn 立秋, end-of-heat 处暑, white-dew 白露, autumn-equinox 秋分, cold-dew 寒露, frost-descent 霜降, start-of-winter 立冬, minor-snow 小雪, major-snow 大雪, winter-solstice 冬至, minor-cold 小寒, major-cold 大寒';
  const pairs = issue.split(', ').map((p) => p.split(' '));
  assert.equal(pairs.length, 24);
  for (const [id, name] of pairs) assert.equal(SOLAR_TERMS[SOLAR_TERM_IDS.indexOf(id as never)], name, id);
  assert.equal(solarTermDate(2025, SOLAR_TERM_IDS.indexOf('minor-cold')), '2025-01-05');
});

test('秋分 (autumn equinox): 2024-09-22, 2025-09-23, 2026-09-23', () => {
  const harvest = ev({ solarTerm: 'autumn-equinox' }, '2024-09-22');
  assert.deepEqual(dates(harvest, '2024-01-01', '2026-12-31'), ['2024-09-22', '2025-09-23', '2026-09-23']);
});

test('an all-day occurrence keeps an end on its own day; one without end gets none', () => {
  const harvest = ev({ solarTerm: 'autumn-equinox' }, '2024-09-22', { end: '2024-09-22' });
  const r = expandEvents([harvest, { ...harvest, id: 'f', end: undefined }], { from: '2025-01-01', to: '2025-12-31', timeZone: SH, lunar });
  assert.deepEqual(r.events.map((o) => [o.id, o.start, o.end]), [['e@2025-09-23', '2025-09-23', '2025-09-23'], ['f@2025-09-23', '2025-09-23', undefined]]);
});

test('solar terms are dates in the given time zone (秋分 2026 is 22 September in New York)', () => {
  const harvest = ev({ solarTerm: 'autumn-equinox' }, '2024-09-22');
  assert.deepEqual(dates(harvest, '2026-01-01', '2026-12-31', { timeZone: 'America/New_York' }), ['2026-09-22']);
});

test('元宵节 (lunar 1-15): 2025-02-12, 2026-03-03, at the first occurrence\'s time of day', () => {
  const lantern = ev({ lunar: { month: 1, day: 15 } }, '2024-02-24T19:00:00+08:00', { end: '2024-02-24T21:30:00+08:00' });
  const out = expandEvents([lantern], { from: '2025-01-01', to: '2026-12-31', timeZone: SH, lunar }).events;
  assert.deepEqual(out.map((o) => [o.start, o.end]), [
    ['2025-02-12T19:00:00+08:00', '2025-02-12T21:30:00+08:00'],
    ['2026-03-03T19:00:00+08:00', '2026-03-03T21:30:00+08:00'],
  ]);
  assert.deepEqual(out.map((o) => [o.id, o.series, o.occurrence]), [
    ['e@2025-02-12', 'e', '2025-02-12'],
    ['e@2026-03-03', 'e', '2026-03-03'],
  ]);
  assert.equal(out[0].seriesEvent, lantern, 'each occurrence links back to its series');
  assert.equal('recurrence' in out[0], false, 'an occurrence is a single event');
});

test('a leap lunar month: only the years that have it (闰六月 2025; 闰二月 2023)', () => {
  const leap6 = ev({ lunar: { month: 6, day: 1, leap: true } }, '2025-07-25');
  assert.deepEqual(dates(leap6, '2025-01-01', '2040-12-31'), ['2025-07-25', '2036-07-23']);
  assert.equal(chineseToGregorian(2023, 2, 1, true), '2023-03-22');
  assert.equal(chineseToGregorian(2024, 2, 1, true), undefined, '2024 has no leap second month');
  // The ordinary sixth month of 2025 is a different month.
  assert.equal(chineseToGregorian(2025, 6, 1), '2025-06-25');
});

test('lunar day 30 of a 29-day month falls on its 29th (除夕, the last day of the year)', () => {
  const eve = ev({ lunar: { month: 12, day: 30 } }, '2024-02-09');
  assert.deepEqual(dates(eve, '2024-01-01', '2027-12-31'), ['2024-02-09', '2025-01-28', '2026-02-16', '2027-02-05']);
  assert.deepEqual(['2024-02-09', '2025-01-28', '2026-02-16', '2027-02-05'].map((d) => chineseDate(d)?.day), [30, 29, 29, 29]);
  for (const d of ['2025-01-28', '2026-02-16', '2027-02-05']) {
    const next = new Date(Date.parse(d) + 86_400_000).toISOString().slice(0, 10);
    assert.deepEqual([chineseDate(next)?.month, chineseDate(next)?.day], [1, 1], `${d} is the eve of a new year`);
  }
});

test('new moons within a minute of the published times (UTC)', () => {
  for (const published of ['2000-01-06T18:14Z', '2017-08-21T18:30Z', '2024-02-09T22:59Z', '2025-01-29T12:36Z', '2027-02-06T15:56Z']) {
    const t = Date.parse(published);
    const k = Math.round((t - newMoonInstant(0)) / (29.530588861 * 86_400_000));
    assert.ok(Math.abs(newMoonInstant(k) - t) < 60_000, `${published}: ${new Date(newMoonInstant(k)).toISOString()}`);
  }
});

test('a month begins on the day of the new moon where Intl (ICU) is a day off: new year 2027-02-06 and 2030-02-03', () => {
  // New moons minutes from midnight, China time: 2027-02-06 23:56, 2030-02-03 00:07, 2018-11-08 00:02.
  const newYear = ev({ lunar: { month: 1, day: 1 } }, '2024-02-10');
  assert.deepEqual(dates(newYear, '2027-01-01', '2030-12-31'), ['2027-02-06', '2028-01-26', '2029-02-13', '2030-02-03']);
  assert.deepEqual(dates(ev({ lunar: { month: 1, day: 15 } }, '2024-02-24'), '2027-01-01', '2027-12-31'), ['2027-02-20']);
  assert.deepEqual(chineseDate('2018-11-08'), { year: 2018, month: 10, leap: false, day: 1 });
  assert.deepEqual(lunarDate('2027-02-06'), { month: '正月', day: 1, leap: false, dayName: '初一' });
  assert.deepEqual(lunarDate('2027-02-05'), { month: '腊月', day: 29, leap: false, dayName: '廿九' });
});

test('a monthly rule with BYDAY=2SA: the second Saturday of each month', () => {
  const market = ev({ rrule: 'FREQ=MONTHLY;BYDAY=2SA' }, '2024-09-14');
  assert.deepEqual(dates(market, '2024-09-01', '2025-01-31'), ['2024-09-14', '2024-10-12', '2024-11-09', '2024-12-14', '2025-01-11']);
});

test('BYDAY=-1SU and a yearly BYMONTH with an ordinal (third Sunday of April)', () => {
  assert.deepEqual(dates(ev({ rrule: 'FREQ=MONTHLY;BYDAY=-1SU' }, '2024-09-29'), '2024-09-01', '2024-12-31'), ['2024-09-29', '2024-10-27', '2024-11-24', '2024-12-29']);
  assert.deepEqual(dates(ev({ rrule: 'FREQ=YEARLY;BYMONTH=4;BYDAY=3SU' }, '2024-04-21'), '2024-01-01', '2027-12-31'), ['2024-04-21', '2025-04-20', '2026-04-19', '2027-04-18']);
});

test('UNTIL and exdates: the series ends on until (inclusive); an excluded date is left out', () => {
  const market = ev({ rrule: 'FREQ=MONTHLY;BYDAY=2SA', until: '2024-12-14', exdates: ['2024-11-09'] }, '2024-09-14');
  assert.deepEqual(dates(market, '2024-01-01', '2025-12-31'), ['2024-09-14', '2024-10-12', '2024-12-14']);
});

test('count counts from the first occurrence, before exdates and whatever the range', () => {
  const e = ev({ rrule: 'FREQ=WEEKLY', count: 4, exdates: ['2024-01-08'] }, '2024-01-01');
  assert.deepEqual(dates(e, '2023-01-01', '2024-12-31'), ['2024-01-01', '2024-01-15', '2024-01-22']);
  assert.deepEqual(dates(e, '2024-01-20', '2024-12-31'), ['2024-01-22']);
});

test('weekly with INTERVAL=2 and two days: every other week, Tuesday and Thursday', () => {
  const e = ev({ rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH' }, '2024-01-02T09:30:00+08:00');
  assert.deepEqual(
    dates(e, '2024-01-01', '2024-02-10').map((s) => s.slice(0, 10)),
    ['2024-01-02', '2024-01-04', '2024-01-16', '2024-01-18', '2024-01-30', '2024-02-01'],
  );
  // A range far from the start begins in the right week.
  assert.deepEqual(dates(e, '2024-12-01', '2024-12-15').map((s) => s.slice(0, 10)), ['2024-12-03', '2024-12-05']);
});

test('BYMONTHDAY=31 skips the months without a 31st', () => {
  const e = ev({ rrule: 'FREQ=MONTHLY;BYMONTHDAY=31' }, '2024-01-31');
  assert.deepEqual(dates(e, '2024-01-01', '2024-08-31'), ['2024-01-31', '2024-03-31', '2024-05-31', '2024-07-31', '2024-08-31']);
  assert.deepEqual(dates(ev({ rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1' }, '2024-01-31'), '2024-01-01', '2024-04-30'), ['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30']);
});

test('a yearly event that spans the new year shows in the months it overlaps, each as long as the first', () => {
  const ice = ev({ rrule: 'FREQ=YEARLY' }, '2024-12-20', { end: '2025-02-28' });
  const out = expandEvents([ice], { from: '2026-02-01', to: '2026-02-28', timeZone: SH }).events;
  assert.deepEqual(out.map((o) => [o.start, o.end]), [['2025-12-20', '2026-02-28']]);
});

test('10,000 occurrences are capped with a problem', () => {
  const daily = ev({ rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU' }, '2000-01-01');
  const r = expandEvents([daily], { from: '2000-01-01', to: '2027-05-18', timeZone: SH, cap: 1000 });
  assert.equal(r.events.length, 1000);
  assert.equal(r.capped, true);
  assert.deepEqual(r.problems.map((p) => [p.code, p.severity]), [['recurrence-capped', 'warning']]);
  assert.match(r.problems[0].message['zh-Hans'], /1000/);
  assert.equal(r.events[999].start, '2002-09-26', 'the first 1000, in order');
  const all = expandEvents([daily], { from: '2000-01-01', to: '2027-05-18', timeZone: SH, cap: 20_000 });
  assert.equal(all.events.length, 10_000);
  assert.equal(all.capped, false);
  assert.deepEqual(all.problems, []);
});

test('the cap is shared by all the events of one call, earliest first', () => {
  const a = { ...ev({ rrule: 'FREQ=WEEKLY' }, '2024-01-01'), id: 'a' };
  const b = { ...ev({ rrule: 'FREQ=WEEKLY' }, '2024-01-03'), id: 'b' };
  const single: FeedEvent = { id: 's', title: 'Once', start: '2024-01-02' };
  const r = expandEvents([a, b, single], { from: '2024-01-01', to: '2024-12-31', timeZone: SH, cap: 5 });
  assert.deepEqual(r.events.map((e) => e.id), ['a@2024-01-01', 's', 'b@2024-01-03', 'a@2024-01-08', 'b@2024-01-10']);
  assert.equal(r.capped, true);
  assert.equal(r.events[1], single, 'a single event is passed as it is');
});

test('without lunar.ts a lunar rule gives its first occurrence and says pending; expandEventsAsync loads it', async () => {
  const lantern = ev({ lunar: { month: 1, day: 15 } }, '2025-02-12');
  assert.equal(needsLunar([lantern]), true);
  assert.equal(needsLunar([ev({ rrule: 'FREQ=YEARLY' })]), false);
  const r = expandEvents([lantern], { from: '2025-01-01', to: '2026-12-31', timeZone: SH });
  assert.deepEqual([r.events.map((e) => e.start), r.pending], [['2025-02-12'], true]);
  const loaded = await expandEventsAsync([lantern], { from: '2025-01-01', to: '2026-12-31', timeZone: SH });
  assert.deepEqual([loaded.events.map((e) => e.start), loaded.pending], [['2025-02-12', '2026-03-03'], false]);
});

test('timed occurrences keep their wall-clock time across daylight saving', () => {
  const e = ev({ rrule: 'FREQ=WEEKLY' }, '2024-03-24T10:00:00+01:00', { end: '2024-03-24T11:00:00+01:00' });
  const out = expandEvents([e], { from: '2024-03-24', to: '2024-04-01', timeZone: 'Europe/Berlin' }).events;
  assert.deepEqual(out.map((o) => [o.start, o.end]), [
    ['2024-03-24T10:00:00+01:00', '2024-03-24T11:00:00+01:00'],
    ['2024-03-31T10:00:00+02:00', '2024-03-31T11:00:00+02:00'],
  ]);
});

test('nextEvent and previousEvent: where a calendar opens, with recurring events never empty', () => {
  const events: FeedEvent[] = [
    { id: 'ice', title: 'Ice', start: '2024-12-20', end: '2025-02-28', recurrence: { rrule: 'FREQ=YEARLY' } },
    { id: 'harvest', title: 'Harvest', start: '2024-09-22', recurrence: { solarTerm: 'autumn-equinox' } },
    { id: 'forum', title: 'Forum', start: '2024-11-08T09:00:00+08:00', end: '2024-11-08T17:30:00+08:00' },
  ];
  const at = (date: string) => ({ date, timeZone: SH, lunar });
  assert.equal(nextEvent(events, at('2026-12-01'))?.id, 'ice@2026-12-20');
  assert.equal(nextEvent(events, at('2027-01-15'))?.id, 'ice@2026-12-20', 'one going on counts');
  assert.equal(nextEvent(events, at('2027-03-01'))?.id, 'harvest@2027-09-23');
  assert.equal(previousEvent(events, at('2026-12-01'))?.id, 'harvest@2026-09-23');
  assert.equal(previousEvent(events, at('2024-12-01'))?.id, 'forum');
  assert.equal(previousEvent(events, at('2024-09-22')), undefined, 'nothing has ended yet');
  const single: FeedEvent[] = [events[2]];
  assert.equal(nextEvent(single, at('2026-12-01')), undefined);
  assert.equal(previousEvent(single, at('2030-06-01'))?.id, 'forum');
  assert.equal(previousEvent(single, { ...at('2040-06-01'), years: 5 }), undefined, 'only as far back as asked');
});

const RULES = ['FREQ=WEEKLY', 'FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,FR', 'FREQ=MONTHLY;BYDAY=2SA', 'FREQ=MONTHLY;BYMONTHDAY=31', 'FREQ=YEARLY;BYMONTH=4;BYDAY=3SU', 'FREQ=YEARLY;BYMONTH=1,7'];
const day = fc.integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2060, 0, 1) / 86_400_000 }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

test('property: occurrences are within the range, sorted, unique and at most cap', () => {
  fc.assert(
    fc.property(fc.constantFrom(...RULES), day, day, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 300 }), (rule, start, from, length, cap) => {
      const to = new Date(Date.parse(from) + length * 86_400_000).toISOString().slice(0, 10);
      const r = expandEvents([ev({ rrule: rule }, start)], { from, to, timeZone: SH, cap });
      const starts = r.events.map((e) => e.start);
      assert.ok(starts.length <= cap);
      assert.ok(starts.every((s) => s >= from && s <= to && s >= start), `${rule} ${start} ${from}…${to}: ${starts}`);
      assert.deepEqual([...starts].sort(), starts);
      assert.equal(new Set(starts).size, starts.length);
      assert.equal(r.capped, r.problems.length === 1);
    }),
    { numRuns: 300 },
  );
});

test('property: a range gives the same occurrences as a wider range cut to it', () => {
  fc.assert(
    fc.property(fc.constantFrom(...RULES), day, fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 200 }), (rule, start, offset, length) => {
      const plus = (d: string, n: number) => new Date(Date.parse(d) + n * 86_400_000).toISOString().slice(0, 10);
      const from = plus(start, offset);
      const to = plus(from, length);
      const e = ev({ rrule: rule }, start);
      const wide = dates(e, start, plus(to, 10), { cap: 100_000 }).filter((s) => s >= from && s <= to);
      assert.deepEqual(dates(e, from, to, { cap: 100_000 }), wide);
    }),
    { numRuns: 200 },
  );
});

test('property: a lunar date maps back to itself (1990–2060)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1990, max: 2060 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 29 }), (year, month, d) => {
      const date = chineseToGregorian(year, month, d)!;
      assert.deepEqual(chineseDate(date), { year, month, leap: false, day: d });
    }),
    { numRuns: 200 },
  );
});
