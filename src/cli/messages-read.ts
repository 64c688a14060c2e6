/** Messages of the ledger reader (layout, values written loosely, hostile files), in Chinese and English. */
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

export const READ_MESSAGES: Record<string, Make> = {
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
  'bad-recurrence': (p) => ({
    en: `"${p.value}" is not a repeat rule that can be read ("${p.part}"): write a solar term (每年秋分), a lunar date (每年农历正月十五), 每年/每月/每周, or an RRULE such as FREQ=YEARLY;BYMONTH=10;BYDAY=3SU.`,
    'zh-Hans': `无法识别重复规则“${p.value}”（“${p.part}”）：请写节气（每年秋分）、农历日期（每年农历正月十五）、每年/每月/每周，或 RRULE（例如 FREQ=YEARLY;BYMONTH=10;BYDAY=3SU）。`,
  }),
  'bad-recurrence-lunar': (p) => ({
    en: `"${p.value}" is not a lunar date: the month must be 1–12 (正月 … 腊月, 闰 for a leap month) and the day 1–30 (初一 … 三十), e.g. 每年农历正月十五.`,
    'zh-Hans': `“${p.value}”不是有效的农历日期：月份应为 1–12（正月至腊月，闰月写“闰”），日期应为 1–30（初一至三十），例如 每年农历正月十五。`,
  }),
  'update-same-as-sheet': () => ({
    en: 'The progress narrative is the same text as a row of the updates sheet: published once, with that row\'s date.',
    'zh-Hans': '进展情况与进展更新表中某行文字相同：只发布一次，日期以该行为准。',
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
};
