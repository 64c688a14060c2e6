/**
 * The spreadsheet layout, written once: every sheet, its columns, their Chinese and English
 * headers, their value types and a note for the template. `template`, `export`, `build` and
 * `validate` all read this table.
 */

export type SheetKind =
  | 'meta'
  | 'sections'
  | 'tasks'
  | 'milestones'
  | 'updates'
  | 'links'
  | 'indicators'
  | 'history'
  | 'categories'
  | 'events';

export type FieldType =
  | 'id'
  | 'ids'
  | 'text'
  | 'text-en'
  | 'owners'
  | 'owners-en'
  | 'number'
  | 'label'
  | 'percent'
  | 'date'
  | 'datetime'
  | 'when'
  | 'status'
  | 'event-status'
  | 'comparison'
  | 'bool'
  | 'url'
  | 'string'
  | 'note';

export interface ColumnDef {
  /** Name used internally and as the English header. */
  field: string;
  /** The Chinese header written by the template. */
  zh: string;
  type: FieldType;
  required?: boolean;
  /** Other headers accepted (Chinese or English), besides `field` and `zh`. */
  aliases?: string[];
  note: { zh: string; en: string };
}

export interface SheetDef {
  kind: SheetKind;
  zh: string;
  aliases?: string[];
  /** File name of the CSV form, without extension (= kind). */
  columns: ColumnDef[];
  note: { zh: string; en: string };
}

const ID_NOTE = (zh: string, en: string) => ({
  zh: `${zh}的编号，在本表中唯一，只用字母、数字和连字符，例如 t1。`,
  en: `The ${en}'s id, unique in this sheet: letters, digits and hyphens, e.g. t1.`,
});

/** A text column and its English twin. */
function text(field: string, zh: string, note: { zh: string; en: string }, required = false, aliases: string[] = []): ColumnDef[] {
  return [
    { field, zh, type: 'text', required, aliases, note },
    {
      field: `${field}_en`,
      zh: `${zh}（英文）`,
      type: 'text-en',
      aliases: [`英文${zh}`, `${field} (en)`, `english ${field}`, ...aliases.map((a) => `${a}（英文）`)],
      note: { zh: `${zh}的英文译文（可不填）。`, en: `The English translation of ${field} (optional).` },
    },
  ];
}

