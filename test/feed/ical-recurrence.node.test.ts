/**
 * Recurring events in the .ics (issue 18, item 4): the calendar toICalendar writes is read back
 * with ical.js, its RRULE/RDATE/EXDATE expanded by ical.js, and the dates compared with
 * expandEvents over the same range.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../cli/helpers.js';
import { toICalendar } from '../../src/feed/ical.js';
import { expandEvents, loadLunarRules } from '../../src/feed/recurrence.js';
import type { Feed, FeedEvent } from '../../src/feed/types.js';

const lunar = await loadLunarRules();
const NOW = new Date('2024-06-01T00:00:00Z');

const feedOf = (events: FeedEvent[], timeZone = 'Asia/Shanghai'): Feed => ({
  version: 1,
  id: 'recur',
  lang: 'en',
  timeZone,
  sample: true,
  sections: [],
  tasks: [],
  indicators: [],
  categories: [],
  events,
});

/** The wall-clock starts (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS) ical.js finds in from…to. */
function icalStarts(text: string, from: string, to: string): Map<string, string[]> {
  const cal = new ICAL.Component(ICAL.parse(text));
  const zones = cal.getAllSubcomponents('vtimezone');
  for (const tz of zones) ICAL.TimezoneService.register(tz);
  const out = new Map<string, string[]>();
  try {
    for (const c of cal.getAllSubcomponents('vevent')) {
      const event = new ICAL.Event(c);
      const it = event.iterator();
      const starts: string[] = [];
      for (let t = it.next(), n = 0; t && n < 5000; t = it.next(), n++) {
        const s = t.toString().slice(0, t.isDate ? 10 : 19);
        if (s.slice(0, 10) > to) break;
        if (s.slice(0, 10) >= from) starts.push(s);
      }
      out.set(event.uid.split('.')[0], starts);
    }
  } finally {
    for (const tz of zones) ICAL.TimezoneService.remove(String(tz.getFirstPropertyValue('tzid')));
  }
  return out;
}

/** The same, from expandEvents (wall-clock in the feed's zone, as the feed writes it). */
function ourStarts(events: FeedEvent[], from: string, to: string, timeZone: string): Map<string, string[]> {
  const out = new Map<string, string[]>(events.map((e) => [e.id, []]));
  for (const o of expandEvents(events, { from, to, timeZone, lunar, cap: 100_000 }).events) {
    out.get(o.series ?? o.id)!.push(o.start.slice(0, 19));
  }
  return out;
}

