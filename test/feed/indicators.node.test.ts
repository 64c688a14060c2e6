import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { compareProgress, computeProgress, toNumber, trendPoints } from '../../src/feed/indicators.js';
import { validate } from '../../src/feed/validate.js';

test('at-least: value / target, with the real percentage', () => {
  const p = computeProgress({ value: 1.2, target: 1.45 });
  assert.equal(p.status, 'partial');
  assert.equal(p.comparison, 'at-least');
  assert.ok(Math.abs(p.percent! - 82.758) < 0.01);
  assert.equal(p.shownPercent, 83);
  assert.ok(Math.abs(p.fill - 82.758) < 0.01);
});

test('reached and exceeded are states, and exceeded keeps the real percentage', () => {
  assert.equal(computeProgress({ value: 4, target: 4 }).status, 'reached');
  assert.equal(computeProgress({ value: 4, target: 4 }).shownPercent, 100);
  const over = computeProgress({ value: 3620, target: 3500 });
  assert.equal(over.status, 'exceeded');
  assert.equal(over.shownPercent, 103);
  assert.equal(over.fill, 100);
  const far = computeProgress({ value: 1.68, target: 1.5 });
  assert.equal(far.shownPercent, 112);
});

test('rounding never shows 100 % for a partial value, nor exactly 100 % for an exceeded one', () => {
  const almost = computeProgress({ value: 99.8, target: 100 });
  assert.equal(almost.status, 'partial');
  assert.equal(almost.shownPercent, 99);
  assert.ok(almost.fill < 100);
  const just = computeProgress({ value: 100.2, target: 100 });
  assert.equal(just.status, 'exceeded');
  assert.equal(just.shownPercent, 101);
  assert.equal(computeProgress({ value: 1, target: 3 }).shownPercent, 33);
  assert.equal(computeProgress({ value: 1, target: 12 }).shownPercent, 8.3);
});

test('at-most: progress from baseline down to target', () => {
  const p = computeProgress({ value: 2, target: 0, baseline: 3, comparison: 'at-most' });
  assert.equal(p.status, 'partial');
  assert.ok(Math.abs(p.percent! - 33.333) < 0.01);
  assert.equal(computeProgress({ value: 0, target: 0, baseline: 3, comparison: 'at-most' }).status, 'reached');
  const better = computeProgress({ value: 10, target: 20, baseline: 30, comparison: 'at-most' });
  assert.equal(better.status, 'exceeded');
  assert.equal(better.shownPercent, 200);
  const worse = computeProgress({ value: 40, target: 20, baseline: 30, comparison: 'at-most' });
  assert.equal(worse.status, 'partial');
  assert.equal(worse.shownPercent, -100);
  assert.equal(worse.fill, 0);
});

test('no value yet is "no data", never 0 %', () => {
  for (const value of [undefined, null, '']) {
    const p = computeProgress({ value, target: 378 });
    assert.equal(p.status, 'no-data', String(value));
    assert.equal(p.percent, undefined);
    assert.equal(p.shownPercent, undefined);
  }
});

test('bad input: a clear reason, nothing guessed', () => {
  assert.equal(computeProgress({ value: 1, target: 0 }).reason, 'bad-target');
  assert.equal(computeProgress({ value: 1, target: -5 }).reason, 'bad-target');
  assert.equal(computeProgress({ value: 1 }).reason, 'bad-target');
  assert.equal(computeProgress({ value: 1, target: 'lots' }).reason, 'bad-target');
  assert.equal(computeProgress({ value: NaN, target: 5 }).reason, 'bad-value');
  assert.equal(computeProgress({ value: 'twelve', target: 5 }).reason, 'bad-value');
  assert.equal(computeProgress({ value: Infinity, target: 5 }).reason, 'bad-value');
  assert.equal(computeProgress({ value: {}, target: 5 }).reason, 'bad-value');
  assert.equal(computeProgress({ value: 1, target: 0, comparison: 'at-most' }).reason, 'no-baseline');
  assert.equal(computeProgress({ value: 1, target: 5, baseline: 5, comparison: 'at-most' }).reason, 'bad-baseline');
  assert.equal(computeProgress({ value: 1, target: 5, baseline: 2, comparison: 'at-most' }).reason, 'bad-baseline');
  assert.equal(computeProgress({ value: 1, target: 5, comparison: 'above' }).reason, 'unknown-comparison');
  const p = computeProgress({ value: 1, target: 0 });
  assert.equal(p.status, 'invalid');
  assert.equal(p.percent, undefined);
  assert.equal(p.fill, 0);
});

