import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { toICalendar, escapeText, foldLine, eventUid, zoneTransitions } from '../../src/feed/ical.js';
import { offsetAt } from '../../src/feed/format.js';
import { validate } from '../../src/feed/validate.js';
import type { Feed } from '../../src/feed/types.js';

const NOW = new Date('2026-11-29T08:00:00Z');

function feedOf(input: Record<string, unknown>): Feed {
  const r = validate({ version: 1, id: 'test-feed', lang: 'en', title: 'Test events', ...input });
  if (!r.feed) throw new Error('invalid test feed');
  return r.feed;
}

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return { cal, events, byUid: (uid: string) => events.find((e) => e.uid === uid)! };
}

async function miyun(): Promise<Feed> {
  const res = await fetch('/test-feeds/miyun/ical');
  return feedOf(await res.json());
}

describe('toICalendar (RFC 5545)', () => {
  afterEach(() => {
    for (const id of ['Asia/Shanghai', 'America/New_York']) ICAL.TimezoneService.remove(id);
  });

  it('writes a calendar ical.js can read, with the header fields', async () => {
    const feed = await miyun();
    const text = toICalendar(feed, feed.events, { lang: 'en', now: NOW });
    const { cal, events } = parse(text);
    expect(cal.getFirstPropertyValue('version')).to.equal('2.0');
    expect(cal.getFirstPropertyValue('prodid')).to.match(/civic-widgets/);
    expect(cal.getFirstPropertyValue('calscale')).to.equal('GREGORIAN');
    expect(cal.getFirstPropertyValue('method')).to.equal('PUBLISH');
    // X- properties are TEXT: escaped like any other (ical.js leaves them as written).
    const name = (feed.title as Record<string, string>).en;
    expect(name).to.contain(',');
    expect(cal.getFirstPropertyValue('x-wr-calname')).to.equal(name.replace(/,/g, '\\,'));
    expect(events).to.have.length(feed.events.length);
    expect(cal.getAllSubcomponents('vtimezone')).to.have.length(1);
    expect(cal.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).to.equal('Asia/Shanghai');
  });

  it('uses CRLF, folds lines at 75 octets without splitting UTF-8, and unfolds back', async () => {
    const feed = await miyun();
    const text = toICalendar(feed, feed.events, { lang: 'zh-Hans', now: NOW });
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(/[^\r]\n/.test(text)).to.equal(false);
    const enc = new TextEncoder();
    const lines = text.split('\r\n');
    for (const line of lines) expect(enc.encode(line).length).to.be.at.most(75);
    expect(lines.some((l) => l.startsWith(' '))).to.equal(true);
    // No line starts with half a character: each physical line decodes on its own.
    for (const line of lines) expect(new TextDecoder('utf-8', { fatal: true }).decode(enc.encode(line))).to.equal(line);
    const { byUid } = parse(text);
    const apimondia = feed.events.find((e) => e.id === 'apimondia-asia-congress')!;
    expect(byUid(eventUid(feed, apimondia)).description).to.equal((apimondia.summary as Record<string, string>)['zh-Hans']);
  });

  it('escapes commas, semicolons, backslashes and newlines', async () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).to.equal('a\\,b\\;c\\\\d\\ne\\nf');
    const feed = feedOf({
      events: [{ id: 'e1', title: 'Tea, cakes; and \\ more', summary: 'Line one\nLine two', start: '2024-05-01' }],
    });
    const { events } = parse(toICalendar(feed, feed.events, { now: NOW }));
    expect(events[0].summary).to.equal('Tea, cakes; and \\ more');
    expect(events[0].description).to.equal('Line one\nLine two');
  });

  it('folds a long line into continuation lines', () => {
    const line = 'DESCRIPTION:' + '密云'.repeat(40);
    const folded = foldLine(line);
    expect(folded.split('\r\n ').join('')).to.equal(line);
    expect(folded.split('\r\n').length).to.be.greaterThan(2);
  });

  it('writes timed events with TZID and the right instants', async () => {
    const feed = await miyun();
    const ev = feed.events.find((e) => e.id === 'eco-marathon')!;
    const text = toICalendar(feed, [ev], { now: NOW });
    expect(text).to.contain('DTSTART;TZID=Asia/Shanghai:20241020T073000');
    expect(text).to.contain('DTEND;TZID=Asia/Shanghai:20241020T133000');
    const { events } = parse(text);
    expect(events[0].startDate.toJSDate().toISOString()).to.equal('2024-10-19T23:30:00.000Z');
    expect(events[0].endDate.toJSDate().toISOString()).to.equal('2024-10-20T05:30:00.000Z');
  });

  it('writes all-day events as VALUE=DATE with the exclusive end (last day + 1)', async () => {
    const feed = await miyun();
    const ice = feed.events.find((e) => e.id === 'ice-snow-season')!;
    const oneDay = feed.events.find((e) => e.id === 'harvest-festival')!;
    const text = toICalendar(feed, [ice, oneDay], { now: NOW });
    expect(text).to.contain('DTSTART;VALUE=DATE:20241220');
    expect(text).to.contain('DTEND;VALUE=DATE:20250301');
    expect(text).to.contain('DTSTART;VALUE=DATE:20240922');
    expect(text).to.contain('DTEND;VALUE=DATE:20240923');
    const { byUid } = parse(text);
    const e = byUid(eventUid(feed, ice));
    expect(e.startDate.isDate).to.equal(true);
    expect(e.endDate.toString()).to.equal('2025-03-01');
  });

  it('handles 29 February: the all-day end is 1 March', () => {
    const feed = feedOf({ events: [{ id: 'leap', title: 'Leap day fair', start: '2024-02-29' }] });
    const text = toICalendar(feed, feed.events, { now: NOW });
    expect(text).to.contain('DTSTART;VALUE=DATE:20240229');
    expect(text).to.contain('DTEND;VALUE=DATE:20240301');
  });

  it('has stable UIDs, DTSTAMP from `now`, and the status', async () => {
    const feed = await miyun();
    const a = toICalendar(feed, feed.events, { now: NOW });
    const b = toICalendar(feed, feed.events, { now: NOW });
    expect(a).to.equal(b);
    const { events, byUid } = parse(a);
    expect(new Set(events.map((e) => e.uid)).size).to.equal(feed.events.length);
    expect(events[0].component.getFirstPropertyValue('dtstamp')!.toString()).to.equal('2026-11-29T08:00:00Z');
    const status = (id: string) => byUid(eventUid(feed, feed.events.find((e) => e.id === id)!)).component.getFirstPropertyValue('status');
    expect(status('cun-wan-bulaotun-summer')).to.equal('CANCELLED');
    expect(status('stargazing-camping')).to.equal('TENTATIVE');
    expect(status('eco-marathon')).to.equal('CONFIRMED');
  });

  it('puts LOCATION, CATEGORIES and only safe absolute URLs', async () => {
    const feed = await miyun();
    const ev = feed.events.find((e) => e.id === 'eco-marathon')!;
    const withBase = parse(toICalendar(feed, [ev], { lang: 'en', now: NOW, baseUrl: 'https://www.example.gov.cn/miyun/' }));
    expect(withBase.events[0].location).to.equal('Miyun town centre, Gulou Subdistrict, Miyun District, Beijing');
    expect(withBase.events[0].component.getFirstPropertyValue('url')).to.equal('https://www.example.gov.cn/events/2024/eco-marathon');
    expect(withBase.events[0].component.getFirstPropertyValue('categories')).to.equal('Sports');
    const noBase = toICalendar(feed, [ev], { lang: 'en', now: NOW });
    expect(noBase).to.not.contain('URL:');
    const hostile = { ...ev, url: 'javascript:alert(1)' };
    expect(toICalendar(feed, [hostile], { now: NOW, baseUrl: 'https://x.test/' })).to.not.contain('URL:');
  });

  it('writes a date-time without offset as wall time in the feed zone, across a DST change', () => {
    const feed = feedOf({
      timeZone: 'America/New_York',
      events: [
        // 2024-03-10: clocks go from 02:00 EST to 03:00 EDT.
        { id: 'dst', title: 'Overnight count', start: '2024-03-10T01:30:00', end: '2024-03-10T03:30:00' },
        { id: 'after', title: 'Summer fair', start: '2024-07-04T10:00:00', end: '2024-07-04T12:00:00' },
      ],
    });
    const text = toICalendar(feed, feed.events, { now: NOW });
    expect(text).to.contain('DTSTART;TZID=America/New_York:20240310T013000');
    expect(text).to.contain('DTEND;TZID=America/New_York:20240310T033000');
    const { byUid } = parse(text);
    const dst = byUid(eventUid(feed, { id: 'dst' }));
    expect(dst.startDate.toJSDate().toISOString()).to.equal('2024-03-10T06:30:00.000Z');
    expect(dst.endDate.toJSDate().toISOString()).to.equal('2024-03-10T07:30:00.000Z');
    const summer = byUid(eventUid(feed, { id: 'after' }));
    expect(summer.startDate.toJSDate().toISOString()).to.equal('2024-07-04T14:00:00.000Z');
    expect(text).to.contain('BEGIN:DAYLIGHT');
    expect(text).to.contain('TZOFFSETTO:-0400');
  });

  it('reads the offset of a zone at an exact instant', () => {
    expect(offsetAt(new Date('2024-03-10T06:59:00Z'), 'America/New_York')).to.equal(-300);
    expect(offsetAt(new Date('2024-03-10T07:00:00Z'), 'America/New_York')).to.equal(-240);
    expect(offsetAt(new Date('2024-09-22T00:00:00Z'), 'Asia/Shanghai')).to.equal(480);
  });

  it('finds the DST transitions of a zone to the minute', () => {
    const list = zoneTransitions('America/New_York', Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1));
    expect(list.map((t) => new Date(t.at).toISOString())).to.deep.equal(['2024-03-10T07:00:00.000Z', '2024-11-03T06:00:00.000Z']);
    expect(zoneTransitions('Asia/Shanghai', Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1))).to.deep.equal([]);
  });

  it('repaired bad input still gives a valid file: end before start, all-day end as date-time', () => {
    const feed = feedOf({
      events: [
        { id: 'backwards', title: 'Backwards', start: '2024-05-02T10:00:00+08:00', end: '2024-05-01T10:00:00+08:00' },
        { id: 'mixed', title: 'Mixed', start: '2024-05-03', end: '2024-05-04T18:00:00+08:00' },
      ],
    });
    const text = toICalendar(feed, feed.events, { now: NOW });
    const { byUid } = parse(text);
    const backwards = byUid(eventUid(feed, { id: 'backwards' }));
    expect(backwards.component.getFirstProperty('dtend')).to.equal(null);
    expect(text).to.contain('DTSTART;VALUE=DATE:20240503');
    expect(text).to.contain('DTEND;VALUE=DATE:20240505');
  });

  it('keeps HTML in text as plain text', () => {
    const feed = feedOf({ events: [{ id: 'h', title: '<b>Bold</b> <script>x()</script>', start: '2024-05-01' }] });
    const { events } = parse(toICalendar(feed, feed.events, { now: NOW }));
    expect(events[0].summary).to.equal('<b>Bold</b> <script>x()</script>');
  });
});
