/** Values as clerks write them (src/cli/written.ts): each reading, and its note. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAmount, readDue, readEventTime } from '../../src/cli/written.js';

const plan = { year: 2024, from: 'title' };
const due = (v: string | number | Date) => {
  const r = readDue(v, plan);
  return r.ok ? [r.value, r.note?.code] : ['error', r.code];
};

test('due dates: year ends, month ends, dates before, periods, no due date — each with its note', () => {
  const cases: [string | number | Date, unknown[]][] = [
    ['年底前', ['2024-12-31', 'year-end-plan']],
    ['年底', ['2024-12-31', 'year-end-plan']],
    ['2025年底', ['2025-12-31', 'year-end']],
    ['2024年12月底', ['2024-12-31', 'month-end']],
    ['2024.6', ['2024-06-30', 'month-end']],
    ['2024年6月', ['2024-06-30', 'month-end']],
    ['2024-02', ['2024-02-29', 'month-end']],
    ['12月底前', ['2024-12-31', 'month-end-plan']],
    ['6月30日前', ['2024-06-30', 'date-plan-year']],
    ['2024年6月30日前', ['2024-06-30', 'date-before']],
    ['上半年', ['2024-06-30', 'period-end']],
    ['三季度末', ['2024-09-30', 'period-end']],
    ['长期坚持', [undefined, 'no-due']],
    ['持续推进', [undefined, 'no-due']],
    ['2024年9月30日', ['2024-09-30', undefined]],
    ['２０２４年９月３０日', ['2024-09-30', undefined]],
    [45565, ['2024-09-30', undefined]],
    [new Date(Date.UTC(2024, 8, 30)), ['2024-09-30', undefined]],
  ];
  for (const [input, expected] of cases) assert.deepEqual(due(input), expected, String(input));
});

test('a bare year is its end with a warning; impossible or implausible dates are errors', () => {
  const r = readDue(2025, plan);
  assert.ok(r.ok && r.value === '2025-12-31' && r.note?.severity === 'warning');
  assert.deepEqual(due('2025'), ['2025-12-31', 'bare-year']);
  assert.deepEqual(due(new Date(Date.UTC(1905, 6, 17))), ['error', 'implausible-date'], 'what Excel makes of 2025 in a date cell');
  assert.deepEqual(due(0.85), ['error', 'bad-date']);
  assert.deepEqual(due('2024/9/31'), ['error', 'bad-date']);
  assert.deepEqual(due('13月底'), ['error', 'bad-date']);
  const noYear = readDue('年底前', undefined);
  assert.equal(noYear.ok ? 'ok' : noYear.code, 'no-plan-year');
});

test('amounts: units checked against the indicator, 万 scaled, ≥/≤ give the comparison', () => {
  const amount = (v: string | number, unit?: string) => {
    const r = readAmount(v, unit);
    return r.ok ? r.value : r.code;
  };
  assert.deepEqual(amount('1.45万亩', '亩'), { value: 14500, unit: '亩' });
  assert.deepEqual(amount('1.45万亩', '万亩'), { value: 1.45, unit: '万亩' });
  assert.deepEqual(amount('14500亩', '万亩'), { value: 1.45, unit: '万亩' });
  assert.deepEqual(amount('≥378', '公斤/亩'), { value: 378, comparison: 'at-least' });
  assert.deepEqual(amount('不低于19万吨', '吨'), { value: 190000, comparison: 'at-least', unit: '吨' });
  assert.deepEqual(amount('95%以上', '%'), { value: 95, comparison: 'at-least', unit: '%' });
  assert.deepEqual(amount('≤5', '%'), { value: 5, comparison: 'at-most' });
  assert.deepEqual(amount('200座', '座'), { value: 200, unit: '座' });
  assert.deepEqual(amount('200座'), { value: 200, unit: '座' }, 'no unit column: the cell gives it');
  assert.equal(amount('200座', '个'), 'unit-mismatch');
  assert.deepEqual(amount('１２.５'), { value: 12.5 });
  assert.equal(amount('很多'), 'bad-number');
});

test('event times: 上午/下午, 时, day ranges, time ranges; the plan year when none is written', () => {
  const when = (v: string) => {
    const r = readEventTime(v, plan, 'Asia/Shanghai');
    return r.ok ? r.value : r.code;
  };
  assert.deepEqual(when('9月22日 上午9:00'), { start: '2024-09-22T09:00:00+08:00' });
  assert.deepEqual(when('2024年9月22日 下午2:30'), { start: '2024-09-22T14:30:00+08:00' });
  assert.deepEqual(when('2024年9月22日 9时'), { start: '2024-09-22T09:00:00+08:00' });
  assert.deepEqual(when('9月22日 9时30分'), { start: '2024-09-22T09:30:00+08:00' });
  assert.deepEqual(when('9月22日 晚上7点半'), { start: '2024-09-22T19:30:00+08:00' });
  assert.deepEqual(when('2024年5月25日—26日'), { start: '2024-05-25', end: '2024-05-26' });
  assert.deepEqual(when('2024年5月31日—6月2日'), { start: '2024-05-31', end: '2024-06-02' });
  assert.deepEqual(when('9月22日下午2:30-4:00'), { start: '2024-09-22T14:30:00+08:00', end: '2024-09-22T16:00:00+08:00' });
  assert.deepEqual(when('2024/9/22 14:30'), { start: '2024-09-22T14:30:00+08:00' });
  assert.equal(when('9月31日'), 'bad-date-time');
  assert.equal(when('下周一'), 'bad-date-time');
});