export const SHEETS: SheetDef[] = [
  {
    kind: 'meta',
    zh: '基本信息',
    aliases: ['元数据', 'feed'],
    note: { zh: '数据源的基本信息：每行一项。', en: 'About the feed as a whole: one item per row.' },
    columns: [
      { field: 'key', zh: '项目', type: 'string', required: true, aliases: ['字段', '名称', 'name', 'field'], note: { zh: '项目名称，见下方说明。', en: 'The item, see below.' } },
      { field: 'value', zh: '内容', type: 'string', aliases: ['值', '取值'], note: { zh: '项目的内容。', en: 'Its value.' } },
      { field: 'value_en', zh: '内容（英文）', type: 'string', aliases: ['英文内容', '值（英文）', 'value (en)', 'english'], note: { zh: '英文译文（可不填）。', en: 'English translation (optional).' } },
    ],
  },
  {
    kind: 'sections',
    zh: '部分',
    aliases: ['章节', '板块'],
    note: { zh: '方案的各个部分（章节），任务按部分分组。', en: 'The parts of the plan; tasks are grouped by part.' },
    columns: [
      { field: 'id', zh: '部分编号', type: 'id', required: true, aliases: ['编号'], note: ID_NOTE('部分', 'section') },
      { field: 'number', zh: '序号', type: 'label', aliases: ['no', 'no.'], note: { zh: '显示的序号，例如 1 或 一。', en: 'The number shown, e.g. 1.' } },
      ...text('title', '部分名称', { zh: '部分的标题。', en: 'The title of the section.' }, true, ['名称', '标题']),
      ...text('summary', '简介', { zh: '简要说明（可不填）。', en: 'A short summary (optional).' }, false, ['说明', '摘要']),
    ],
  },
  {
    kind: 'tasks',
    zh: '任务',
    aliases: ['任务清单', '重点任务'],
    note: { zh: '每行一项任务。', en: 'One task per row.' },
    columns: [
      { field: 'id', zh: '任务编号', type: 'id', required: true, aliases: ['编号', 'task id'], note: { zh: '任务的编号，在本表中唯一，只用字母、数字和连字符，例如 t1。没有这一列时用“序号”作编号。', en: "The task's id, unique in this sheet: letters, digits and hyphens, e.g. t1. Without this column the number (序号) is the id." } },
      { field: 'section', zh: '所属部分', type: 'id', aliases: ['部分', '部分编号'], note: { zh: '“部分”表中的部分编号。', en: 'A section id from the sections sheet.' } },
      { field: 'number', zh: '序号', type: 'label', aliases: ['no', 'no.', '编码'], note: { zh: '显示的序号。', en: 'The number shown.' } },
      ...text('title', '任务名称', { zh: '任务的名称。', en: 'The name of the task.' }, true, ['重点任务', '工作任务', '任务', '名称', '标题', '重点工作', '工作事项', 'task']),
      ...text('summary', '任务内容', { zh: '任务的具体内容（可不填）。', en: 'What the task is about (optional).' }, false, ['具体内容', '工作内容', '目标任务', '内容', '简介', '摘要', '主要内容', '工作措施', '具体措施', 'description']),
      { field: 'owners', zh: '牵头单位', type: 'owners', aliases: ['责任单位', '牵头部门', '责任部门', '牵头责任单位', 'owner', 'lead'], note: { zh: '牵头单位，多个单位用“、”或“;”分隔。', en: 'Lead departments, separated by 、 or ;.' } },
      { field: 'owners_en', zh: '牵头单位（英文）', type: 'owners-en', aliases: ['责任单位（英文）', 'owners (en)', 'english owners'], note: { zh: '牵头单位的英文名称，用“;”分隔，顺序同上（可不填）。', en: 'The English names of the lead departments, separated by ; in the same order (optional).' } },
      { field: 'status', zh: '状态', type: 'status', required: true, aliases: ['进展状态', '任务状态', '完成状态', 'state'], note: { zh: '未开始、进行中、已完成 或 滞后（也可写 未启动、推进中 等）。没有这一列时由完成率推断。', en: 'not-started, in-progress, completed or delayed (or the Chinese words). Without this column it is inferred from the progress.' } },
      { field: 'progress', zh: '进度', type: 'percent', aliases: ['完成率', '完成进度', '进度(%)', '完成比例', '进度百分比', '完成百分比'], note: { zh: '完成进度，0 到 100（可写 75 或 75%）；整列都在 0 到 1 之间时按小数读取（0.85 即 85%）。', en: 'Progress from 0 to 100 (75 or 75%); a column whose values all lie between 0 and 1 is read as fractions (0.85 = 85%).' } },
      { field: 'due', zh: '截止日期', type: 'date', aliases: ['完成时限', '时间节点', '完成时间', '截止时间', '完成期限', '时限', 'deadline'], note: { zh: '截止日期：2024/9/30、2024年9月30日、2024年12月底、2024.6、6月30日前、年底前（按方案年份）都可；长期坚持、持续推进 表示没有截止日期。', en: 'Due date: 2024-09-30, 2024年12月底 (month end), 2024.6, 6月30日前, 年底前 (the plan year); 长期坚持 or 持续推进 mean no due date.' } },
      { field: 'updated', zh: '更新时间', type: 'datetime', aliases: ['更新日期', '最后更新'], note: { zh: '本行最后更新的日期和时间，例如 2024-09-27 16:30；也是进展情况的日期。', en: 'When this row was last updated, e.g. 2024-09-27 16:30; also the date of the progress narrative.' } },
      ...text('update', '进展情况', { zh: '最新进展（文字），发布为带日期的进展记录；日期取更新时间，没有时取填报日期。', en: 'The progress narrative, published as a dated update; dated by the row\'s update time, else the report date.' }, false, ['工作进展', '完成情况', '进展', '推进情况', '最新进展', '工作进展情况', '进展描述', 'progress note', 'narrative']),
      { field: 'partners', zh: '配合单位', type: 'owners', aliases: ['协办单位', '参与单位', '配合部门', '协同单位', 'partners'], note: { zh: '配合单位：读取并核对，但数据源暂无对应字段，不发布。', en: 'Supporting departments: read and checked, but the feed has no field for them yet, so they are not published.' } },
      { field: 'indicators', zh: '关联指标', type: 'ids', aliases: ['指标', '指标编号'], note: { zh: '“指标”表中的指标编号，多个用“、”分隔。', en: 'Indicator ids from the indicators sheet, separated by 、 or ;.' } },
    ],
  },
  {
    kind: 'milestones',
    zh: '里程碑',
    aliases: ['节点', '关键节点'],
    note: { zh: '任务的里程碑：每行一个，按顺序排列。', en: "Tasks' milestones: one per row, in order." },
    columns: [
      { field: 'task', zh: '任务编号', type: 'id', required: true, aliases: ['所属任务', '任务'], note: { zh: '“任务”表中的任务编号。', en: 'A task id from the tasks sheet.' } },
      ...text('title', '里程碑', { zh: '里程碑的名称。', en: 'The milestone.' }, true, ['名称', '节点名称', '里程碑名称']),
      { field: 'due', zh: '计划日期', type: 'date', aliases: ['截止日期', '日期', '完成时限'], note: { zh: '计划完成的日期。', en: 'Planned date.' } },
      { field: 'done', zh: '是否完成', type: 'bool', aliases: ['已完成', '完成'], note: { zh: '是 或 否。', en: 'yes or no (是/否).' } },
    ],
  },
  {
    kind: 'updates',
    zh: '进展更新',
    aliases: ['进展记录', '进展更新表'],
    note: {
      zh: '任务的带日期进展记录：每行一条，一项任务可有多行（发布时最新的在前）。任务表的“进展情况”列另作为填报日期的最新一条；与本表某行文字相同时不重复。',
      en: "Tasks' dated progress updates: one per row, several rows per task (published newest first). The tasks sheet's narrative column is added as the newest one, dated by the report date, unless a row here has the same text.",
    },
    columns: [
      { field: 'task', zh: '任务编号', type: 'id', required: true, aliases: ['所属任务', '任务'], note: { zh: '“任务”表中的任务编号。', en: 'A task id from the tasks sheet.' } },
      { field: 'date', zh: '日期', type: 'datetime', required: true, aliases: ['进展日期', '填报日期', '更新日期', '更新时间', 'update date'], note: { zh: '这条进展的日期（2024/9/27 或 2024年9月27日），也可带时间。', en: 'The date of the update (may have a time).' } },
      ...text('update', '进展情况', { zh: '进展情况（文字）。', en: 'What was done (text).' }, true, ['工作进展', '完成情况', '进展', '进展内容', '推进情况', 'text', 'progress note']),
      { field: 'progress', zh: '完成率', type: 'percent', aliases: ['进度', '完成进度', '进度(%)', '完成比例'], note: { zh: '当时的完成进度，0 到 100（可不填）。', en: 'Progress at that date, 0 to 100 (optional).' } },
    ],
  },
  {
    kind: 'links',
    zh: '链接',
    aliases: ['佐证材料', '相关链接', '佐证链接'],
    note: { zh: '任务的相关链接（佐证材料）：每行一个。', en: "Tasks' links (evidence): one per row." },
    columns: [
      { field: 'task', zh: '任务编号', type: 'id', required: true, aliases: ['所属任务', '任务'], note: { zh: '“任务”表中的任务编号。', en: 'A task id from the tasks sheet.' } },
      ...text('title', '链接标题', { zh: '链接显示的文字。', en: 'The text of the link.' }, true, ['标题', '名称']),
      { field: 'url', zh: '网址', type: 'url', required: true, aliases: ['链接', '链接地址', '地址'], note: { zh: 'http(s) 网址或站内相对地址。', en: 'An http(s) address or a relative one.' } },
    ],
  },
  {
    kind: 'indicators',
    zh: '指标',
    aliases: ['指标清单', '主要指标'],
    note: { zh: '每行一个指标。', en: 'One indicator per row.' },
    columns: [
      { field: 'id', zh: '指标编号', type: 'id', required: true, aliases: ['编号'], note: ID_NOTE('指标', 'indicator') },
      { field: 'task', zh: '所属任务', type: 'id', aliases: ['任务编号', '任务'], note: { zh: '“任务”表中的任务编号（可不填）。', en: 'A task id (optional).' } },
      ...text('title', '指标名称', { zh: '指标的名称。', en: 'The name of the indicator.' }, true, ['名称', '指标']),
      ...text('unit', '单位', { zh: '计量单位。', en: 'Unit.' }, false, ['计量单位']),
      { field: 'target', zh: '目标值', type: 'number', required: true, aliases: ['目标', '年度目标'], note: { zh: '目标值：数字，可带单位（须与“单位”列一致，1.45万亩 读作 14500 亩）和 ≥ / ≤（即比较方式）。', en: 'Target: a number, with its unit (must agree with the unit column; 万 = ×10,000) and ≥ / ≤ (the comparison) if wished.' } },
      { field: 'comparison', zh: '比较方式', type: 'comparison', aliases: ['方向'], note: { zh: '不低于（越高越好）或 不高于（越低越好），默认不低于。', en: 'at-least (higher is better) or at-most (lower is better); at-least when empty.' } },
      { field: 'baseline', zh: '基线值', type: 'number', aliases: ['基数', '基期值'], note: { zh: '起点数值（“不高于”类指标必填）。', en: 'Starting value (needed for at-most).' } },
      { field: 'value', zh: '当前值', type: 'number', aliases: ['完成值', '实际值', '现值', '完成情况'], note: { zh: '最新数值，可带单位。', en: 'Latest value, with its unit if wished.' } },
      { field: 'asOf', zh: '统计日期', type: 'date', aliases: ['数据日期', '截至日期', 'as of', 'asof', 'as_of'], note: { zh: '当前值的统计日期。', en: 'Date of the latest value.' } },
    ],
  },
  {
    kind: 'history',
    zh: '指标历史',
    aliases: ['历史数据', '历史'],
    note: { zh: '指标的历史数值：每行一个，按日期排列。', en: "Indicators' past values: one per row, by date." },
    columns: [
      { field: 'indicator', zh: '指标编号', type: 'id', required: true, aliases: ['指标'], note: { zh: '“指标”表中的指标编号。', en: 'An indicator id.' } },
      { field: 'date', zh: '日期', type: 'date', required: true, aliases: ['统计日期'], note: { zh: '统计日期。', en: 'Date.' } },
      { field: 'value', zh: '数值', type: 'number', required: true, aliases: ['值'], note: { zh: '当日数值。', en: 'Value on that date.' } },
    ],
  },
  {
    kind: 'categories',
    zh: '类别',
    aliases: ['活动类别', '分类'],
    note: { zh: '活动的类别。', en: 'Event categories.' },
    columns: [
      { field: 'id', zh: '类别编号', type: 'id', required: true, aliases: ['编号'], note: ID_NOTE('类别', 'category') },
      ...text('title', '类别名称', { zh: '类别的名称。', en: 'The name of the category.' }, true, ['名称']),
      { field: 'color', zh: '颜色', type: 'string', aliases: ['colour'], note: { zh: '颜色，例如 #2e6b30（可不填）。', en: 'A colour such as #2e6b30 (optional).' } },
    ],
  },
  {
    kind: 'events',
    zh: '活动',
    aliases: ['活动安排', '活动清单'],
    note: { zh: '每行一项活动。', en: 'One event per row.' },
    columns: [
      { field: 'id', zh: '活动编号', type: 'id', required: true, aliases: ['编号'], note: ID_NOTE('活动', 'event') },
      ...text('title', '活动名称', { zh: '活动的名称。', en: 'The name of the event.' }, true, ['名称', '活动']),
      ...text('summary', '活动简介', { zh: '简要介绍（可不填）。', en: 'A short description (optional).' }, false, ['简介', '内容']),
      { field: 'category', zh: '类别', type: 'id', aliases: ['类别编号', '活动类别', '类型'], note: { zh: '“类别”表中的类别编号或类别名称（例如 农业）。', en: 'A category id or name from the categories sheet.' } },
      { field: 'start', zh: '开始时间', type: 'when', required: true, aliases: ['开始', '开始日期', '日期', '活动时间', '时间'], note: { zh: '全天活动写日期（2024/9/30），定时活动写日期和时间（2024/9/30 9:00、9月22日 上午9:00、9时）；2024年5月25日—26日 同时给出结束日期。没有年份时按方案年份。', en: 'A date for all-day events, a date and time for timed ones (9月22日 上午9:00 and 2024年5月25日—26日 are read too).' } },
      { field: 'end', zh: '结束时间', type: 'when', aliases: ['结束', '结束日期'], note: { zh: '同上（可不填）；只写时间（下午4:00）时为开始当天。', en: 'The same (optional); a time alone is on the start day.' } },
      ...text('location', '地点', { zh: '地点名称。', en: 'Where.' }, false, ['活动地点']),
      ...text('address', '地址', { zh: '详细地址（可不填）。', en: 'Address (optional).' }, false, ['详细地址']),
      { field: 'lat', zh: '纬度', type: 'number', aliases: ['latitude'], note: { zh: '纬度（可不填）。', en: 'Latitude (optional).' } },
      { field: 'lng', zh: '经度', type: 'number', aliases: ['longitude', 'lon'], note: { zh: '经度（可不填）。', en: 'Longitude (optional).' } },
      { field: 'url', zh: '网址', type: 'url', aliases: ['链接', '详情链接'], note: { zh: '详情页网址（可不填）。', en: 'Details page (optional).' } },
      { field: 'task', zh: '关联任务', type: 'id', aliases: ['任务编号', '所属任务'], note: { zh: '“任务”表中的任务编号（可不填）。', en: 'A task id (optional).' } },
      { field: 'recurrence', zh: '重复', type: 'string', aliases: ['重复规则', '周期', '举办周期', 'repeat'], note: { zh: '每年重复的活动：每年秋分（或 秋分）、每年农历正月十五（或 农历1月15日、农历闰四月初八）、每年、每月、每周，或 RRULE（FREQ=YEARLY;BYMONTH=10;BYDAY=3SU）。开始时间是第一次。不填即只举办一次。', en: 'Repeats: a solar term (每年秋分), a lunar date (每年农历正月十五, 农历1月15日), 每年/每月/每周, or an RRULE (FREQ=YEARLY;BYMONTH=10;BYDAY=3SU). The start is the first time. Empty: once.' } },
      { field: 'until', zh: '重复截止', type: 'date', aliases: ['重复截止日期', '重复至'], note: { zh: '最后一次可能的日期（可不填；不填即一直重复）。', en: 'The last day it may repeat on (optional).' } },
      { field: 'count', zh: '重复次数', type: 'number', aliases: ['举办次数'], note: { zh: '共举办几次，含第一次（可不填；不与重复截止同填）。', en: 'How many times in all, the first included (optional; not with until).' } },
      { field: 'exdates', zh: '不举办日期', type: 'string', aliases: ['除外日期', '停办日期'], note: { zh: '不举办的日期，多个用“、”分隔（可不填）。', en: 'Dates left out, separated by 、 (optional).' } },
      { field: 'status', zh: '状态', type: 'event-status', aliases: ['活动状态'], note: { zh: '按期、已推迟 或 已取消，默认按期。', en: 'scheduled, postponed or cancelled; scheduled when empty.' } },
    ],
  },
];

