import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatPercent, offsetAt, toInstant, zoneOffset } from '../../src/feed/format.js';
import { pickText } from '../../src/feed/text.js';

test('wall times convert to instants in the feed time zone, across a DST change', () => {
  assert.equal(toInstant('2024-09-22T09:00', 'Asia/Shanghai')!.toISOString(), '2024-09-22T01:00:00.000Z');
  assert.equal(toInstant('2024-03-10T01:30', 'America/New_York')!.toISOString(), '2024-03-10T06:30:00.000Z');
  assert.equal(toInstant('2024-03-10T03:30', 'America/New_York')!.toISOString(), '2024-03-10T07:30:00.000Z');
  assert.equal(toInstant('2024-11-03T12:00', 'America/New_York')!.toISOString(), '2024-11-03T17:00:00.000Z');
  assert.equal(zoneOffset(new Date(Date.UTC(2024, 2, 10, 3, 30)), 'America/New_York'), -240);
  assert.equal(offsetAt(new Date('2024-03-10T06:59:00Z'), 'America/New_York'), -300);
  assert.equal(offsetAt(new Date('2024-03-10T07:00:00Z'), 'America/New_York'), -240);
});

test('a plain date is shown as that day whatever the zone', () => {
  assert.equal(formatDate('2024-09-30', 'en', 'Pacific/Kiritimati'), 'September 30, 2024');
  assert.equal(formatDate('2024-09-30', 'zh-Hans', 'America/Los_Angeles'), '2024年9月30日');
  assert.equal(formatDate('not a date', 'en', 'Asia/Shanghai'), 'not a date');
});

test('percentages are rounded sensibly', () => {
  assert.equal(formatPercent(83.333, 'en'), '83%');
  assert.equal(formatPercent(7.25, 'en'), '7.3%');
});

test('Text picks the requested language, then its base, then the feed language, then the first', () => {
  const t = { 'zh-Hans': '中文', en: 'English' };
  assert.equal(pickText(t, 'en-GB'), 'English');
  assert.equal(pickText(t, 'zh-CN'), '中文');
  assert.equal(pickText({ fr: 'Français', 'zh-Hans': '中文' }, 'en', 'zh-Hans'), '中文');
  assert.equal(pickText({ fr: 'Français' }, 'en', 'zh-Hans'), 'Français');
  assert.equal(pickText('plain', 'en'), 'plain');
  assert.equal(pickText(undefined, 'en'), '');
});
