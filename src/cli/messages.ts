/**
 * The command line's own messages (spreadsheet conversion, links, I/O), in Chinese and English.
 * The validator's messages stay in src/feed/messages.ts; problems of both kinds share one shape.
 */
import type { Problem, Severity } from '../feed/types.js';

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

/** Where a year was found, in both languages. */
const FROM: Record<string, [string, string]> = {
  title: ['标题', 'the title'],
  'report-date': ['填报日期', 'the report date'],
  dates: ['表中其他日期', "the sheet's other dates"],
  meta: ['基本信息中的更新时间', 'the update time in the feed settings'],
};
const fromZh = (p: Params) => (FROM[p.from as string] ?? [String(p.from)])[0];
const fromEn = (p: Params) => (FROM[p.from as string] ?? ['', String(p.from)])[1];
const yearZh = (p: Params) => (p.year ? `（按${fromZh(p)}中的 ${p.year} 年）` : '');
const yearEn = (p: Params) => (p.year ? ` (the year ${p.year}, from ${fromEn(p)})` : '');
const CMP_ZH: Record<string, string> = { 'at-least': '不低于', 'at-most': '不高于' };
const FIELD_ZH: Record<string, string> = {
  due: '截止日期', updated: '更新时间', owners: '牵头单位', partners: '配合单位', progress: '进度', update: '进展情况',
  status: '状态', target: '目标值', value: '当前值', title: '名称', id: '编号', number: '序号',
};
const fieldsZh = (p: Params) => String(p.fields).split(' / ').map((f) => FIELD_ZH[f] ?? f).join('”或“');

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
  'ambiguous-column': (p) => ({
    en: `Column "${p.header}" could mean ${String(p.fields).split(' / ').join(' or ')}; it was not read. Rename the header, or choose (--column "${p.header}=${String(p.fields).split(' / ')[0]}").`,
    'zh-Hans': `列“${p.header}”可能是“${fieldsZh(p)}”，无法确定，未读取。请改写表头，或指定含义（--column "${p.header}=${String(p.fields).split(' / ')[0]}"）。`,
  }),
  'continuation-row': (p) => ({
    en: `This row has no number and no name: read as a continuation of the task in row ${p.row}.`,
    'zh-Hans': `此行没有序号和任务名称，按第 ${p.row} 行任务的续行读取。`,
  }),
  'merged-differs': (p) => ({
    en: `This task spans several rows and this row gives another value ("${p.value}"); the one in row ${p.row} is used.`,
    'zh-Hans': `此任务跨多行，此行的值“${p.value}”与第 ${p.row} 行不同，采用第 ${p.row} 行的值。`,
  }),
  'no-plan-year': (p) => ({
    en: `"${p.value}" has no year, and the plan's year could not be found (not in the title, the report date or other dates); write the full date.`,
    'zh-Hans': `“${p.value}”没有年份，且无法从标题、填报日期或其他日期判断方案年份；请写完整日期。`,
  }),
  'implausible-date': (p) => ({
    en: `"${p.value}" is before 1990: probably a year typed into a date cell; type the date in full (e.g. 2025/12/31).`,
    'zh-Hans': `“${p.value}”早于1990年，可能是在日期格式的单元格中只输入了年份；请输入完整日期（例如 2025/12/31）。`,
  }),
  'bare-year': (p) => ({
    en: `Only a year (${p.year}) is given; read as ${p.year}-12-31, the end of that year. Write the exact date if another is meant.`,
    'zh-Hans': `只写了年份 ${p.year}，按该年年底 ${p.year}-12-31 读取；如另有所指，请写明具体日期。`,
  }),
  'no-due': (p) => ({ en: `"${p.value}": read as no due date.`, 'zh-Hans': `“${p.value}”：按无截止日期读取。` }),
  'year-end': (p) => ({ en: `"${p.value}" read as ${p.date}.`, 'zh-Hans': `“${p.value}”按 ${p.date} 读取。` }),
  'year-end-plan': (p) => ({ en: `"${p.value}" read as ${p.date}, the end of the plan's year${yearEn(p)}.`, 'zh-Hans': `“${p.value}”按方案年份的年底 ${p.date} 读取${yearZh(p)}。` }),
  'period-end': (p) => ({ en: `"${p.value}" read as ${p.date}, the last day of that period${yearEn(p)}.`, 'zh-Hans': `“${p.value}”按该时段的最后一天 ${p.date} 读取${yearZh(p)}。` }),
  'month-end': (p) => ({ en: `"${p.value}" read as ${p.date}, the last day of the month.`, 'zh-Hans': `“${p.value}”按当月最后一天 ${p.date} 读取。` }),
  'month-end-plan': (p) => ({ en: `"${p.value}" read as ${p.date}, the last day of the month${yearEn(p)}.`, 'zh-Hans': `“${p.value}”按当月最后一天 ${p.date} 读取${yearZh(p)}。` }),
  'date-plan-year': (p) => ({ en: `"${p.value}" read as ${p.date}${yearEn(p)}.`, 'zh-Hans': `“${p.value}”按 ${p.date} 读取${yearZh(p)}。` }),
  'date-before': (p) => ({ en: `"${p.value}" read as the due date ${p.date}.`, 'zh-Hans': `“${p.value}”按截止日期 ${p.date} 读取。` }),
  'amount-read': (p) => ({
    en: `"${p.value}" read as ${p.number}${p.unit ? ' ' + p.unit : ''}${p.comparison ? `, ${p.comparison}` : ''}.`,
    'zh-Hans': `“${p.value}”按 ${p.number}${p.unit ? ' ' + p.unit : ''}${p.comparison ? `（${CMP_ZH[p.comparison as string]}）` : ''} 读取。`,
  }),
  'unit-mismatch': (p) => ({
    en: `"${p.value}" is in ${p.unit}, but the indicator's unit is ${p.expected}.`,
    'zh-Hans': `“${p.value}”的单位是“${p.unit}”，与指标的单位“${p.expected}”不一致。`,
  }),
  'comparison-conflict': (p) => ({
    en: `"${p.value}" says ${p.comparison}, but the comparison column says otherwise.`,
    'zh-Hans': `“${p.value}”表示${CMP_ZH[p.comparison as string]}，与“比较方式”列不一致。`,
  }),
  'event-time-read': (p) => ({
    en: `"${p.value}" read as ${p.start}${p.end ? ' to ' + p.end : ''}${yearEn(p)}.`,
    'zh-Hans': `“${p.value}”按 ${p.start}${p.end ? ' 至 ' + p.end : ''} 读取${yearZh(p)}。`,
  }),
  'fractions-read': (p) => ({
    en: `Every value in column "${p.header}" lies between 0 and 1, so they were read as fractions (${p.example} → ${p.percent}%).`,
    'zh-Hans': `“${p.header}”列的数值都在 0 到 1 之间，按小数读取（${p.example} 即 ${p.percent}%）。`,
  }),
  'fractions-mixed': (p) => ({
    en: `Column "${p.header}" mixes fractions (${p.cells}) with percentages; write every value the same way, e.g. 85 or 85%.`,
    'zh-Hans': `“${p.header}”列中既有小数（${p.cells}）又有百分数，无法确定含义；请统一写成 85 或 85% 的形式。`,
  }),
  'only-zero-one': (p) => ({
    en: `Column "${p.header}" holds only 0 and 1; read as 0% and 1%. If 1 means done, write 100%.`,
    'zh-Hans': `“${p.header}”列只有 0 和 1，按 0% 和 1% 读取；如 1 表示全部完成，请写 100%。`,
  }),
  'status-from-progress': () => ({
    en: 'There is no status column: each status was inferred from the progress (0 → not started, 100 → completed, else in progress).',
    'zh-Hans': '没有状态列：状态由完成进度推断（0 为未开始，100 为已完成，其余为进行中）。',
  }),
  'no-status': () => ({ en: 'This task has neither a status nor a progress.', 'zh-Hans': '此任务既没有状态，也没有完成进度。' }),
  'partners-not-published': (p) => ({
    en: `Column "${p.header}" was read, but the feed has no field for supporting departments yet: it is not published.`,
    'zh-Hans': `已识别“${p.header}”列，但数据源暂无配合单位字段，未发布该列。`,
  }),
  'update-dated': (p) => ({
    en: `The progress narratives are dated ${p.date}, from ${fromEn(p)}.`,
    'zh-Hans': `进展情况的日期按${fromZh(p)} ${p.date} 记录。`,
  }),
  'update-no-date': () => ({
    en: 'The progress narrative has no date: give an update time column, the report date (填报日期) above the header, or the feed update time.',
    'zh-Hans': '进展情况没有日期：请提供“更新时间”列、表头上方的“填报日期”，或基本信息中的更新时间。',
  }),
  'category-by-name': (p) => ({ en: `Category "${p.value}" found by its name: ${p.id}.`, 'zh-Hans': `类别“${p.value}”按名称对应到类别编号 ${p.id}。` }),
  'category-made': (p) => ({
    en: `There is no categories sheet: category "${p.value}" was made from its name.`,
    'zh-Hans': `没有类别表：按名称新建了类别“${p.value}”。`,
  }),
  'sections-from-headings': (p) => ({
    en: `${p.n} section heading row(s) read as the plan's sections.`,
    'zh-Hans': `已将 ${p.n} 个分节标题行读作方案的部分。`,
  }),
  'id-from-number': (p) => ({
    en: `There is no id column: each task's number (${p.header}) is its id${p.prefixed ? ', prefixed by its section because numbers repeat' : ''}.`,
    'zh-Hans': `没有任务编号列：以“${p.header}”作为任务编号${p.prefixed ? '（序号在各部分重复，已加部分前缀）' : ''}。`,
  }),
  'heading-title': (p) => ({ en: `The feed's title was read from the title row: "${p.value}".`, 'zh-Hans': `数据源标题取自标题行：“${p.value}”。` }),
  'heading-publisher': (p) => ({ en: `The publisher was read from "${p.label}": "${p.value}".`, 'zh-Hans': `发布单位取自“${p.label}”：“${p.value}”。` }),
  'heading-updated': (p) => ({ en: `The update time was read from "${p.label}": ${p.value}.`, 'zh-Hans': `更新时间取自“${p.label}”：${p.value}。` }),
  'no-title': () => ({
    en: 'The feed has no title: add a 基本信息 sheet with 标题, or a title row above the header.',
    'zh-Hans': '数据源没有标题：请添加“基本信息”工作表并填写“标题”，或在表头上方加一行标题。',
  }),
  'no-publisher': () => ({
    en: 'The feed has no publisher: add 发布单位 to the 基本信息 sheet, or a row "填报单位：…" above the header.',
    'zh-Hans': '数据源没有发布单位：请在“基本信息”工作表中填写“发布单位”，或在表头上方加一行“填报单位：…”。',
  }),
  'no-tasks': (p) => ({
    en: `No task was read from ${p.sheet}: check that the header row names the columns (序号, 重点任务 …) and that rows follow it.`,
    'zh-Hans': `未从${p.sheetZh}读到任何任务：请检查表头行是否写明列名（序号、重点任务等），以及表头下方是否有数据。`,
  }),
  'looks-like-sheet': (p) => ({
    en: `Sheet "${p.sheet}" looks like a ${p.kind} sheet (row ${p.row} names ${p.found}) but has no ${p.missing} column, so it was not read. Rename that column or the sheet (e.g. "${p.kindZh}").`,
    'zh-Hans': `工作表“${p.sheet}”像是${p.kindZh}表（第 ${p.row} 行有 ${p.found} 等列），但缺少“${p.missingZh}”列，未读取。请改写该列的表头，或把工作表命名为“${p.kindZh}”。`,
  }),
  'missing-cell': (p) => ({
    en: `The ${p.column} cell is empty.`,
    'zh-Hans': `“${p.columnZh}”为空。`,
  }),
  'invalid-cell': (p) => ({
    en: `This value cannot be used here (${p.column}).`,
    'zh-Hans': `此处的值无法使用（${p.columnZh}）。`,
  }),
  'formula-no-value': (p) => ({
    en: `This cell holds a formula (=${p.formula}) whose result was not saved in the file; open the workbook in Excel or WPS, let it calculate, save, and try again.`,
    'zh-Hans': `此单元格是公式（=${p.formula}），文件中没有保存计算结果；请在 Excel 或 WPS 中打开、重新计算并保存后再试。`,
  }),
  'external-link': (p) => ({
    en: `This cell's formula (=${p.formula}) reads another workbook; the value last saved in this file is used. Paste the values in (Paste Special → Values) to be sure.`,
    'zh-Hans': `此单元格的公式（=${p.formula}）引用了其他工作簿，采用文件中最后保存的值；建议“选择性粘贴 → 数值”后再发布。`,
  }),
  'external-links': () => ({
    en: 'The workbook has links to other workbooks; their values as last saved in this file are used.',
    'zh-Hans': '工作簿中有指向其他工作簿的链接，采用文件中最后保存的值。',
  }),
  'no-such-file': (p) => ({ en: `Could not read ${p.file}: no such file.`, 'zh-Hans': `无法读取 ${p.file}：文件不存在。` }),
  'old-format': (p) => ({
    en: `${p.file} is in the old .xls or WPS .et format, which is not read. Save it as .xlsx: in Excel, File → Save As → "Excel Workbook (*.xlsx)"; in WPS, 文件 → 另存为 → "Microsoft Excel 文件 (*.xlsx)". Then use the .xlsx file.`,
    'zh-Hans': `${p.file} 是旧版 .xls 或 WPS .et 格式，无法读取。请另存为 .xlsx：Excel 中选“文件 → 另存为”，保存类型选“Excel 工作簿(*.xlsx)”；WPS 中选“文件 → 另存为”，文件类型选“Microsoft Excel 文件(*.xlsx)”。然后使用另存的 .xlsx 文件。`,
  }),
  encrypted: (p) => ({
    en: `${p.file} is protected by a password and cannot be read. Open it in Excel or WPS, remove the password (File → Info → Protect Workbook → Encrypt with Password, leave it empty) and save.`,
    'zh-Hans': `${p.file} 设置了打开密码，无法读取。请在 Excel 或 WPS 中打开，取消密码（Excel：文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码；WPS：文件 → 文档加密 → 密码加密，清空密码）后保存再试。`,
  }),
  'not-workbook': (p) => ({
    en: `${p.file} is not an Excel workbook (.xlsx) that can be read${p.detail ? ` (${p.detail})` : ''}. Open it in Excel or WPS and save it as .xlsx, or as CSV.`,
    'zh-Hans': `${p.file} 不是可读取的 Excel 工作簿（.xlsx）。请在 Excel 或 WPS 中打开，另存为 .xlsx 或 CSV 后再试。`,
  }),
  'zip-bomb': (p) => ({
    en: `${p.file} would unpack to more than ${p.limit} MB; it was not read. A real ledger is far smaller: save it again from Excel or WPS.`,
    'zh-Hans': `${p.file} 解压后超过 ${p.limit} MB，未读取。正常的台账远小于此：请用 Excel 或 WPS 重新保存后再试。`,
  }),
  'too-many-rows': (p) => ({
    en: `Sheet "${p.sheet}" has ${p.rows} rows, more than the ${p.limit} this tool reads; it was not read. Split the ledger or remove empty rows.`,
    'zh-Hans': `工作表“${p.sheet}”有 ${p.rows} 行，超过可读取的 ${p.limit} 行，未读取。请拆分台账或删除多余的行。`,
  }),
  'not-text': (p) => ({
    en: `${p.file} is not a text (CSV) file; save the sheet as CSV or .xlsx.`,
    'zh-Hans': `${p.file} 不是文本（CSV）文件；请把表格另存为 CSV 或 .xlsx。`,
  }),
  'unknown-file-type': (p) => ({
    en: `${p.file}: only .xlsx, .csv and .json files are read.`,
    'zh-Hans': `${p.file}：只能读取 .xlsx、.csv 和 .json 文件。`,
  }),
  'bad-meta-json': (p) => ({
    en: `${p.file} is not a JSON object of feed settings (${p.detail}).`,
    'zh-Hans': `${p.file} 不是数据源设置的 JSON 对象（${p.detail}）。`,
  }),
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
