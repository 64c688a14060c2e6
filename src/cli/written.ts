/**
 * Values as bureau clerks write them, beyond the exact forms of values.ts: due dates such as
 * 年底前, 2024年12月底, 2024.6, 6月30日前 or 长期坚持; amounts with units and ≥/≤; event times such
 * as "9月22日 上午9:00" or "2024年5月25日—26日". Every reading that is not literal comes back with
 * a note (code + params) so the clerk can check it.
 */
import { parseDate, parseWhen, type CellValue } from './values.js';

export interface Note {
  severity: 'note' | 'warning';
  code: string;
  params: Record<string, string | number>;
}

export type Read<T> = { ok: true; value: T; note?: Note } | { ok: false; code: string; params?: Record<string, string | number> };

/** The plan's year, where it was found (for the note). */
export interface PlanYear {
  year: number;
  /** 'title' | 'report-date' | 'dates' */
  from: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const monthEnd = (y: number, m: number) => ymd(y, m, lastDay(y, m));
const realDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);

const NO_DUE = /^(长期坚持|长期|持续推进|持续|常态化|常态化推进|长期推进|持续开展|长期执行|持续实施|长期实施)$/;
const YEAR_END_WORDS = /^(年底|年末|年内|全年|本年度|年度内|今年底|今年年底)$/;
const BEFORE = '(?:前|以前|之前)?';
const END = '(?:底|末|份)?';
const QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

const note = (code: string, params: Record<string, string | number>, severity: Note['severity'] = 'note'): Note => ({ severity, code, params });
const yearNote = (plan: PlanYear | undefined): Record<string, string | number> => (plan ? { year: plan.year, from: plan.from } : {});

/** Serial day numbers before 2000-01-01 are not dates anyone means in a plan (2025 is a year, not 1905-07-17). */
const SERIAL_2000 = 36526;

/**
 * A due date: exact dates, month ends, year ends, "no due date" words. `value` undefined in an
 * ok result means "no due date" (长期坚持).
 */
export function readDue(raw: CellValue, plan: PlanYear | undefined): Read<string | undefined> {
  if (raw instanceof Date) {
    const y = raw.getUTCFullYear();
    if (y < 1990) return { ok: false, code: 'implausible-date', params: { value: `${y}/${raw.getUTCMonth() + 1}/${raw.getUTCDate()}` } };
    const r = parseDate(raw);
    return r.ok ? r : { ok: false, code: 'bad-date' };
  }
  if (typeof raw === 'number') {
    if (Number.isInteger(raw) && raw >= 1990 && raw <= 2100) {
      return { ok: true, value: ymd(raw, 12, 31), note: note('bare-year', { year: raw }, 'warning') };
    }
    if (raw < SERIAL_2000) return { ok: false, code: 'bad-date' };
    const r = parseDate(raw);
    return r.ok ? r : { ok: false, code: 'bad-date' };
  }
  if (typeof raw !== 'string') return { ok: false, code: 'bad-date' };
  const s = raw.normalize('NFKC').replace(/\s+/g, '');
  if (NO_DUE.test(s)) return { ok: true, value: undefined, note: note('no-due', { value: raw.trim() }) };
  if (/^\d{4}$/.test(s)) return { ok: true, value: ymd(+s, 12, 31), note: note('bare-year', { year: +s }, 'warning') };
  const needYear = (f: (y: number) => Read<string | undefined>): Read<string | undefined> =>
    plan ? f(plan.year) : { ok: false, code: 'no-plan-year', params: { value: raw.trim() } };
  let m: RegExpExecArray | null;
  if ((m = new RegExp(`^(?:(\\d{4})年)?(${YEAR_END_WORDS.source.slice(2, -2)})${BEFORE}$`).exec(s)) || (m = new RegExp(`^(\\d{4})年(?:底|末)?${BEFORE}$`).exec(s))) {
    const given = m[1];
    if (given) return { ok: true, value: ymd(+given, 12, 31), note: note('year-end', { value: raw.trim(), date: ymd(+given, 12, 31) }) };
    return needYear((y) => ({ ok: true, value: ymd(y, 12, 31), note: note('year-end-plan', { value: raw.trim(), date: ymd(y, 12, 31), ...yearNote(plan) }) }));
  }
  if ((m = new RegExp(`^(?:(\\d{4})年)?(上|下)半年(?:底|末)?${BEFORE}$`).exec(s))) {
    const month = m[2] === '上' ? 6 : 12;
    const f = (y: number): Read<string | undefined> => ({ ok: true, value: monthEnd(y, month), note: note('period-end', { value: raw.trim(), date: monthEnd(y, month), ...(m![1] ? {} : yearNote(plan)) }) });
    return m[1] ? f(+m[1]) : needYear(f);
  }
  if ((m = new RegExp(`^(?:(\\d{4})年)?(?:第)?([一二三四1-4])季度(?:末|底)?${BEFORE}$`).exec(s))) {
    const month = QUARTER[m[2]] * 3;
    const f = (y: number): Read<string | undefined> => ({ ok: true, value: monthEnd(y, month), note: note('period-end', { value: raw.trim(), date: monthEnd(y, month), ...(m![1] ? {} : yearNote(plan)) }) });
    return m[1] ? f(+m[1]) : needYear(f);
  }
  // 2024年12月底, 2024年6月, 2024.6, 2024-06, 2024/6
  if ((m = new RegExp(`^(\\d{4})(?:年|[./-])(\\d{1,2})(?:月)?${END}${BEFORE}$`).exec(s))) {
    const [y, mo] = [+m[1], +m[2]];
    if (mo < 1 || mo > 12) return { ok: false, code: 'bad-date' };
    return { ok: true, value: monthEnd(y, mo), note: note('month-end', { value: raw.trim(), date: monthEnd(y, mo) }) };
  }
  // 12月底, 6月前
  if ((m = new RegExp(`^(\\d{1,2})月${END}${BEFORE}$`).exec(s))) {
    const mo = +m[1];
    if (mo < 1 || mo > 12) return { ok: false, code: 'bad-date' };
    return needYear((y) => ({ ok: true, value: monthEnd(y, mo), note: note('month-end-plan', { value: raw.trim(), date: monthEnd(y, mo), ...yearNote(plan) }) }));
  }
  // 6月30日前, 6月30日
  if ((m = new RegExp(`^(\\d{1,2})月(\\d{1,2})[日号]?${BEFORE}$`).exec(s))) {
    const [mo, d] = [+m[1], +m[2]];
    return needYear((y) =>
      realDay(y, mo, d)
        ? { ok: true, value: ymd(y, mo, d), note: note('date-plan-year', { value: raw.trim(), date: ymd(y, mo, d), ...yearNote(plan) }) }
        : { ok: false, code: 'bad-date' },
    );
  }
  // 2024年6月30日前
  const before = /^(.*\d[日号]?)(?:前|以前|之前)$/.exec(s);
  const exact = parseDate(before ? before[1] : s);
  if (exact.ok) {
    if (/^\d{5}$/.test(s) && +s < SERIAL_2000) return { ok: false, code: 'bad-date' };
    return before ? { ok: true, value: exact.value, note: note('date-before', { value: raw.trim(), date: exact.value }) } : exact;
  }
  return { ok: false, code: 'bad-date' };
}

