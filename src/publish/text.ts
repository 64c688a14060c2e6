/**
 * The workbench page's own words in both languages (the problems come from the ledger reader in
 * the chosen language; the widgets translate themselves). An element of publish.html carries
 * `data-text="key"` (its text); the HTML holds Chinese, so the page reads right before any
 * script runs.
 */
export type PageLang = 'zh' | 'en';

const TEXT = {
  title: { zh: '台账发布工作台 · civic-widgets', en: 'Ledger workbench · civic-widgets' },
  h1: { zh: '台账发布工作台', en: 'Ledger workbench' },
  lead: {
    zh: '把本单位的重点任务台账（Excel .xlsx 或 CSV）拖到下面，或点“选择文件”。页面会说明每一列是怎样理解的、列出需要核对或修改的单元格，并预览发布后的效果。',
    en: 'Drop your department’s task ledger (Excel .xlsx or CSV) below, or press “Choose files”. The page shows how each column was understood, lists the cells to check or fix, and previews the published result.',
  },
  privacy: {
    zh: '文件只在您的浏览器中读取，不会上传到任何地方；断网时也能使用。',
    en: 'Your file is read in your browser only and never uploaded anywhere; the page also works offline.',
  },
  langLabel: { zh: '语言', en: 'Language' },
  fileHeading: { zh: '1. 选择台账文件', en: '1. Choose the ledger' },
  choose: { zh: '选择文件', en: 'Choose files' },
  fileHint: {
    zh: '一个 .xlsx 工作簿，或一个或多个 CSV 文件（UTF-8、带 BOM 的 UTF-8 或 GB18030 编码）。也可以把文件拖到此处。',
    en: 'One .xlsx workbook, or one or more CSV files (UTF-8, UTF-8 with BOM or GB18030). You can also drop the files here.',
  },
  dropHere: { zh: '松开鼠标即可读取', en: 'Release to read the files' },
  idle: { zh: '尚未选择文件。', en: 'No file chosen yet.' },
  reading: { zh: '正在读取 {files}……', en: 'Reading {files}…' },
  slow: { zh: '仍在读取，文件较大时需要一些时间。', en: 'Still reading: a large file takes a moment.' },
  tooSlow: {
    zh: '读取超时（超过 {s} 秒），已停止。请检查文件是否过大，或将其另存为 .xlsx 后重试。',
    en: 'Reading took longer than {s} seconds and was stopped. Check that the file is not too large, or save it again as .xlsx and retry.',
  },
  crashed: { zh: '读取时出错，已停止：{detail}', en: 'Reading failed and was stopped: {detail}' },
  done: {
    zh: '已读取 {files}：{errors} 个错误，{warnings} 个警告，{notes} 条说明。',
    en: 'Read {files}: {errors} errors, {warnings} warnings, {notes} notes.',
  },
  unreadable: { zh: '无法读取 {files}。', en: '{files} could not be read.' },
  columnsHeading: { zh: '2. 各列的理解', en: '2. How each column was understood' },
  sheetCaption: { zh: '工作表“{v}”（表头在第 {row} 行）', en: 'Sheet “{v}” (header in row {row})' },
  fileCaption: { zh: '文件 {v}（表头在第 {row} 行）', en: 'File {v} (header in row {row})' },
  columnsNone: { zh: '没有识别出任何列。', en: 'No column was recognised.' },
  colHeader: { zh: '列和表头（原文）', en: 'Column, header as written' },
  colField: { zh: '读作', en: 'Read as' },
  notRead: { zh: '未读取', en: 'Not read' },
  ambiguous: { zh: '含义不明确，请选择：', en: 'Unclear: please choose:' },
  chooseField: { zh: '“{header}”列的含义', en: 'Meaning of column “{header}”' },
  choosePrompt: { zh: '请选择……', en: 'Choose…' },
  problemsHeading: { zh: '3. 需要核对的地方', en: '3. What to check' },
  problemsNone: { zh: '没有发现问题。', en: 'No problems found.' },
  error: { zh: '错误', en: 'Error' },
  warning: { zh: '警告', en: 'Warning' },
  note: { zh: '说明', en: 'Note' },
  errorsHelp: {
    zh: '有错误时不能发布：请在台账中修改标为“错误”的单元格，保存后重新选择文件。',
    en: 'With errors the feed cannot be published: fix the cells marked “Error” in the ledger, save it and choose the file again.',
  },
  sheet: { zh: '工作表“{v}”', en: 'sheet “{v}”' },
  file: { zh: '文件 {v}', en: 'file {v}' },
  row: { zh: '第 {v} 行', en: 'row {v}' },
  column: { zh: '{v} 列', en: 'column {v}' },
  cell: { zh: '单元格内容', en: 'Cell' },
  previewHeading: { zh: '4. 发布效果预览', en: '4. Preview' },
  previewNone: { zh: '读取成功后在此预览。', en: 'The preview shows here once the ledger is read.' },
  previewDraft: {
    zh: '预览仅供核对：还有错误未改正，数据尚不能发布。',
    en: 'Preview for checking only: there are errors left, so the data cannot be published yet.',
  },
  downloadsHeading: { zh: '5. 下载', en: '5. Downloads' },
  downloadsNone: {
    zh: '改正全部错误后即可下载。',
    en: 'The downloads are ready once every error is fixed.',
  },
  downloadsLead: {
    zh: '把数据文件交给网站编辑放到网站上，组件会读取它。',
    en: 'Give the data file to your web editor to put on the site; the widgets read it.',
  },
  dlFeed: { zh: '数据文件（JSON）', en: 'Data file (JSON)' },
  dlIcs: { zh: '活动日历（.ics）', en: 'Event calendar (.ics)' },
  dlIcsNone: { zh: '台账中没有活动，无日历文件。', en: 'The ledger has no events, so there is no calendar file.' },
  dlHtml: { zh: '可打印的静态网页（.html）', en: 'Printable static page (.html)' },
  footer: {
    zh: 'civic-widgets 台账发布工作台 · 与命令行工具 civic-feed 使用同一套读取和检查规则',
    en: 'civic-widgets ledger workbench · the same reading and checking rules as the civic-feed command line',
  },
  configurator: { zh: '网站编辑：生成嵌入代码', en: 'For web editors: get the embed code' },
} as const satisfies Record<string, Record<PageLang, string>>;

export type TextKey = keyof typeof TEXT;

/** A page string in `lang`, with {name} placeholders filled in. */
export function pageText(lang: PageLang, key: TextKey, params: Record<string, string | number> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export const isTextKey = (key: string): key is TextKey => key in TEXT;

/** The page's first language: the browser's when it is Chinese or English, else the page's. */
export function firstLanguage(navigatorLanguages: readonly string[], pageLang: string | null): PageLang {
  for (const tag of [...navigatorLanguages, pageLang ?? '']) {
    const t = tag.toLowerCase();
    if (t === 'zh' || t.startsWith('zh-')) return 'zh';
    if (t === 'en' || t.startsWith('en-')) return 'en';
  }
  return 'zh';
}