/** The keys of the meta sheet (and meta.json). */
export const META_KEYS: { key: string; zh: string; aliases?: string[]; note: { zh: string; en: string } }[] = [
  { key: 'id', zh: '编号', note: { zh: '数据源编号，例如 miyun-2024。', en: 'Feed id, e.g. miyun-2024.' } },
  { key: 'lang', zh: '语言', note: { zh: '主要语言，默认 zh-Hans。', en: 'Main language, zh-Hans by default.' } },
  { key: 'title', zh: '标题', aliases: ['方案名称', '名称'], note: { zh: '方案的标题。', en: 'Title of the plan.' } },
  { key: 'publisher', zh: '发布单位', note: { zh: '发布单位名称。', en: 'Publisher.' } },
  { key: 'publisherUrl', zh: '发布单位网址', aliases: ['publisher_url', 'publisher url'], note: { zh: '发布单位网址（可不填）。', en: "Publisher's web address (optional)." } },
  { key: 'updated', zh: '更新时间', aliases: ['数据日期', '更新日期'], note: { zh: '本次数据的日期和时间，例如 2024-09-30 17:00。', en: 'When the data was last updated, e.g. 2024-09-30 17:00.' } },
  { key: 'timeZone', zh: '时区', aliases: ['timezone', 'time zone'], note: { zh: '时区，默认 Asia/Shanghai。', en: 'Time zone, Asia/Shanghai by default.' } },
  { key: 'sample', zh: '示例数据', aliases: ['示例'], note: { zh: '数据是否为示例：是 或 否。', en: 'Whether the figures are only a sample: yes or no.' } },
];

