import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { gridKey } from '../../../src/elements/civic-event-calendar/grid-keys.js';
import { addDays, daysBetween, isoWeekday } from '../../../src/elements/civic-event-calendar/calendar-model.js';

const MONDAY = { firstDay: 1 };
const SUNDAY = { firstDay: 7 };

describe('grid keys: arrows', () => {
  // 2024-01-31 is a Wednesday.
  test('ArrowLeft and ArrowRight move a day, across months and years', () => {
    assert.equal(gridKey('2024-01-31', 'ArrowLeft', MONDAY), '2024-01-30');
    assert.equal(gridKey('2024-01-31', 'ArrowRight', MONDAY), '2024-02-01');
    assert.equal(gridKey('2024-12-31', 'ArrowRight', MONDAY), '2025-01-01');
    assert.equal(gridKey('2024-01-01', 'ArrowLeft', MONDAY), '2023-12-31');
    assert.equal(gridKey('2024-02-28', 'ArrowRight', MONDAY), '2024-02-29');
    assert.equal(gridKey('2023-02-28', 'ArrowRight', MONDAY), '2023-03-01');
  });

  test('ArrowUp and ArrowDown move a week', () => {
    assert.equal(gridKey('2024-01-31', 'ArrowUp', MONDAY), '2024-01-24');
    assert.equal(gridKey('2024-01-31', 'ArrowDown', MONDAY), '2024-02-07');
    assert.equal(gridKey('2024-01-03', 'ArrowUp', SUNDAY), '2023-12-27');
  });

  test('the first day of the week does not change the arrows', () => {
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']) {
      assert.equal(gridKey('2024-05-15', key, MONDAY), gridKey('2024-05-15', key, SUNDAY), key);
    }
  });

  test('Ctrl and Shift do not change the arrows', () => {
    assert.equal(gridKey('2024-01-31', 'ArrowLeft', { firstDay: 1, ctrlKey: true, shiftKey: true }), '2024-01-30');
    assert.equal(gridKey('2024-01-31', 'ArrowDown', { firstDay: 1, ctrlKey: true, shiftKey: true }), '2024-02-07');
  });
});

describe('grid keys: Home and End', () => {
  test('Home and End go to the first and last day of a Monday week', () => {
    assert.equal(gridKey('2024-01-31', 'Home', MONDAY), '2024-01-29');
    assert.equal(gridKey('2024-01-31', 'End', MONDAY), '2024-02-04');
  });

  test('Home and End go to the first and last day of a Sunday week', () => {
    assert.equal(gridKey('2024-01-31', 'Home', SUNDAY), '2024-01-28');
    assert.equal(gridKey('2024-01-31', 'End', SUNDAY), '2024-02-03');
  });

  test('a week starting on Saturday', () => {
    assert.equal(gridKey('2024-01-31', 'Home', { firstDay: 6 }), '2024-01-27');
    assert.equal(gridKey('2024-01-31', 'End', { firstDay: 6 }), '2024-02-02');
  });

  test('on the first or last day of the week, Home or End stays', () => {
    assert.equal(gridKey('2024-01-29', 'Home', MONDAY), '2024-01-29'); // a Monday
    assert.equal(gridKey('2024-02-04', 'End', MONDAY), '2024-02-04'); // a Sunday
    assert.equal(gridKey('2024-02-04', 'Home', SUNDAY), '2024-02-04');
    assert.equal(gridKey('2024-02-03', 'End', SUNDAY), '2024-02-03'); // a Saturday
  });

  test('a Sunday is the end of a Monday week and the start of a Sunday week', () => {
    assert.equal(gridKey('2024-02-04', 'Home', MONDAY), '2024-01-29');
    assert.equal(gridKey('2024-02-04', 'End', SUNDAY), '2024-02-10');
  });

  test('Ctrl+Home and Ctrl+End go to the first and last day of the month', () => {
    assert.equal(gridKey('2024-01-17', 'Home', { firstDay: 1, ctrlKey: true }), '2024-01-01');
    assert.equal(gridKey('2024-01-17', 'End', { firstDay: 1, ctrlKey: true }), '2024-01-31');
    assert.equal(gridKey('2024-02-10', 'End', { firstDay: 7, ctrlKey: true }), '2024-02-29');
    assert.equal(gridKey('2023-02-10', 'End', { firstDay: 7, ctrlKey: true }), '2023-02-28');
    assert.equal(gridKey('2024-04-30', 'End', { firstDay: 1, ctrlKey: true }), '2024-04-30');
  });

  test('every week from Home to End is seven days starting on the first day of the week', () => {
    const day = fc.integer({ min: 0, max: 365 * 400 }).map((n) => addDays('1900-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 7 }), (date, firstDay) => {
        const home = gridKey(date, 'Home', { firstDay })!;
        const end = gridKey(date, 'End', { firstDay })!;
        assert.equal(isoWeekday(home), firstDay);
        assert.equal(daysBetween(home, end), 6);
        assert.ok(home <= date && date <= end);
      }),
    );
  });
});