test('numeric strings from attributes are numbers', () => {
  assert.equal(toNumber(' 1.45 '), 1.45);
  assert.equal(toNumber('-3'), -3);
  assert.equal(toNumber('1e3'), 1000);
  assert.equal(toNumber('1,45'), 'bad');
  assert.equal(toNumber('0x10'), 'bad');
  assert.equal(toNumber(''), null);
  assert.equal(computeProgress({ value: '1.2', target: '1.45' }).shownPercent, 83);
});

test('never throws, fill always within 0–100, status consistent with the percentage', () => {
  const anything = fc.oneof(fc.double(), fc.integer(), fc.string(), fc.constant(null), fc.constant(undefined));
  fc.assert(
    fc.property(anything, anything, anything, fc.constantFrom('at-least', 'at-most', undefined, 'x'), (value, target, baseline, comparison) => {
      const p = computeProgress({ value, target, baseline, comparison });
      assert.ok(p.fill >= 0 && p.fill <= 100);
      if (p.status === 'partial') assert.ok(p.percent! < 100 && p.shownPercent! < 100);
      if (p.status === 'exceeded') assert.ok(p.percent! >= 100 && p.shownPercent! > 100);
      if (p.status === 'no-data' || p.status === 'invalid') assert.equal(p.percent, undefined);
    }),
  );
});

test('every Miyun indicator computes (no invalid state in the real feed)', () => {
  const feed = validate(readFileSync('public/feeds/miyun-2024.json', 'utf8')).feed!;
  const statuses = feed.indicators.map((i) => computeProgress(i).status);
  assert.ok(!statuses.includes('invalid'));
  assert.ok(statuses.includes('no-data'));
  assert.ok(statuses.includes('exceeded'));
  assert.ok(statuses.includes('reached'));
  assert.ok(statuses.includes('partial'));
  const relapse = feed.indicators.find((i) => i.comparison === 'at-most')!;
  assert.equal(computeProgress(relapse).status, 'reached');
});

test('sorting by progress: furthest behind first, no data and invalid last', () => {
  const list = [
    computeProgress({ value: 5, target: 10 }),
    computeProgress({ target: 10 }),
    computeProgress({ value: 1, target: 0 }),
    computeProgress({ value: 12, target: 10 }),
    computeProgress({ value: 1, target: 10 }),
  ];
  const order = list.slice().sort(compareProgress).map((p) => p.percent ?? p.status);
  assert.deepEqual(order, [10, 50, 120, 'no-data', 'invalid']);
});

test('trend points: sorted by date, scaled to 0–100, empty below two points', () => {
  assert.deepEqual(trendPoints([{ date: '2024-01-01', value: 1 }]), []);
  const pts = trendPoints([
    { date: '2024-03-01', value: 4 },
    { date: '2024-01-01', value: 2 },
    { date: '2024-02-01', value: 3 },
  ]);
  assert.equal(pts.length, 3);
  assert.deepEqual(pts[0], { x: 0, y: 0 });
  assert.deepEqual(pts[2], { x: 100, y: 100 });
  assert.ok(pts[1].x > 40 && pts[1].x < 60);
  const flat = trendPoints([
    { date: '2024-01-01', value: 0 },
    { date: '2024-02-01', value: 0 },
  ]);
  assert.deepEqual(flat.map((p) => p.y), [50, 50]);
});
