/**
 * The 重复 (recurrence) cell of the events sheet, read the way a clerk types it, and written back
 * the same way by export: a solar term (每年秋分 / 秋分), a lunar date (每年农历正月十五 /
 * 农历1月15日 / 农历闰四月初八), 每年 / 每月 / 每周, or an RRULE string of the contract's subset.
 * The 24 names come from lunar.ts, their contract ids from recurrence-rule.ts (same order).
 */
import { lunarDayName, SOLAR_TERMS } from '../feed/lunar.js';
import { isRRule, parseRRule, SOLAR_TERM_IDS } from '../feed/recurrence-rule.js';
import type { Read } from './written.js';

export type RecurrenceRule = { rrule: string } | { solarTerm: string } | { lunar: { month: number; day: number; leap?: boolean } };

const MONTH_NAMES = ['正', '二', '三', '四', '五', '六', '七', '八', '九', '十', '冬', '腊'];
const MONTH_OTHER: Record<string, number> = { 一: 1, 十一: 11, 十二: 12 };
const DAYS = new Map<string, number>(Array.from({ length: 30 }, (_, i) => [lunarDayName(i + 1), i + 1]));
// Plain numerals clerks also write for days: 十五, 二十一 …
const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
for (let d = 1; d <= 30; d++) {
  const n = d < 10 ? NUMERALS[d] : d === 10 ? '十' : d < 20 ? '十' + NUMERALS[d - 10] : NUMERALS[Math.floor(d / 10)] + '十' + NUMERALS[d % 10];
  if (!DAYS.has(n)) DAYS.set(n, d);
}

function lunarMonth(s: string): number | undefined {
  if (/^\d{1,2}$/.test(s)) return Number(s);
  const i = MONTH_NAMES.indexOf(s);
  return i >= 0 ? i + 1 : MONTH_OTHER[s];
}

function lunarDay(s: string): number | undefined {
  if (/^\d{1,2}$/.test(s)) return Number(s);
  return DAYS.get(s);
}

const SIMPLE: Record<string, string> = { 每年: 'FREQ=YEARLY', 每月: 'FREQ=MONTHLY', 每周: 'FREQ=WEEKLY', 每星期: 'FREQ=WEEKLY' };

/** Reads a 重复 cell into the rule part of `events[].recurrence`. */
export function readRecurrence(raw: string | number | boolean | Date): Read<RecurrenceRule> {
  const typed = String(raw).normalize('NFKC').trim();
  const s = typed.replace(/\s+/g, '');
  if (/^(rrule:)?freq=/i.test(s)) {
    const rule = s.replace(/^rrule:/i, '').toUpperCase();
    if (isRRule(rule)) return { ok: true, value: { rrule: rule } };
    const err = parseRRule(rule);
    return { ok: false, code: 'bad-recurrence', params: { part: 'code' in err ? err.part : rule } };
  }
  if (SIMPLE[s]) return { ok: true, value: { rrule: SIMPLE[s] } };
  const core = s.replace(/^每年/, '').replace(/(日|当天)$/, '');
  const term = SOLAR_TERMS.indexOf(core as (typeof SOLAR_TERMS)[number]);
  if (term >= 0) return { ok: true, value: { solarTerm: SOLAR_TERM_IDS[term] } };
  if ((SOLAR_TERM_IDS as readonly string[]).includes(typed.toLowerCase())) return { ok: true, value: { solarTerm: typed.toLowerCase() } };
  const lunar = /^(?:每年)?(?:农历|阴历)(闰)?(\d{1,2}|[正一二三四五六七八九十冬腊]|十[一二])月(\d{1,2}|[初十廿二三][一二三四五六七八九十]?|[一二三]?十[一二三四五六七八九]?)[日号]?$/.exec(s);
  if (lunar) {
    const month = lunarMonth(lunar[2]);
    const day = lunarDay(lunar[3]);
    if (month === undefined || month < 1 || month > 12 || day === undefined || day < 1 || day > 30) {
      return { ok: false, code: 'bad-recurrence-lunar', params: {} };
    }
    return { ok: true, value: { lunar: lunar[1] ? { month, day, leap: true } : { month, day } } };
  }
  if (/农历|阴历/.test(s)) return { ok: false, code: 'bad-recurrence-lunar', params: {} };
  return { ok: false, code: 'bad-recurrence', params: { part: typed } };
}

/** Writes a recurrence's rule the way readRecurrence reads it (每年秋分, 每年农历正月十五, the RRULE). */
export function writeRecurrence(rule: { rrule?: string; solarTerm?: string; lunar?: { month: number; day: number; leap?: boolean } }): string | undefined {
  if (rule.rrule !== undefined) return rule.rrule;
  if (rule.solarTerm !== undefined) {
    const i = (SOLAR_TERM_IDS as readonly string[]).indexOf(rule.solarTerm);
    return i >= 0 ? `每年${SOLAR_TERMS[i]}` : rule.solarTerm;
  }
  if (rule.lunar) {
    const { month, day, leap } = rule.lunar;
    return `每年农历${leap ? '闰' : ''}${MONTH_NAMES[month - 1] ?? month}月${lunarDayName(day)}`;
  }
  return undefined;
}
