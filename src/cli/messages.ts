/**
 * The command line's own messages (spreadsheet conversion, links, I/O), in Chinese and English.
 * The validator's messages stay in src/feed/messages.ts; problems of both kinds share one shape.
 */
import type { Problem, Severity } from '../feed/types.js';
import { READ_MESSAGES } from './messages-read.js';

/** note: a value was read in a way the clerk should check (年底前 → 2024-12-31). */
export type CliSeverity = Severity | 'note';

export type Lang = 'zh' | 'en';

/** Where a problem is in the publisher's files. */
export interface Where {
  file?: string;
  sheet?: string;
  /** 1-based row number as Excel shows it. */
  row?: number;
  /** Column letter as Excel shows it (A, B, …, AA). */
  column?: string;
  /** The header of that column in the file. */
  header?: string;
  /** The cell as the clerk sees it. */
  cell?: string;
}

export interface CliProblem extends Omit<Problem, 'severity'> {
  severity: CliSeverity;
  where?: Where;
}

type Params = Record<string, string | number>;
type Make = (p: Params) => { en: string; 'zh-Hans': string };

const M: Record<string, Make> = {
  'no-header': (p) => ({
    en: `No header row found in sheet "${p.sheet}"; expected headers such as ${p.expected}.`,
    'zh-Hans': `工作表“${p.sheet}”中找不到表头行，应有 ${p.expected} 等列名。`,
  }),
  'missing-column': (p) => ({
    en: `The required column "${p.en}" (${p.zh}) is missing from sheet "${p.sheet}".`,
    'zh-Hans': `工作表“${p.sheet}”缺少必填列“${p.zh}”。`,
  }),
  'unknown-column': (p) => ({
    en: `Column "${p.header}" is not one this tool knows; it was not read.`,
    'zh-Hans': `无法识别的列“${p.header}”，未读取。`,
  }),
  'duplicate-column': (p) => ({
    en: `Column "${p.header}" repeats the column "${p.field}"; only the first one is read.`,
    'zh-Hans': `列“${p.header}”与前面的“${p.field}”列重复，只读取第一列。`,
  }),
  'unknown-sheet': (p) => ({
    en: `Sheet "${p.sheet}" is not one this tool knows (its headers name no task, indicator or event columns); it was not read.`,
    'zh-Hans': `无法识别的工作表“${p.sheet}”（表头中没有任务、指标或活动的列名），未读取。`,
  }),
  'bad-date': (p) => ({
    en: `"${p.value}" is not a date this tool can read; write it like 2024-09-30, 2024/9/30, 2024年9月30日, 2024年12月底 or 年底前.`,
    'zh-Hans': `“${p.value}”不是有效日期，请写成 2024-09-30、2024/9/30、2024年9月30日、2024年12月底 或 年底前。`,
  }),
  'bad-date-time': (p) => ({
    en: `"${p.value}" is not a real date and time; write it like 2024-09-30 17:00.`,
    'zh-Hans': `“${p.value}”不是有效的日期时间，请写成 2024-09-30 17:00。`,
  }),
  'unknown-status-word': (p) => ({
    en: `Unknown status "${p.value}"; use one of ${p.allowed}.`,
    'zh-Hans': `无法识别的状态“${p.value}”，请填写 ${p.allowedZh} 之一。`,
  }),
  'unknown-comparison-word': (p) => ({
    en: `Unknown comparison "${p.value}"; use at-least (不低于) or at-most (不高于).`,
    'zh-Hans': `无法识别的比较方式“${p.value}”，请填写“不低于”或“不高于”。`,
  }),
  'bad-number': (p) => ({
    en: `"${p.value}" is not a number.`,
    'zh-Hans': `“${p.value}”不是数字。`,
  }),
  'bad-boolean': (p) => ({
    en: `"${p.value}" is neither yes nor no; write 是 or 否.`,
    'zh-Hans': `“${p.value}”应填写“是”或“否”。`,
  }),
  'extra-space': (p) => ({
    en: `"${p.value}" has spaces at its start or end; they were removed.`,
    'zh-Hans': `“${p.value}”首尾有空格，已去除。`,
  }),
  'owners-mismatch': (p) => ({
    en: `${p.zh} lead departments but ${p.en} English names; the English names were matched in order.`,
    'zh-Hans': `牵头单位有 ${p.zh} 个，英文名称有 ${p.en} 个，已按顺序对应。`,
  }),
  'orphan-row': (p) => ({
    en: `This row refers to ${p.kind} "${p.value}", which is not in the ${p.kind} sheet.`,
    'zh-Hans': `此行引用的${p.kindZh}“${p.value}”不在${p.kindZh}表中。`,
  }),
  'no-id': (p) => ({
    en: `This row has no ${p.column}.`,
    'zh-Hans': `此行缺少“${p.columnZh}”。`,
  }),
  'unknown-meta-key': (p) => ({
    en: `"${p.value}" is not a feed setting this tool knows; it was ignored.`,
    'zh-Hans': `无法识别的基本信息项目“${p.value}”，已忽略。`,
  }),
  'lost-language': (p) => ({
    en: `The text in "${p.lang}" has no column in the spreadsheets and was not exported.`,
    'zh-Hans': `“${p.lang}”语言的文字在表格中没有对应列，未导出。`,
  }),
  'no-sheets': () => ({
    en: 'No tasks, indicators or events were given: nothing to build.',
    'zh-Hans': '没有提供任务、指标或活动表，无法生成数据源。',
  }),
  'workbook-ignored': (p) => ({
    en: `The folder has CSV files, so they were read and ${p.file} was not; to read the workbook, name it instead of the folder.`,
    'zh-Hans': `文件夹中有 CSV 文件，已读取 CSV，未读取 ${p.file}；如要读取工作簿，请直接指定该文件。`,
  }),
  ...READ_MESSAGES,
  unreadable: (p) => ({
    en: `Could not read ${p.file}: ${p.detail}`,
    'zh-Hans': `无法读取 ${p.file}：${p.detail}`,
  }),
  'link-broken': (p) => ({
    en: `The link ${p.url} answered ${p.status}.`,
    'zh-Hans': `链接 ${p.url} 返回 ${p.status}，无法访问。`,
  }),
  'link-timeout': (p) => ({
    en: `The link ${p.url} did not answer within ${p.seconds} s.`,
    'zh-Hans': `链接 ${p.url} 在 ${p.seconds} 秒内没有响应。`,
  }),
  'link-failed': (p) => ({
    en: `The link ${p.url} could not be reached (${p.detail}).`,
    'zh-Hans': `无法访问链接 ${p.url}（${p.detail}）。`,
  }),
  'link-relative': (p) => ({
    en: `The relative link ${p.url} was not checked; give --base https://your.site/ to check it.`,
    'zh-Hans': `相对链接 ${p.url} 未检查；用 --base https://你的网站/ 指定网站地址后可检查。`,
  }),
};