/** Header text normalized for matching: NFKC (full-width to half-width), lower case, no spaces. */
export function normalizeHeader(label: string): string {
  return label.normalize('NFKC').toLowerCase().replace(/[\s_\-*＊:：]+/g, '').replace(/\(%\)$/, '');
}

function aliasTable<T>(entries: [T, string[]][]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, labels] of entries) {
    for (const label of labels) {
      const key = normalizeHeader(label);
      if (!map.has(key)) map.set(key, value);
    }
  }
  return map;
}

const columnTables = new Map<SheetKind, Map<string, ColumnDef>>(
  SHEETS.map((s) => [s.kind, aliasTable(s.columns.map((c) => [c, [c.field, c.zh, ...(c.aliases ?? [])]]))]),
);
const sheetTable = aliasTable(SHEETS.map((s) => [s, [s.kind, s.zh, ...(s.aliases ?? [])]]));
const metaTable = aliasTable(META_KEYS.map((m) => [m.key, [m.key, m.zh, ...(m.aliases ?? [])]]));

/** Looks a label up: the whole label first, then its parts ("任务编号 id", "任务编号（id）"). */
function lookup<T>(table: Map<string, T>, label: string): T | undefined {
  const whole = normalizeHeader(label);
  if (!whole) return undefined;
  const direct = table.get(whole);
  if (direct !== undefined) return direct;
  const plain = label.normalize('NFKC').toLowerCase();
  // "名称（英文）" must never fall back to "名称".
  if (plain.includes('英文')) return undefined;
  for (const splitter of [/[\s/|\n,，;；]+/, /[()\s/|\n]+/]) {
    for (const part of plain.split(splitter)) {
      const hit = table.get(normalizeHeader(part));
      if (part && hit !== undefined) return hit;
    }
  }
  return undefined;
}