const EVENTS: FeedEvent[] = [
  { id: 'harvest', title: '中国农民丰收节', start: '2024-09-22', recurrence: { solarTerm: 'autumn-equinox' } },
  { id: 'lantern', title: '元宵节', start: '2024-02-24T19:00:00+08:00', end: '2024-02-24T21:30:00+08:00', recurrence: { lunar: { month: 1, day: 15 } } },
  { id: 'eve', title: '除夕', start: '2024-02-09', recurrence: { lunar: { month: 12, day: 30 } } },
  { id: 'market', title: 'Market', start: '2024-09-14T08:00:00+08:00', recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=2SA', until: '2025-06-30', exdates: ['2024-12-14'] } },
  { id: 'marathon', title: 'Marathon', start: '2024-04-21T07:30:00+08:00', recurrence: { rrule: 'FREQ=YEARLY;BYMONTH=4;BYDAY=3SU' } },
  { id: 'ice', title: 'Ice and snow', start: '2024-12-20', end: '2025-02-28', recurrence: { rrule: 'FREQ=YEARLY' } },
  { id: 'club', title: 'Club', start: '2024-01-02', recurrence: { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH', count: 20, exdates: ['2024-01-16'] } },
  { id: 'last', title: 'Month end', start: '2024-01-31', recurrence: { rrule: 'FREQ=MONTHLY;BYMONTHDAY=31' } },
  { id: 'once', title: 'Once', start: '2024-05-01' },
];

test('ical.js finds the same occurrences as the widget in 2024–2033', () => {
  const text = toICalendar(feedOf(EVENTS), EVENTS, { now: NOW, lunar });
  const theirs = icalStarts(text, '2024-01-01', '2033-12-31');
  const ours = ourStarts(EVENTS, '2024-01-01', '2033-12-31', 'Asia/Shanghai');
  for (const ev of EVENTS) assert.deepEqual(theirs.get(ev.id), ours.get(ev.id), ev.id);
  assert.deepEqual(ours.get('harvest')!.slice(0, 3), ['2024-09-22', '2025-09-23', '2026-09-23']);
  assert.deepEqual(ours.get('lantern')!.slice(1, 3), ['2025-02-12T19:00:00', '2026-03-03T19:00:00']);
});

test('the lines: RRULE with UNTIL (UTC for a timed event) or COUNT, EXDATE at the time of day, RDATEs for ten years', () => {
  const text = toICalendar(feedOf(EVENTS), EVENTS, { now: NOW, lunar }).replace(/\r\n /g, '');
  assert.match(text, /\r\nRRULE:FREQ=MONTHLY;BYDAY=2SA;UNTIL=20250630T155959Z\r\nEXDATE;TZID=Asia\/Shanghai:20241214T080000\r\n/);
  assert.match(text, /\r\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=20\r\nEXDATE;VALUE=DATE:20240116\r\n/);
  assert.match(text, /\r\nRDATE;VALUE=DATE:20250923\r\n/);
  assert.match(text, /\r\nRDATE;TZID=Asia\/Shanghai:20250212T190000\r\n/);
  // From the first occurrence (2024) to the end of the tenth year after it (2034).
  const harvest = text.split('BEGIN:VEVENT').find((v) => v.includes('UID:harvest.'))!;
  assert.deepEqual([...harvest.matchAll(/RDATE;VALUE=DATE:(\d{4})/g)].map((m) => +m[1]), [2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034]);
  assert.doesNotMatch(text, /RSCALE/);
  // A single event gets no recurrence lines.
  const once = text.split('BEGIN:VEVENT').find((v) => v.includes('UID:once.'))!;
  assert.doesNotMatch(once, /RRULE|RDATE|EXDATE/);
});

test('without lunar.ts, a lunar or solar-term series is written once, on its start', () => {
  const text = toICalendar(feedOf(EVENTS), EVENTS.slice(0, 3), { now: NOW });
  assert.doesNotMatch(text, /RDATE|RRULE/);
  assert.equal(text.match(/BEGIN:VEVENT/g)?.length, 3);
});

test('civic-feed ics loads lunar.ts for a feed with lunar or solar-term rules', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'recur-'));
  try {
    const file = join(dir, 'feed.json');
    writeFileSync(file, JSON.stringify({ version: 1, id: 'recur', timeZone: 'Asia/Shanghai', events: EVENTS.slice(0, 2) }));
    const r = await cli(['ics', file]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /RDATE;VALUE=DATE:20250923\r\n/);
    assert.match(r.stdout, /RDATE;TZID=Asia\/Shanghai:20260303T190000\r\n/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ten years of RDATEs count from today when the first occurrence is long past', () => {
  const text = toICalendar(feedOf([EVENTS[0]]), [EVENTS[0]], { now: new Date('2030-01-01T00:00:00Z'), lunar });
  const dates = [...text.matchAll(/RDATE;VALUE=DATE:(\d{4})/g)].map((m) => Number(m[1]));
  assert.deepEqual([dates[0], dates[dates.length - 1], dates.length], [2024, 2040, 17]);
});

test('in a zone with daylight saving, ical.js agrees on the wall-clock times of a weekly rule', () => {
  const events: FeedEvent[] = [
    { id: 'w', title: 'Weekly', start: '2024-03-03T10:00:00+01:00', end: '2024-03-03T11:00:00+01:00', recurrence: { rrule: 'FREQ=WEEKLY', until: '2026-11-30' } },
    { id: 'y', title: 'Yearly', start: '2024-10-27T09:00:00+01:00', recurrence: { rrule: 'FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU' } },
  ];
  const text = toICalendar(feedOf(events, 'Europe/Berlin'), events, { now: NOW, lunar });
  const theirs = icalStarts(text, '2024-01-01', '2030-12-31');
  const ours = ourStarts(events, '2024-01-01', '2030-12-31', 'Europe/Berlin');
  for (const ev of events) assert.deepEqual(theirs.get(ev.id), ours.get(ev.id), ev.id);
  assert.ok(ours.get('w')!.includes('2024-04-07T10:00:00'));
});

const RULES = [
  'FREQ=WEEKLY', 'FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,FR', 'FREQ=WEEKLY;BYDAY=SA,SU;BYMONTH=6,7,8', 'FREQ=MONTHLY;BYDAY=2SA',
  'FREQ=MONTHLY;BYDAY=-1SU,1MO', 'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=31', 'FREQ=MONTHLY;BYMONTHDAY=-1,15', 'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13',
  'FREQ=YEARLY;BYMONTH=4;BYDAY=3SU', 'FREQ=YEARLY;BYMONTH=1,7', 'FREQ=YEARLY;INTERVAL=2', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29',
];

test('property: for random Gregorian rules, starts, until, count and exdates, ical.js and the widget agree', () => {
  const day = fc.integer({ min: Date.UTC(2020, 0, 1) / 86_400_000, max: Date.UTC(2028, 0, 1) / 86_400_000 }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
  fc.assert(
    fc.property(fc.constantFrom(...RULES), day, fc.boolean(), fc.option(fc.integer({ min: 1, max: 30 })), fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 3 }), (rule, start, timed, count, gaps) => {
      // A start on the rule (as the contract asks): its first date on or after `start`.
      const first = expandEvents([{ id: 'p', title: 'P', start: '2019-01-01', recurrence: { rrule: rule } }], { from: start, to: '2035-12-31', timeZone: 'Asia/Shanghai' }).events[0]?.occurrence;
      if (!first) return;
      // Exdates on occurrences, as feeds write them: ical.js stops applying EXDATEs after one that
      // falls on no occurrence (its own behaviour; RFC 5545 just ignores such a date, and so do we,
      // see the test below), so a stray exdate would make the two disagree for ical.js's reason.
      const series = expandEvents([{ id: 'p', title: 'P', start: first, recurrence: { rrule: rule, until: '2031-06-30' } }], { from: first, to: '2031-06-30', timeZone: 'Asia/Shanghai' }).events;
      const exdates = gaps.map((g) => series[g % series.length]!.occurrence!);
      const ev: FeedEvent = {
        id: 'p',
        title: 'P',
        start: timed ? `${first}T18:30:00+08:00` : first,
        recurrence: { rrule: rule, ...(count == null ? { until: '2031-06-30' } : { count }), exdates },
      };
      const text = toICalendar(feedOf([ev]), [ev], { now: NOW, lunar });
      assert.deepEqual(icalStarts(text, '2020-01-01', '2032-12-31').get('p'), ourStarts([ev], '2020-01-01', '2032-12-31', 'Asia/Shanghai').get('p'), `${rule} from ${first}`);
    }),
    { numRuns: 60 },
  );
});

test('an exdate that falls on no occurrence is ignored, and the exdates after it still apply', () => {
  const ev: FeedEvent = { id: 'w', title: 'W', start: '2020-01-07', recurrence: { rrule: 'FREQ=WEEKLY', until: '2020-03-31', exdates: ['2020-03-04', '2020-03-10'] } };
  const days = expandEvents([ev], { from: '2020-03-01', to: '2020-03-31', timeZone: 'Asia/Shanghai' }).events.map((e) => e.occurrence);
  assert.deepEqual(days, ['2020-03-03', '2020-03-17', '2020-03-24', '2020-03-31']);
});

test('an exdate the feed repeats is written once, and the .ics readers skip every exdate', () => {
  const ev: FeedEvent = { id: 'f', title: 'F', start: '2020-02-29', recurrence: { rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', until: '2031-06-30', exdates: ['2024-02-29', '2028-02-29', '2024-02-29'] } };
  const text = toICalendar(feedOf([ev]), [ev], { now: NOW, lunar });
  assert.equal(text.match(/EXDATE/g)?.length, 2);
  assert.deepEqual(icalStarts(text, '2020-01-01', '2032-12-31').get('f'), ['2020-02-29']);
});