export function cliProblem(path: string, severity: CliSeverity, code: string, params: Params = {}, where?: Where): CliProblem {
  const make = M[code];
  const message = make ? make(params) : { en: code, 'zh-Hans': code };
  return where ? { path, severity, code, message, where } : { path, severity, code, message };
}

/** Text of the command line itself (usage, summaries, headings). */
const UI = {
  usage: {
    en: `Usage: civic-feed <command> [options]

Commands:
  validate <file-or-url>        check a feed (.json), a workbook (.xlsx), a CSV file or a folder of them
  build [workbook.xlsx|folder]  build feed.json from spreadsheets
        --tasks f.csv --indicators f.csv --events f.csv --meta meta.json
        (also --sections --milestones --links --history --categories) -o feed.json
  template -o dir/              write blank spreadsheet templates (CSV and .xlsx)
  export feed.json -o dir/      write a feed as spreadsheets in the templates' shape
  ics feed.json -o events.ics   write the feed's events as an iCalendar file
  html feed.json -o plan.html   write a static, printable page of the whole plan
  diff old.json new.json        show what changed between two versions

Options:
  --lang zh|en      language of the messages (default: from LANG, Chinese when unknown)
  --json            machine-readable output
  --check-links     (validate) check that every link answers; --base URL for relative links,
                    --timeout seconds (default 5)
  -o, --output      output file or folder
  --force           overwrite existing files
  -h, --help        this help
`,
    zh: `用法：civic-feed <命令> [选项]

命令：
  validate <文件或网址>         检查数据源（.json）、工作簿（.xlsx）、CSV 文件或包含它们的文件夹
  build [工作簿.xlsx|文件夹]    由表格生成 feed.json
        --tasks 任务.csv --indicators 指标.csv --events 活动.csv --meta meta.json
        （另有 --sections --milestones --links --history --categories）-o feed.json
  template -o 目录/             生成空白表格模板（CSV 和 .xlsx）
  export feed.json -o 目录/     把数据源导出为模板格式的表格
  ics feed.json -o events.ics   把活动导出为 iCalendar 日历文件
  html feed.json -o plan.html   生成可打印的静态网页
  diff 旧.json 新.json          比较两个版本的变化

选项：
  --lang zh|en      提示信息的语言（默认按 LANG 环境变量，无法判断时用中文）
  --json            输出 JSON，供其他程序使用
  --check-links     （validate）检查每个链接能否访问；--base 网址 用于相对链接，--timeout 秒数（默认 5）
  -o, --output      输出文件或目录
  --force           覆盖已有文件
  -h, --help        显示本帮助
`,
  },
  error: { en: 'error', zh: '错误' },
  warning: { en: 'warning', zh: '警告' },
  note: { en: 'note', zh: '说明' },
  valid: { en: 'The feed is valid.', zh: '数据源有效。' },
  summary: { en: '{e} error(s), {w} warning(s).', zh: '共 {e} 个错误，{w} 个警告。' },
  'summary-notes': { en: '{e} error(s), {w} warning(s), {n} note(s) to check.', zh: '共 {e} 个错误，{w} 个警告，{n} 条说明请核对。' },
  'not-written': { en: 'Nothing was written: fix the errors above first.', zh: '未生成文件：请先修正以上错误。' },
  wrote: { en: 'Wrote {file}.', zh: '已生成 {file}。' },
  exists: { en: '{file} exists; add --force to overwrite it.', zh: '{file} 已存在；如要覆盖请加 --force。' },
  'unknown-command': { en: 'Unknown command "{cmd}".', zh: '未知命令“{cmd}”。' },
  'bad-option': { en: 'Bad options: {detail}', zh: '选项有误：{detail}' },
  'needs-input': { en: 'Give the file to read.', zh: '请指定要读取的文件。' },
  'needs-output': { en: 'Give where to write with -o.', zh: '请用 -o 指定输出位置。' },
  'no-changes': { en: 'No changes.', zh: '没有变化。' },
  'links-checked': { en: '{n} link(s) checked.', zh: '已检查 {n} 个链接。' },
  sheet: { en: 'sheet "{v}"', zh: '工作表“{v}”' },
  row: { en: 'row {v}', zh: '第 {v} 行' },
  column: { en: 'column {v}', zh: '{v} 列' },
} as const;

export type UiKey = keyof typeof UI;

export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return UI[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

/** The problem's message in `lang`. */
export const messageIn = (p: Pick<Problem, 'message'>, lang: Lang): string => (lang === 'en' ? p.message.en : p.message['zh-Hans']);

/** Picks zh or en from --lang, then LC_ALL / LC_MESSAGES / LANG; Chinese when unknown. */
export function resolveLang(option: string | undefined, env: Record<string, string | undefined>): Lang | undefined {
  if (option !== undefined) {
    const o = option.toLowerCase();
    if (o.startsWith('zh')) return 'zh';
    if (o.startsWith('en')) return 'en';
    return undefined;
  }
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en([_.-]|$)/i.test(tag) ? 'en' : 'zh';
}