/** The year a date cell names, for finding the plan's year among a sheet's dates. */
export function yearOf(raw: CellValue): number | undefined {
  if (raw instanceof Date) return raw.getUTCFullYear();
  if (typeof raw !== 'string') return undefined;
  const m = /((?:19|20)\d{2})\s*[年./-]/.exec(raw.normalize('NFKC'));
  return m ? +m[1] : undefined;
}

export type Comparison = 'at-least' | 'at-most';

export interface Amount {
  value: number;
  comparison?: Comparison;
  /** The unit written in the cell, when there was one (after 万/亿 was taken off). */
  unit?: string;
}

const AT_LEAST_PRE = /^(≥|>=|不低于|不少于|至少|达到|超过|大于等于)/;
const AT_MOST_PRE = /^(≤|<=|不高于|不超过|控制在|低于|小于等于)/;
const AT_LEAST_POST = /(以上|及以上)$/;
const AT_MOST_POST = /(以下|以内|及以下)$/;
const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3 };

/**
 * An amount with its unit and an optional comparison: "≥378", "1.45万亩", "200座", "不低于95%".
 * `unit` is the indicator's unit (its own column): the cell's unit must agree with it.
 */
export function readAmount(raw: CellValue, unit: string | undefined): Read<Amount> {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, value: { value: raw } } : { ok: false, code: 'bad-number' };
  if (typeof raw !== 'string') return { ok: false, code: 'bad-number' };
  let s = raw.normalize('NFKC').replace(/\s+/g, '');
  let comparison: Comparison | undefined;
  let m: RegExpExecArray | null;
  if ((m = AT_LEAST_PRE.exec(s))) [comparison, s] = ['at-least', s.slice(m[0].length)];
  else if ((m = AT_MOST_PRE.exec(s))) [comparison, s] = ['at-most', s.slice(m[0].length)];
  if ((m = AT_LEAST_POST.exec(s))) [comparison, s] = [comparison ?? 'at-least', s.slice(0, -m[0].length)];
  else if ((m = AT_MOST_POST.exec(s))) [comparison, s] = [comparison ?? 'at-most', s.slice(0, -m[0].length)];
  const num = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?/.exec(s);
  if (!num || num[0] === '' || num[0] === '+' || num[0] === '-') return { ok: false, code: 'bad-number' };
  let value = Number(num[0].replace(/,/g, ''));
  let rest = s.slice(num[0].length);
  const notes: string[] = [];
  const u = unit?.normalize('NFKC').replace(/\s+/g, '');
  if (rest && rest !== u) {
    const scale = SCALE[rest[0]];
    if (scale && (u === undefined || rest.slice(1) === u || rest.length === 1)) {
      value = Math.round(value * scale * 1e6) / 1e6;
      notes.push(rest[0]);
      rest = rest.slice(1);
    } else if (u && SCALE[u[0]] && rest === u.slice(1)) {
      value = Math.round((value / SCALE[u[0]]) * 1e8) / 1e8;
      notes.push('/' + u[0]);
      rest = u;
    }
  }
  if (rest && u && rest !== u) return { ok: false, code: 'unit-mismatch', params: { unit: rest, expected: unit! } };
  if (!Number.isFinite(value)) return { ok: false, code: 'bad-number' };
  const out: Amount = { value };
  if (comparison) out.comparison = comparison;
  if (rest) out.unit = rest;
  const literal = !comparison && !notes.length && (!rest || rest === u);
  if (literal) return { ok: true, value: out };
  return {
    ok: true,
    value: out,
    note: note('amount-read', { value: raw.trim(), number: value, unit: rest || (u ?? ''), comparison: comparison ?? '' }),
  };
}

