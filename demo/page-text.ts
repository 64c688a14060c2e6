/**
 * The demo pages' own words in both languages (the widgets translate themselves). An element
 * carries `data-text="key"` (its text) or `data-label="key"` (its aria-label); the HTML holds
 * the page's first language, so the page reads right before any script runs.
 */
export type PageLang = 'zh' | 'en';

export const PAGE_TEXT: Record<string, Record<PageLang, string>> = {
  'portal.title': {
    zh: '乡村振兴专栏 · 密云区（civic-widgets 演示页面）',
    en: 'Rural revitalization · Miyun District (civic-widgets demo page)',
  },
  'portal.description': {
    zh: 'civic-widgets 演示：密云区 2024 年乡村振兴重点工作进展（示例数据）',
    en: 'civic-widgets demo: progress of Miyun District’s 2024 rural revitalization work (sample data)',
  },
  'tourism.title': { zh: '密云活动 · civic-widgets 演示页面', en: 'What’s on in Miyun · civic-widgets demo' },
  'tourism.description': {
    zh: 'civic-widgets 演示：2024 年密云活动（示例数据）',
    en: 'civic-widgets demo: what’s on in Miyun in 2024 (sample data)',
  },
  skip: { zh: '跳到正文', en: 'Skip to content' },
  'portal.name': { zh: '密云区（演示门户）', en: 'Miyun District (demo portal)' },
  'tourism.name': { zh: '游密云（演示网站）', en: 'Visit Miyun (demo site)' },
  'nav.label': { zh: '栏目', en: 'Sections' },
  'nav.home': { zh: '首页', en: 'Home' },
  'nav.rural': { zh: '乡村振兴', en: 'Rural revitalization' },
  'nav.events': { zh: '活动', en: 'What’s on' },
  'portal.note': {
    zh: '这是 civic-widgets 的演示页面，不是政府网站。数据依据《密云区 2024 年乡村振兴重点工作实施方案（征求意见稿）起草说明》整理，进度和日期为示例数据。',
    en: 'This is a civic-widgets demo page, not a government site. The data follows the drafting notes of Miyun District’s 2024 rural revitalization work plan (draft for comment); progress figures and dates are sample data.',
  },
  'portal.h1': { zh: '2024 年乡村振兴重点工作进展', en: 'Progress of the 2024 rural revitalization work' },
  'portal.lead': {
    zh: '全区围绕五大部分、22 项具体任务推进乡村振兴。下方组件直接读取公开的数据文件，随数据更新而更新。',
    en: 'The district pursues rural revitalization through five parts and 22 tasks. The widgets below read the public data file directly and change when it is updated.',
  },
  'portal.tasks': { zh: '任务进展', en: 'Task progress' },
  'portal.feedLink': { zh: '查看数据文件（JSON）', en: 'View the data file (JSON)' },
  'portal.ringFallback': { zh: '高标准农田：年内建成 1.45 万亩', en: 'High-standard farmland: 14,500 mu built this year' },
  'portal.news': { zh: '加快推进高标准农田建设', en: 'Speeding up high-standard farmland' },
  'portal.newsText': {
    zh: '按照实施方案，全区健全耕地数量、质量、生态“三位一体”保护制度体系，全面落实“田长制”，加快推进高标准农田建设，年内建成 1.45 万亩。右侧进度环显示截至最近一次更新的建设面积（示例数据）。',
    en: 'Under the work plan, the district protects the quantity, quality and ecology of its farmland together, puts a named “field chief” in charge of every field, and speeds up high-standard farmland: 14,500 mu (about 970 ha) this year. The ring shows the area built as of the latest update (sample data).',
  },
  'portal.indicators': { zh: '主要指标', en: 'Key indicators' },
  'portal.indicatorsLink': { zh: '查看指标数据（JSON）', en: 'View the indicator data (JSON)' },
  'portal.events': { zh: '活动日历', en: 'Event calendar' },
  'events.link': { zh: '查看活动数据（JSON）', en: 'Download the event data (JSON)' },
  'publisher.link': { zh: '填报单位：在浏览器中发布台账', en: 'For bureaus: publish your ledger in the browser' },
  'editor.link': { zh: '网站编辑：生成嵌入代码', en: 'For web editors: get the embed code' },
  'portal.footer': {
    zh: '演示页面 · 由 civic-widgets 构建 · 示例数据，非官方统计',
    en: 'Demo page · built with civic-widgets · sample data, not official figures',
  },
  'tourism.note': {
    zh: '这是 civic-widgets 的演示页面，不是官方网站。活动日期为示例数据。',
    en: 'This is a civic-widgets demo page, not an official site. Event dates are illustrative sample data.',
  },
  'tourism.h1': { zh: '密云有什么活动', en: 'What’s on in Miyun' },
  'tourism.lead': {
    zh: '蜂业大会、生态马拉松、丰收节和冰雪季：全区的活动，与规划进展出自同一份公开数据。',
    en: 'Beekeeping congress, eco marathon, harvest festival and the ice-and-snow season: the district’s events, from the same public feed as the plan’s progress.',
  },
  'tourism.events': { zh: '活动', en: 'Events' },
};
