import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import {
  parseBool,
  parseComparison,
  parseDate,
  parseDateTimeCell,
  parseEventStatus,
  parseNumber,
  parseTaskStatus,
  parseWhen,
  writeDateTime,
} from '../../src/cli/values.js';
import { columnFor, sheetFor } from '../../src/cli/columns.js';
import { columnLetter, decodeText } from '../../src/cli/sheets.js';

const value = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : undefined);

test('every way Chinese Excel writes a date is read as the same day', () => {
  const forms: [string, unknown][] = [
    ['2024/9/30', '2024/9/30'],
    ['2024/09/30', '2024/09/30'],
    ['2024年9月30日', '2024年9月30日'],
    ['2024 年 9 月 30 日', '2024 年 9 月 30 日'],
    ['2024-09-30', '2024-09-30'],
    ['2024-9-30', '2024-9-30'],
    ['2024.9.30', '2024.9.30'],
    ['full-width digits', '２０２４/９/３０'],
    ['Excel serial (number cell)', 45565],
    ['Excel serial typed in CSV', '45565'],
    ['date cell read by exceljs', new Date(Date.UTC(2024, 8, 30))],
    ['date cell with 00:00', '2024/9/30 0:00'],
  ];
  for (const [name, input] of forms) {
    assert.equal(value(parseDate(input as string)), '2024-09-30', name);
  }
});

test('dates that do not exist are refused', () => {
  for (const bad of ['2024/9/31', '2023年2月29日', '2024-13-01', '2024/0/10', '30/9/2024', '2024', 'soon', '2024/9/30 17:00', 12]) {
    assert.equal(parseDate(bad as string).ok, false, String(bad));
  }
  assert.equal(value(parseDate('2024年2月29日')), '2024-02-29', 'a real leap day');
});

test('date-times get the offset of the feed time zone', () => {
  assert.equal(value(parseDateTimeCell('2024/9/27 16:30', 'Asia/Shanghai')), '2024-09-27T16:30:00+08:00');
  assert.equal(value(parseDateTimeCell('2024年9月27日 16:30', 'Asia/Shanghai')), '2024-09-27T16:30:00+08:00');
  assert.equal(value(parseDateTimeCell('2024-07-01 09:00', 'Europe/Berlin')), '2024-07-01T09:00:00+02:00');
  assert.equal(value(parseDateTimeCell('2024-01-01 09:00', 'Europe/Berlin')), '2024-01-01T09:00:00+01:00');
  assert.equal(value(parseDateTimeCell('2024-09-27T16:30:00+09:00', 'Asia/Shanghai')), '2024-09-27T16:30:00+09:00', 'an explicit offset is kept');
  assert.equal(value(parseDateTimeCell(45562.6875, 'Asia/Shanghai')), '2024-09-27T16:30:00+08:00', 'a serial with a time fraction');
  assert.equal(parseDateTimeCell('2024/9/27 25:00', 'Asia/Shanghai').ok, false);
});

test('event times: a date stays all-day, a time makes it timed', () => {
  assert.equal(value(parseWhen('2024/5/25', 'Asia/Shanghai')), '2024-05-25');
  assert.equal(value(parseWhen(new Date(Date.UTC(2024, 4, 25)), 'Asia/Shanghai')), '2024-05-25');
  assert.equal(value(parseWhen('2024/2/3 19:00', 'Asia/Shanghai')), '2024-02-03T19:00:00+08:00');
  assert.equal(value(parseWhen(new Date(Date.UTC(2024, 1, 3, 19)), 'Asia/Shanghai')), '2024-02-03T19:00:00+08:00');
});

test('export writes date-times short only when they read back identically', () => {
  assert.equal(writeDateTime('2024-09-27T16:30:00+08:00', 'Asia/Shanghai'), '2024-09-27 16:30');
  assert.equal(writeDateTime('2024-09-27T16:30:00+09:00', 'Asia/Shanghai'), '2024-09-27T16:30:00+09:00');
  assert.equal(writeDateTime('2024-09-27T16:30:00Z', 'Asia/Shanghai'), '2024-09-27T16:30:00Z');
  assert.equal(writeDateTime('2024-05-25', 'Asia/Shanghai'), '2024-05-25');
});