describe('grid keys: PageUp and PageDown', () => {
  test('PageUp and PageDown move a month, keeping the day', () => {
    assert.equal(gridKey('2024-05-10', 'PageDown', MONDAY), '2024-06-10');
    assert.equal(gridKey('2024-05-10', 'PageUp', MONDAY), '2024-04-10');
    assert.equal(gridKey('2024-12-15', 'PageDown', MONDAY), '2025-01-15');
    assert.equal(gridKey('2024-01-15', 'PageUp', MONDAY), '2023-12-15');
  });

  test('a day the new month lacks is clamped to its last day', () => {
    assert.equal(gridKey('2024-01-31', 'PageDown', MONDAY), '2024-02-29');
    assert.equal(gridKey('2023-01-31', 'PageDown', MONDAY), '2023-02-28');
    assert.equal(gridKey('2024-03-31', 'PageUp', MONDAY), '2024-02-29');
    assert.equal(gridKey('2024-03-31', 'PageDown', MONDAY), '2024-04-30');
    assert.equal(gridKey('2024-05-31', 'PageUp', SUNDAY), '2024-04-30');
  });

  test('Shift+PageUp and Shift+PageDown move a year', () => {
    assert.equal(gridKey('2024-05-10', 'PageDown', { firstDay: 1, shiftKey: true }), '2025-05-10');
    assert.equal(gridKey('2024-05-10', 'PageUp', { firstDay: 1, shiftKey: true }), '2023-05-10');
    assert.equal(gridKey('2024-02-29', 'PageDown', { firstDay: 1, shiftKey: true }), '2025-02-28');
    assert.equal(gridKey('2024-02-29', 'PageUp', { firstDay: 1, shiftKey: true }), '2023-02-28');
    assert.equal(gridKey('2023-02-28', 'PageDown', { firstDay: 7, shiftKey: true }), '2024-02-28');
  });

  test('Ctrl does not change PageUp and PageDown', () => {
    assert.equal(gridKey('2024-01-31', 'PageDown', { firstDay: 1, ctrlKey: true }), '2024-02-29');
  });
});

describe('grid keys: other keys and bounds', () => {
  test('keys that do not move answer undefined', () => {
    for (const key of ['Enter', ' ', 'Tab', 'Escape', 'a', 'Shift', '']) {
      assert.equal(gridKey('2024-01-31', key, MONDAY), undefined, JSON.stringify(key));
    }
  });

  test('min and max bound the move', () => {
    const bounds = { firstDay: 1, min: '2024-01-01', max: '2024-12-31' };
    assert.equal(gridKey('2024-01-01', 'ArrowLeft', bounds), '2024-01-01');
    assert.equal(gridKey('2024-01-03', 'ArrowUp', bounds), '2024-01-01');
    assert.equal(gridKey('2024-12-31', 'ArrowRight', bounds), '2024-12-31');
    assert.equal(gridKey('2024-12-15', 'PageDown', bounds), '2024-12-31');
    assert.equal(gridKey('2024-06-15', 'PageUp', { ...bounds, shiftKey: true }), '2024-01-01');
    assert.equal(gridKey('2024-06-15', 'ArrowDown', bounds), '2024-06-22');
    assert.equal(gridKey('2024-06-15', 'Enter', bounds), undefined);
  });
});
