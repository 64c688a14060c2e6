/**
 * The validator's checks of `events[].recurrence` (validate.ts calls checkRecurrence on each
 * event before parsing it). A bad rule is reported with its own problem and the recurrence
 * dropped, so the event stays as a single event; a bad `exdates` entry is dropped alone; `count`
 * beside `until` is dropped (RFC 5545 allows one of them).
 */
import { isDate } from './dates.js';
import { isRRuleError, parseRRule, SOLAR_TERM_IDS } from './recurrence-rule.js';
import type { Problem } from './types.js';

type Obj = Record<string, unknown>;
type Key = string | number;
type Params = Record<string, string | number>;

const RULES = ['rrule', 'solarTerm', 'lunar'] as const;

const MESSAGES: Record<string, (p: Params) => { en: string; 'zh-Hans': string }> = {
  'recurrence-invalid': () => ({
    en: 'The recurrence must be an object with one rule (rrule, solarTerm or lunar); the event is shown once.',
    'zh-Hans': '重复规则必须是含一条规则（rrule、solarTerm 或 lunar）的对象；此活动只显示一次。',
  }),
  'recurrence-no-rule': () => ({
    en: 'The recurrence has no rule (rrule, solarTerm or lunar); the event is shown once.',
    'zh-Hans': '重复规则缺少规则（rrule、solarTerm 或 lunar）；此活动只显示一次。',
  }),
  'recurrence-rules': (p) => ({
    en: `The recurrence has more than one rule (${p.rules}); it needs exactly one. The event is shown once.`,
    'zh-Hans': `重复规则同时有多条规则（${p.rules}），只能有一条；此活动只显示一次。`,
  }),
  'rrule-freq': (p) => ({
    en: `The rule's FREQ (${p.value || 'none'}) is not YEARLY, MONTHLY or WEEKLY; the event is shown once.`,
    'zh-Hans': `规则的 FREQ（${p.value || '缺失'}）不是 YEARLY、MONTHLY 或 WEEKLY；此活动只显示一次。`,
  }),
  'rrule-part': (p) => ({
    en: `The rule part "${p.value}" is not supported (only FREQ, INTERVAL, BYMONTH, BYMONTHDAY, BYDAY; until, count and exdates are fields of their own); the event is shown once.`,
    'zh-Hans': `不支持规则部分“${p.value}”（只支持 FREQ、INTERVAL、BYMONTH、BYMONTHDAY、BYDAY；until、count、exdates 是单独的字段）；此活动只显示一次。`,
  }),
  'rrule-value': (p) => ({
    en: `The rule part "${p.value}" has a value out of range; the event is shown once.`,
    'zh-Hans': `规则部分“${p.value}”的值无效；此活动只显示一次。`,
  }),
  'unknown-solar-term': (p) => ({
    en: `"${p.value}" is not one of the 24 solar terms (e.g. "autumn-equinox"); the event is shown once.`,
    'zh-Hans': `“${p.value}”不是二十四节气之一（例如 "autumn-equinox"）；此活动只显示一次。`,
  }),
  'lunar-date': (p) => ({
    en: `The lunar date is invalid (${p.value}; month 1–12, day 1–30, leap true or false); the event is shown once.`,
    'zh-Hans': `农历日期无效（${p.value}；月 1–12，日 1–30，leap 为 true 或 false）；此活动只显示一次。`,
  }),
  'recurrence-until': (p) => ({
    en: `"until" (${p.value}) must be a date (YYYY-MM-DD) on or after the event's start; the event is shown once.`,
    'zh-Hans': `“until”（${p.value}）必须是不早于活动开始的日期（YYYY-MM-DD）；此活动只显示一次。`,
  }),
  'recurrence-count': (p) => ({
    en: `"count" (${p.value}) must be a whole number of 1 or more; the event is shown once.`,
    'zh-Hans': `“count”（${p.value}）必须是不小于 1 的整数；此活动只显示一次。`,
  }),
  'until-and-count': () => ({
    en: 'A recurrence takes "until" or "count", not both; "count" was ignored.',
    'zh-Hans': '重复规则只能有“until”或“count”之一，已忽略“count”。',
  }),
  'recurrence-exdate': (p) => ({
    en: `"${p.value}" in "exdates" is not a date (YYYY-MM-DD); it was ignored.`,
    'zh-Hans': `“exdates”中的“${p.value}”不是日期（YYYY-MM-DD），已忽略。`,
  }),
};

