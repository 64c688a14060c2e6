import { expect } from '@open-wc/testing';
import {
  isInAppBrowser,
  layoutWeek,
  monthWeeks,
  readEvents,
  firstDayOfWeek,
  sameDayIn,
  type CalEvent,
} from '../../../src/elements/civic-event-calendar/calendar-model.js';
import { validate } from '../../../src/feed/validate.js';

function events(list: Record<string, unknown>[], timeZone = 'Asia/Shanghai'): CalEvent[] {
  const { feed } = validate({ version: 1, lang: 'en', timeZone, events: list });
  return readEvents(feed!, 'en');
}

describe('calendar model', () => {
  it('builds 6 weeks starting on the given weekday', () => {
    const mon = monthWeeks('2024-09', 1);
    expect(mon).to.have.length(6);
    expect(mon[0][0]).to.equal('2024-08-26');
    expect(mon[0][6]).to.equal('2024-09-01');
    const sun = monthWeeks('2024-09', 7);
    expect(sun[0][0]).to.equal('2024-09-01');
    expect(monthWeeks('2024-02', 1)[4]).to.include('2024-02-29');
  });

  it('reads days in the feed zone; an event ending at midnight does not reach the next day', () => {
    const [late, midnight] = events([
      { id: 'a', title: 'Late', start: '2024-09-10T23:30:00+08:00', end: '2024-09-11T01:00:00+08:00' },
      { id: 'b', title: 'To midnight', start: '2024-09-12T20:00:00+08:00', end: '2024-09-13T00:00:00+08:00' },
    ]);
    expect([late.startDate, late.endDate]).to.deep.equal(['2024-09-10', '2024-09-11']);
    expect([midnight.startDate, midnight.endDate]).to.deep.equal(['2024-09-12', '2024-09-12']);
    const [utc] = events([{ id: 'c', title: 'UTC given', start: '2024-09-10T20:00:00Z' }]);
    expect(utc.startDate).to.equal('2024-09-11');
  });

  it('puts overlapping bars in different lanes and counts hidden events per day', () => {
    const week = monthWeeks('2024-09', 1)[2]; // 9–15 September
    const list = events([
      { id: 'long', title: 'Long', start: '2024-09-09', end: '2024-09-15' },
      { id: 'x1', title: 'X1', start: '2024-09-11' },
      { id: 'x2', title: 'X2', start: '2024-09-11' },
      { id: 'x3', title: 'X3', start: '2024-09-11' },
      { id: 'y', title: 'Y', start: '2024-09-13', end: '2024-09-14' },
    ]);
    const layout = layoutWeek(week, list, 3);
    expect(layout.counts).to.deep.equal([1, 1, 4, 1, 2, 2, 1]);
    // More than three rows are needed on the 11th: two rows shown, "+N more" in the third.
    expect(layout.lanes).to.equal(2);
    const long = layout.segments.find((s) => s.event.id === 'long')!;
    expect([long.col, long.span, long.lane]).to.deep.equal([0, 7, 0]);
    expect(layout.hidden[2]).to.equal(2);
    const lanes = layout.segments.map((s) => `${s.event.id}:${s.lane}`);
    expect(new Set(lanes).size).to.equal(lanes.length);
    for (const a of layout.segments)
      for (const b of layout.segments)
        if (a !== b && a.lane === b.lane) expect(a.col + a.span <= b.col || b.col + b.span <= a.col).to.equal(true);
  });

  it('clamps the same day in a shorter month', () => {
    expect(sameDayIn('2024-01-31', '2024-02')).to.equal('2024-02-29');
    expect(sameDayIn('2024-03-31', '2023-02')).to.equal('2023-02-28');
  });

  it('knows the first day of the week', () => {
    expect(firstDayOfWeek('zh-Hans')).to.equal(1);
    expect(firstDayOfWeek('en-US')).to.equal(7);
    expect(firstDayOfWeek('en-GB')).to.equal(1);
  });

  it('recognises in-app browsers that cannot download', () => {
    expect(isInAppBrowser('Mozilla/5.0 (iPhone) AppleWebKit MicroMessenger/8.0.47 NetType/WIFI')).to.equal(true);
    expect(isInAppBrowser('Mozilla/5.0 (Linux; Android 13) QQ/9.0.0')).to.equal(true);
    expect(isInAppBrowser('Mozilla/5.0 (Linux; Android 13) Weibo (Xiaomi)')).to.equal(true);
    expect(isInAppBrowser('Mozilla/5.0 DingTalk/7.0')).to.equal(true);
    expect(isInAppBrowser('Mozilla/5.0 AlipayClient/10.5')).to.equal(true);
    expect(isInAppBrowser('Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36')).to.equal(false);
    expect(isInAppBrowser('Mozilla/5.0 MQQBrowser/13.0 Mobile Safari')).to.equal(false);
  });
});