test('status words in Chinese and English map to the contract', () => {
  const cases: [string, string][] = [
    ['未开始', 'not-started'],
    ['进行中', 'in-progress'],
    ['已完成', 'completed'],
    ['滞后', 'delayed'],
    [' 进行中 ', 'in-progress'],
    ['In progress', 'in-progress'],
    ['completed', 'completed'],
    ['NOT_STARTED', 'not-started'],
  ];
  for (const [word, status] of cases) assert.equal(value(parseTaskStatus(word)), status, word);
  for (const bad of ['进行', '完成了', 'started', '']) assert.equal(parseTaskStatus(bad).ok, false, bad);
  assert.equal(value(parseEventStatus('已取消')), 'cancelled');
  assert.equal(value(parseEventStatus('推迟')), 'postponed');
  assert.equal(value(parseComparison('不高于')), 'at-most');
  assert.equal(value(parseComparison('≥')), 'at-least');
  assert.equal(value(parseBool('是')), true);
  assert.equal(value(parseBool('否')), false);
  assert.equal(value(parseBool(true)), true);
  assert.equal(parseBool('也许').ok, false);
});

test('numbers as people type them', () => {
  assert.equal(value(parseNumber('75%')), 75);
  assert.equal(value(parseNumber('1,450')), 1450);
  assert.equal(value(parseNumber('１２.５')), 12.5);
  assert.equal(value(parseNumber(3.5)), 3.5);
  assert.equal(parseNumber('七十').ok, false);
  assert.equal(parseNumber('12 tonnes').ok, false);
});

test('text encodings are detected: UTF-8 with and without BOM, GB18030, UTF-16', () => {
  const text = '任务编号,任务名称\nt1,压实粮食安全责任制\n';
  const utf8 = new TextEncoder().encode(text);
  assert.deepEqual(decodeText(utf8), { text, encoding: 'utf-8' });
  assert.deepEqual(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])), { text, encoding: 'utf-8-bom' });
  const gb = new Uint8Array(iconv.encode(text, 'gb18030'));
  assert.notDeepEqual(gb, utf8, 'the GB18030 bytes differ from UTF-8');
  assert.deepEqual(decodeText(gb), { text, encoding: 'gb18030' });
  const utf16 = new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: true }));
  assert.deepEqual(decodeText(utf16), { text, encoding: 'utf-16le' });
});

test('headers are recognised in Chinese, English and both', () => {
  const field = (label: string) => columnFor('tasks', label)?.field;
  assert.equal(field('任务编号'), 'id');
  assert.equal(field('id'), 'id');
  assert.equal(field('任务编号 id'), 'id');
  assert.equal(field('任务编号（id）'), 'id');
  assert.equal(field('任务名称（英文）'), 'title_en');
  assert.equal(field('title_en'), 'title_en');
  assert.equal(field('状态'), 'status');
  assert.equal(field('进度(%)'), 'progress');
  assert.equal(field('完成时限'), 'due');
  assert.equal(field('牵头单位'), 'owners');
  assert.equal(field('名称（英文）'), 'title_en');
  assert.equal(field('任务编号（英文）'), undefined, 'an unknown English column never falls back to the Chinese one');
  assert.equal(field('备注'), undefined);
  assert.equal(sheetFor('任务 tasks')?.kind, 'tasks');
  assert.equal(sheetFor('指标历史 history')?.kind, 'history');
  assert.equal(sheetFor('Indicators')?.kind, 'indicators');
  assert.deepEqual([1, 26, 27, 52, 703].map(columnLetter), ['A', 'Z', 'AA', 'AZ', 'AAA']);
});
