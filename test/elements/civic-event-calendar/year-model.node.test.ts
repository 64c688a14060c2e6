import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { countYear, firstEventDay, monthTabStop, yearData, yearMonths } from '../../../src/elements/civic-event-calendar/year-model.js';
import { loadLunarRules } from '../../../src/feed/recurrence.js';
import type { CalEvent } from '../../../src/elements/civic-event-calendar/calendar-model.js';
import type { Feed } from '../../../src/feed/types.js';

const miyun = JSON.parse(readFileSync(new URL('../../../public/feeds/miyun-2024.json', import.meta.url), 'utf8')) as Feed;
const all = new Set<string>();
/** A calendar event of days `startDate`…`endDate` (only what countYear reads). */
const ev = (id: string, startDate: string, endDate = startDate) => ({ id, startDate, endDate }) as CalEvent;

describe('year model: months', () => {
  test('yearMonths gives the twelve months of the year, in order', () => {
    const months = yearMonths('2025');
    assert.equal(months.length, 12);
    assert.equal(months[0], '2025-01');
    assert.equal(months[8], '2025-09');
    assert.equal(months[11], '2025-12');
  });
});

describe('year model: the Miyun feed with its recurring events', () => {
  test('2025 has the occurrences of the solar-term, lunar and RRULE series', async () => {
    const lunar = await loadLunarRules();
    const data = yearData(miyun, '2025', 'en', all, lunar);
    assert.equal(data.pending, false);
    assert.equal(data.days.get('2025-09-23'), 1, 'harvest festival on 秋分 2025');
    assert.equal(data.days.get('2025-02-12'), 2, 'lantern festival (lunar 1-15) within the ice-and-snow season');
    assert.equal(data.days.get('2025-10-19'), 1, 'eco marathon, third Sunday of October');
    assert.equal(data.days.get('2025-01-01'), 1, 'the 2024–25 ice-and-snow season reaches into 2025');
    assert.equal(data.days.get('2025-12-31'), 1, 'the 2025–26 season begins on 20 December');
    assert.equal(data.days.has('2025-09-22'), false, '2024’s date of the festival is not 2025’s');
    assert.equal(data.days.has('2025-06-06'), false, 'single 2024 events do not repeat');
    assert.ok(data.events.some((e) => e.id === 'harvest-festival@2025-09-23'));
    assert.equal(data.months.get('2025-09'), 1);
    assert.equal(data.months.get('2025-02'), 2);
    assert.equal(data.months.has('2025-06'), false);
  });

  test('2026: lantern festival on 3 March, harvest festival on 23 September', async () => {
    const data = yearData(miyun, '2026', 'zh-Hans', all, await loadLunarRules());
    assert.equal(data.days.get('2026-03-03'), 1);
    assert.equal(data.days.get('2026-09-23'), 1);
    assert.equal(data.events.find((e) => e.id === 'harvest-festival@2026-09-23')?.title, '中国农民丰收节密云区活动');
  });

  test('2024 shows the single events and the first occurrences', async () => {
    const data = yearData(miyun, '2024', 'en', all, await loadLunarRules());
    assert.equal(data.days.get('2024-09-22'), 1);
    assert.equal(data.days.get('2024-02-24'), 1);
    assert.ok(data.days.get('2024-06-06'));
    // The Chinese Farmers' art festival (12–20 October) and the marathon (20 October) overlap.
    assert.equal(data.days.get('2024-10-20'), 2);
  });

  test('without the lunar rules the lunar and solar-term series are pending, and missing from later years', () => {
    const data = yearData(miyun, '2025', 'en', all);
    assert.equal(data.pending, true);
    assert.equal(data.days.has('2025-09-23'), false);
    assert.equal(data.days.get('2025-10-19'), 1, 'Gregorian rules need no lunar rules');
  });

  test('the chosen categories narrow the marks', async () => {
    const data = yearData(miyun, '2025', 'en', new Set(['sports']), await loadLunarRules());
    assert.deepEqual([...data.days.keys()], ['2025-10-19']);
    assert.deepEqual([...data.months.entries()], [['2025-10', 1]]);
  });

  test('a feed without events gives an empty year', () => {
    const data = yearData({ ...miyun, events: [] }, '2025', 'en', all);
    assert.equal(data.days.size, 0);
    assert.equal(data.months.size, 0);
    assert.equal(data.pending, false);
  });
});

describe('year model: counting', () => {
  test('a multi-day event counts on each of its days, clipped to the year, once per month', () => {
    const { days, months } = countYear([ev('a', '2024-12-30', '2025-01-02'), ev('b', '2025-01-02'), ev('c', '2025-03-31', '2025-04-01')], '2025');
    assert.deepEqual([...days.entries()], [
      ['2025-01-01', 1],
      ['2025-01-02', 2],
      ['2025-03-31', 1],
      ['2025-04-01', 1],
    ]);
    assert.equal(months.get('2025-01'), 2);
    assert.equal(months.get('2025-03'), 1);
    assert.equal(months.get('2025-04'), 1);
    assert.equal(days.has('2024-12-31'), false);
  });

  test('events outside the year are left out; an event longer than the year marks every day of it', () => {
    const { days, months } = countYear([ev('old', '2023-05-01'), ev('long', '2020-01-01', '2030-12-31')], '2024');
    assert.equal(days.size, 366);
    assert.equal(months.size, 12);
    assert.equal(days.get('2024-02-29'), 1);
  });
});

describe('year model: tab stops', () => {
  const { days } = countYear([ev('a', '2025-09-23'), ev('b', '2025-09-30')], '2025');
  test('firstEventDay is the first day of the month with events, undefined without', () => {
    assert.equal(firstEventDay(days, '2025-09'), '2025-09-23');
    assert.equal(firstEventDay(days, '2025-08'), undefined);
  });
  test('a month’s tab stop: the active day in it, else its first day with events, else the 1st', () => {
    assert.equal(monthTabStop('2025-09', '2025-09-05', days), '2025-09-05');
    assert.equal(monthTabStop('2025-09', '2025-10-05', days), '2025-09-23');
    assert.equal(monthTabStop('2025-09', '', days), '2025-09-23');
    assert.equal(monthTabStop('2025-08', '', days), '2025-08-01');
  });
});