const DASH = '(?:—|–|-|~|～|至|到)+';
const HALF = '(上午|下午|晚上|晚|中午|早上|凌晨)?';
const TIME = `${HALF}(\\d{1,2})(?:[:：](\\d{2})|[时点](?:(\\d{1,2})分?|(半))?)`;
const LOOSE = new RegExp(
  `^(?:(\\d{4})(?:年|[./-]))?(\\d{1,2})(?:月|[./-])(\\d{1,2})[日号]?` +
    `(?:${DASH}(?:(?:(\\d{4})年)?(\\d{1,2})月)?(\\d{1,2})[日号])?` +
    `(?:${TIME}(?:${DASH}${TIME})?)?$`,
);

function hour(half: string | undefined, h: number): number {
  if ((half === '下午' || half === '晚上' || half === '晚') && h < 12) return h + 12;
  if (half === '凌晨' && h === 12) return 0;
  return h;
}

/** An event's start as written (maybe with its end): "9月22日 上午9:00", "2024年5月25日—26日", "下午2:30-4:00". */
export function readEventTime(raw: CellValue, plan: PlanYear | undefined, timeZone: string): Read<{ start: string; end?: string }> {
  const exact = parseWhen(raw, timeZone);
  if (exact.ok) {
    if (raw instanceof Date && raw.getUTCFullYear() < 1990) return { ok: false, code: 'implausible-date', params: { value: String(raw.getUTCFullYear()) } };
    if (typeof raw === 'number' && raw < SERIAL_2000) return { ok: false, code: 'bad-date-time' };
    return { ok: true, value: { start: exact.value } };
  }
  if (typeof raw !== 'string') return { ok: false, code: 'bad-date-time' };
  const s = raw.normalize('NFKC').replace(/\s+/g, '');
  const m = LOOSE.exec(s);
  if (!m) return { ok: false, code: 'bad-date-time' };
  const year = m[1] ? +m[1] : plan?.year;
  if (year === undefined) return { ok: false, code: 'no-plan-year', params: { value: raw.trim() } };
  const [mo, d] = [+m[2], +m[3]];
  if (!realDay(year, mo, d)) return { ok: false, code: 'bad-date-time' };
  const at = (y: number, mo2: number, d2: number, half?: string, h?: string, mi?: string, mi2?: string, halfHour?: string) => {
    if (h === undefined) return ymd(y, mo2, d2);
    const hh = hour(half, +h);
    const mm = mi !== undefined ? +mi : mi2 !== undefined ? +mi2 : halfHour ? 30 : 0;
    if (hh > 23 || mm > 59) return undefined;
    const r = parseWhen(`${ymd(y, mo2, d2)} ${pad(hh)}:${pad(mm)}`, timeZone);
    return r.ok ? r.value : undefined;
  };
  const start = at(year, mo, d, m[7], m[8], m[9], m[10], m[11]);
  if (start === undefined) return { ok: false, code: 'bad-date-time' };
  let end: string | undefined;
  if (m[6] !== undefined) {
    const ey = m[4] ? +m[4] : year;
    const em = m[5] ? +m[5] : mo;
    if (!realDay(ey, em, +m[6])) return { ok: false, code: 'bad-date-time' };
    end = ymd(ey, em, +m[6]);
    if (m[8] !== undefined) return { ok: false, code: 'bad-date-time' }; // "25日—26日 9:00": which day's time?
  } else if (m[13] !== undefined) {
    end = at(year, mo, d, m[12] ?? m[7], m[13], m[14], m[15], m[16]);
    if (end === undefined) return { ok: false, code: 'bad-date-time' };
  }
  const value = end === undefined ? { start } : { start, end };
  return {
    ok: true,
    value,
    note: note('event-time-read', { value: raw.trim(), start, end: end ?? '', ...(m[1] ? {} : yearNote(plan)) }),
  };
}
