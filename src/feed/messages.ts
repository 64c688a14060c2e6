/** The validator's problem messages, in English and Chinese. */
import type { Problem, Severity } from './types.js';

type Params = Record<string, string | number>;
type Message = (p: Params) => { en: string; 'zh-Hans': string };

const MESSAGES: Record<string, Message> = {
  'not-json': (p) => ({
    en: `The feed is not valid JSON (${p.detail}).`,
    'zh-Hans': `数据源不是有效的 JSON（${p.detail}）。`,
  }),
  'not-object': () => ({
    en: 'The feed must be a JSON object.',
    'zh-Hans': '数据源必须是一个 JSON 对象。',
  }),
  version: (p) => ({
    en: `Unsupported feed version ${p.value}; this library reads version 1.`,
    'zh-Hans': `不支持的数据源版本 ${p.value}；本组件库只读取版本 1。`,
  }),
  'too-large': (p) => ({
    en: `The feed is larger than ${p.limit} bytes and was not read.`,
    'zh-Hans': `数据源超过 ${p.limit} 字节，未读取。`,
  }),
  'too-many-items': (p) => ({
    en: `The list has more than ${p.limit} items; the rest were ignored.`,
    'zh-Hans': `列表超过 ${p.limit} 项，其余已忽略。`,
  }),
  'string-too-long': (p) => ({
    en: `Text longer than ${p.limit} characters was cut short.`,
    'zh-Hans': `文字超过 ${p.limit} 个字符，已截断。`,
  }),
  'too-deep': (p) => ({
    en: `Nesting deeper than ${p.limit} levels was ignored.`,
    'zh-Hans': `嵌套超过 ${p.limit} 层，已忽略。`,
  }),
  'not-a-list': (p) => ({
    en: `"${p.key}" must be a list; it was ignored.`,
    'zh-Hans': `“${p.key}”必须是列表，已忽略。`,
  }),
  'invalid-item': (p) => ({
    en: `This ${p.kind} was left out: "${p.key}" is missing or invalid (expected ${p.expected}).`,
    'zh-Hans': `已略去此${p.kindZh}：“${p.key}”缺失或无效（应为 ${p.expected}）。`,
  }),
  'invalid-field': (p) => ({
    en: `"${p.key}" is invalid (expected ${p.expected}, got ${p.received}); it was ignored.`,
    'zh-Hans': `“${p.key}”无效（应为 ${p.expected}，实为 ${p.received}），已忽略。`,
  }),
  'invalid-date': (p) => ({
    en: `"${p.value}" is not a real date or date-time; it was ignored.`,
    'zh-Hans': `“${p.value}”不是有效的日期或时间，已忽略。`,
  }),
  'unsafe-url': (p) => ({
    en: `The link "${p.value}" is not http(s) or relative; it was removed.`,
    'zh-Hans': `链接“${p.value}”不是 http(s) 或相对地址，已移除。`,
  }),
  'out-of-range': (p) => ({
    en: `${p.value} is outside ${p.min}–${p.max}; ${p.fixed} is used.`,
    'zh-Hans': `${p.value} 超出 ${p.min}–${p.max} 的范围，按 ${p.fixed} 处理。`,
  }),
  'unknown-status': (p) => ({
    en: `Unknown status "${p.value}"; it is shown as unknown.`,
    'zh-Hans': `未知状态“${p.value}”，显示为“未知”。`,
  }),
  'unknown-comparison': (p) => ({
    en: `Unknown comparison "${p.value}"; "at-least" is used.`,
    'zh-Hans': `未知的比较方式“${p.value}”，按“不低于”处理。`,
  }),
  'no-baseline': () => ({
    en: 'An "at-most" indicator needs a baseline; its progress cannot be computed.',
    'zh-Hans': '“不高于”类指标需要基线值，无法计算进度。',
  }),
  'bad-target': (p) => ({
    en: `Target ${p.value} cannot be reached from below; progress cannot be computed.`,
    'zh-Hans': `目标值 ${p.value} 无法计算进度。`,
  }),
  'duplicate-id': (p) => ({
    en: `Duplicate id "${p.value}"; only the first one is kept.`,
    'zh-Hans': `编号“${p.value}”重复，只保留第一个。`,
  }),
  'missing-ref': (p) => ({
    en: `"${p.value}" refers to no ${p.kind} in this feed.`,
    'zh-Hans': `“${p.value}”在数据源中找不到对应的${p.kindZh}。`,
  }),
  'bad-lang': (p) => ({
    en: `"${p.value}" is not a language tag; "zh-Hans" is used.`,
    'zh-Hans': `“${p.value}”不是语言标记，按“zh-Hans”处理。`,
  }),
  'bad-time-zone': (p) => ({
    en: `Unknown time zone "${p.value}"; "Asia/Shanghai" is used.`,
    'zh-Hans': `未知时区“${p.value}”，按“Asia/Shanghai”处理。`,
  }),
  'end-before-start': () => ({
    en: 'The end is before the start; the end was ignored.',
    'zh-Hans': '结束早于开始，已忽略结束时间。',
  }),
  'all-day-end-time': (p) => ({
    en: `An all-day event's end should be a date; ${p.fixed} is used.`,
    'zh-Hans': `全天活动的结束应为日期，按 ${p.fixed} 处理。`,
  }),
  'timed-end-date': () => ({
    en: "A timed event's end should be a date-time; the end was ignored.",
    'zh-Hans': '定时活动的结束应为日期时间，已忽略结束时间。',
  }),
  'no-offset': (p) => ({
    en: `"${p.value}" has no UTC offset; it is read in the feed's time zone ${p.zone}.`,
    'zh-Hans': `“${p.value}”没有时区偏移，按数据源时区 ${p.zone} 理解。`,
  }),
  'update-after-feed': (p) => ({
    en: `This update is dated ${p.value}, after the feed's last update (${p.updated}); it was left out.`,
    'zh-Hans': `此进展的日期 ${p.value} 晚于数据源的更新日期（${p.updated}），已略去。`,
  }),
  invalid: (p) => ({
    en: `The feed could not be read (${p.detail}).`,
    'zh-Hans': `无法读取数据源（${p.detail}）。`,
  }),
};

export function problem(
  path: string,
  severity: Severity,
  code: string,
  params: Params = {},
): Problem {
  const make = MESSAGES[code] ?? MESSAGES['invalid'];
  return { path, severity, code, message: make(params) };
}