export const sheetDef = (kind: SheetKind): SheetDef => SHEETS.find((s) => s.kind === kind)!;
export const columnFor = (kind: SheetKind, label: string): ColumnDef | undefined =>
  lookup(columnTables.get(kind)!, label);
export const sheetFor = (label: string): SheetDef | undefined => lookup(sheetTable, label);
export const metaKeyFor = (label: string): string | undefined => lookup(metaTable, label);

/** Chinese words for the contract's values (the first is what export writes). */
export const TASK_STATUS_WORDS: Record<string, string[]> = {
  'not-started': ['未开始', '未启动', '尚未开始', '尚未启动', 'not started', 'notstarted', 'not-started', 'todo'],
  'in-progress': ['进行中', '推进中', '正在进行', '正在推进', '已启动', '在建', '按计划推进', '序时推进', 'in progress', 'inprogress', 'in-progress', 'ongoing'],
  completed: ['已完成', '完成', '已办结', 'completed', 'complete', 'done'],
  delayed: ['滞后', '已滞后', '进度滞后', '延期', '逾期', 'delayed', 'late', 'overdue'],
};
export const EVENT_STATUS_WORDS: Record<string, string[]> = {
  scheduled: ['按期', '按期举行', '计划中', '正常', 'scheduled'],
  postponed: ['已推迟', '推迟', '延期', '改期', 'postponed'],
  cancelled: ['已取消', '取消', 'cancelled', 'canceled'],
};
export const COMPARISON_WORDS: Record<string, string[]> = {
  'at-least': ['不低于', '不少于', '至少', '≥', '>=', '越高越好', 'at least', 'at-least', 'atleast'],
  'at-most': ['不高于', '不超过', '至多', '≤', '<=', '越低越好', 'at most', 'at-most', 'atmost'],
};
export const YES_WORDS = ['是', '已完成', '完成', '√', '✓', 'y', 'yes', 'true', '1'];
export const NO_WORDS = ['否', '未完成', '×', '✗', 'n', 'no', 'false', '0'];

export function wordTable(words: Record<string, string[]>): Map<string, string> {
  return aliasTable(Object.entries(words));
}

/** Headers that could mean two fields: asked about in the result, never guessed. */
const AMBIGUOUS: Partial<Record<SheetKind, Record<string, string[]>>> = {
  tasks: { 时间: ['due', 'updated'], 日期: ['due', 'updated'], 单位: ['owners', 'partners'], 进度情况: ['progress', 'update'], 情况: ['status', 'update'] },
  indicators: { 数值: ['target', 'value'], 值: ['target', 'value'] },
};

/** The fields a header could mean when it is ambiguous in this sheet. */
export function ambiguousFor(kind: SheetKind, label: string): string[] | undefined {
  return AMBIGUOUS[kind]?.[normalizeHeader(label)];
}

/** Every header a column is known by (for the notes sheet and the docs). */
export const headersOf = (c: ColumnDef): string[] => [c.zh, c.field, ...(c.aliases ?? [])];
