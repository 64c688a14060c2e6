/**
 * Where a key moves the month grid's active day (WAI-ARIA APG date grid): a pure function of the
 * day, the key and a few options, no DOM, so it is tested in Node.
 */
import { addDays, addMonths, daysInMonth, isoWeekday, monthOf, sameDayIn } from './calendar-model.js';

export interface GridKeyOptions {
  /** The first day of the week, as an ISO weekday (1 = Monday … 7 = Sunday). */
  firstDay: number;
  /** Ctrl held: Home/End go to the first/last day of the month instead of the week. */
  ctrlKey?: boolean;
  /** Shift held: PageUp/PageDown move by a year instead of a month. */
  shiftKey?: boolean;
  /** The earliest and latest day the grid may move to (YYYY-MM-DD); unset: no bound. */
  min?: string;
  max?: string;
}

/**
 * The day (YYYY-MM-DD) `key` moves to from `date`, or undefined when the key does not move:
 * ArrowLeft/ArrowRight a day, ArrowUp/ArrowDown a week, Home/End the first/last day of the week
 * (of the month with Ctrl), PageUp/PageDown a month (a year with Shift), keeping the day of the
 * month where the new month has it (31 January → 29 February).
 */
export function gridKey(date: string, key: string, o: GridKeyOptions): string | undefined {
  const back = (isoWeekday(date) - o.firstDay + 7) % 7;
  const month = monthOf(date);
  let next: string;
  switch (key) {
    case 'ArrowLeft':
      next = addDays(date, -1);
      break;
    case 'ArrowRight':
      next = addDays(date, 1);
      break;
    case 'ArrowUp':
      next = addDays(date, -7);
      break;
    case 'ArrowDown':
      next = addDays(date, 7);
      break;
    case 'Home':
      next = o.ctrlKey ? `${month}-01` : addDays(date, -back);
      break;
    case 'End':
      next = o.ctrlKey ? `${month}-${daysInMonth(month)}` : addDays(date, 6 - back);
      break;
    case 'PageUp':
      next = sameDayIn(date, addMonths(month, o.shiftKey ? -12 : -1));
      break;
    case 'PageDown':
      next = sameDayIn(date, addMonths(month, o.shiftKey ? 12 : 1));
      break;
    default:
      return undefined;
  }
  if (o.min && next < o.min) return o.min;
  if (o.max && next > o.max) return o.max;
  return next;
}