/** RFC 6901 JSON Pointer from path segments (as validate.ts's pointer()). */
const pointer = (keys: readonly Key[]) => keys.map((k) => '/' + String(k).replace(/~/g, '~0').replace(/\//g, '~1')).join('');

function recurrenceProblem(path: Key[], severity: Problem['severity'], code: string, params: Params = {}): Problem {
  return { path: pointer(path), severity, code, message: MESSAGES[code](params) };
}

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const show = (x: unknown) => {
  const s = typeof x === 'string' ? x : JSON.stringify(x) ?? String(x);
  return s.length > 60 ? s.slice(0, 60) + '…' : s;
};

/** The problem that makes the rule unusable, or undefined when it is good. */
function ruleProblem(r: Obj, at: Key[], start: unknown): Problem | undefined {
  const rules = RULES.filter((k) => r[k] !== undefined);
  if (rules.length === 0) return recurrenceProblem(at, 'warning', 'recurrence-no-rule');
  if (rules.length > 1) return recurrenceProblem(at, 'warning', 'recurrence-rules', { rules: rules.join(', ') });
  if (r.rrule !== undefined) {
    if (typeof r.rrule !== 'string') return recurrenceProblem([...at, 'rrule'], 'warning', 'rrule-part', { value: show(r.rrule) });
    const rule = parseRRule(r.rrule);
    if (isRRuleError(rule)) return recurrenceProblem([...at, 'rrule'], 'warning', rule.code, { value: show(rule.part) });
  }
  if (r.solarTerm !== undefined && !(SOLAR_TERM_IDS as readonly unknown[]).includes(r.solarTerm)) {
    return recurrenceProblem([...at, 'solarTerm'], 'warning', 'unknown-solar-term', { value: show(r.solarTerm) });
  }
  if (r.lunar !== undefined) {
    const l = r.lunar as Obj;
    const whole = (x: unknown, max: number) => typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= max;
    if (!isObj(l) || !whole(l.month, 12) || !whole(l.day, 30) || (l.leap !== undefined && typeof l.leap !== 'boolean')) {
      return recurrenceProblem([...at, 'lunar'], 'warning', 'lunar-date', { value: show(l) });
    }
  }
  if (r.until !== undefined) {
    const ok = typeof r.until === 'string' && isDate(r.until) && !(typeof start === 'string' && r.until < start.slice(0, 10));
    if (!ok) return recurrenceProblem([...at, 'until'], 'warning', 'recurrence-until', { value: show(r.until) });
  }
  if (r.count !== undefined && !(typeof r.count === 'number' && Number.isInteger(r.count) && r.count >= 1)) {
    return recurrenceProblem([...at, 'count'], 'warning', 'recurrence-count', { value: show(r.count) });
  }
  return undefined;
}

/**
 * Checks `event.recurrence` of a raw event (before the schema parses it): reports each problem
 * and leaves on the event a recurrence the schema accepts, or none. `event` is the validator's
 * own copy; the recurrence object inside it is never modified (a new one replaces it).
 */
export function checkRecurrence(event: Obj, base: Key[], problems: Problem[]): void {
  if (event.recurrence === undefined) return;
  const at = [...base, 'recurrence'];
  const r = event.recurrence;
  if (!isObj(r)) {
    problems.push(recurrenceProblem(at, 'warning', 'recurrence-invalid'));
    delete event.recurrence;
    return;
  }
  const bad = ruleProblem(r, at, event.start);
  if (bad) {
    problems.push(bad);
    delete event.recurrence;
    return;
  }
  const clean: Obj = { ...r };
  if (clean.until !== undefined && clean.count !== undefined) {
    problems.push(recurrenceProblem([...at, 'count'], 'warning', 'until-and-count'));
    delete clean.count;
  }
  if (clean.exdates !== undefined) {
    const list = Array.isArray(clean.exdates) ? clean.exdates : [clean.exdates];
    clean.exdates = list.filter((d, i) => {
      if (typeof d === 'string' && isDate(d)) return true;
      problems.push(recurrenceProblem(Array.isArray(clean.exdates) ? [...at, 'exdates', i] : [...at, 'exdates'], 'warning', 'recurrence-exdate', { value: show(d) }));
      return false;
    });
  }
  event.recurrence = clean;
}
