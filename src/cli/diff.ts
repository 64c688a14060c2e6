/**
 * What changed between two versions of a feed, for the editor's review: tasks added/removed,
 * status changes, progress/due changes, indicator figures that moved, events added/removed/moved.
 */
import { pickText } from '../feed/text.js';
import type { Feed, Text } from '../feed/types.js';
import type { Lang } from './messages.js';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface Change {
  list: 'meta' | 'sections' | 'tasks' | 'indicators' | 'events' | 'categories';
  id: string;
  kind: ChangeKind;
  /** The field that changed (for kind "changed"). */
  field?: string;
  from?: unknown;
  to?: unknown;
  /** The item's title, in Chinese and English, for people. */
  title?: { zh: string; en: string };
}

type Item = { id: string; title?: Text } & Record<string, unknown>;

const FIELDS: Record<Change['list'], string[]> = {
  meta: ['updated', 'sample', 'timeZone'],
  sections: ['title', 'number'],
  tasks: ['status', 'progress', 'due', 'section', 'title', 'owners', 'milestones', 'links'],
  indicators: ['value', 'asOf', 'target', 'baseline', 'comparison', 'title', 'unit'],
  events: ['start', 'end', 'status', 'title', 'location', 'url'],
  categories: ['title', 'color'],
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function diffFeeds(a: Feed, b: Feed): Change[] {
  const changes: Change[] = [];
  for (const field of FIELDS.meta) {
    const from = (a as unknown as Record<string, unknown>)[field];
    const to = (b as unknown as Record<string, unknown>)[field];
    if (!same(from, to)) changes.push({ list: 'meta', id: '', kind: 'changed', field, from, to });
  }
  for (const list of ['sections', 'tasks', 'indicators', 'events', 'categories'] as const) {
    const before = new Map((a[list] as Item[]).map((x) => [x.id, x]));
    const after = new Map((b[list] as Item[]).map((x) => [x.id, x]));
    const title = (x: Item) => ({ zh: pickText(x.title, 'zh-Hans', a.lang), en: pickText(x.title, 'en', a.lang) });
    for (const [id, x] of before) if (!after.has(id)) changes.push({ list, id, kind: 'removed', title: title(x) });
    for (const [id, y] of after) {
      const x = before.get(id);
      if (!x) {
        changes.push({ list, id, kind: 'added', title: title(y) });
        continue;
      }
      for (const field of FIELDS[list]) {
        if (!same(x[field], y[field])) changes.push({ list, id, kind: 'changed', field, from: x[field], to: y[field], title: title(y) });
      }
    }
  }
  return changes;
}

const LIST = {
  zh: { meta: '基本信息', sections: '部分', tasks: '任务', indicators: '指标', events: '活动', categories: '类别' },
  en: { meta: 'Feed', sections: 'Section', tasks: 'Task', indicators: 'Indicator', events: 'Event', categories: 'Category' },
};
const FIELD_ZH: Record<string, string> = {
  status: '状态', progress: '进度', due: '截止日期', section: '所属部分', title: '名称', owners: '牵头单位', milestones: '里程碑',
  links: '相关链接', value: '当前值', asOf: '统计日期', target: '目标值', baseline: '基线值', comparison: '比较方式', unit: '单位',
  start: '开始时间', end: '结束时间', location: '地点', url: '网址', updated: '更新时间', sample: '示例数据', timeZone: '时区',
  number: '序号', color: '颜色',
};
const STATUS_ZH: Record<string, string> = {
  'not-started': '未开始', 'in-progress': '进行中', completed: '已完成', delayed: '滞后', unknown: '未知',
  scheduled: '按期', postponed: '已推迟', cancelled: '已取消',
};

function show(value: unknown, field: string | undefined, lang: Lang, feedLang: string): string {
  if (value === undefined) return lang === 'zh' ? '（空）' : '(none)';
  if (typeof value === 'string' && lang === 'zh' && field === 'status') return STATUS_ZH[value] ?? value;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (field === 'title' || field === 'unit') return pickText(value as Text, lang === 'en' ? 'en' : 'zh-Hans', feedLang);
  if (Array.isArray(value)) return lang === 'zh' ? `${value.length} 项` : `${value.length} item(s)`;
  return JSON.stringify(value);
}

export function diffLines(changes: Change[], lang: Lang, feedLang: string): string[] {
  return changes.map((c) => {
    const list = LIST[lang][c.list];
    const name = c.title ? (lang === 'zh' ? c.title.zh : c.title.en) : '';
    const who = c.list === 'meta' ? list : `${list} ${c.id}${name ? (lang === 'zh' ? `「${name}」` : ` “${name}”`) : ''}`;
    if (c.kind === 'added') return lang === 'zh' ? `+ 新增${who}` : `+ ${who} added`;
    if (c.kind === 'removed') return lang === 'zh' ? `- 删除${who}` : `- ${who} removed`;
    const field = lang === 'zh' ? (FIELD_ZH[c.field!] ?? c.field) : c.field;
    let delta = '';
    if (typeof c.from === 'number' && typeof c.to === 'number') {
      const d = Math.round((c.to - c.from) * 1e6) / 1e6;
      delta = ` (${d > 0 ? '+' : ''}${d})`;
    }
    return `~ ${who}${lang === 'zh' ? '：' : ': '}${field} ${show(c.from, c.field, lang, feedLang)} → ${show(c.to, c.field, lang, feedLang)}${delta}`;
  });
}
