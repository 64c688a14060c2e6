/**
 * A static, script-free, printable page of the whole plan: tasks by section, indicators as a
 * table, events as a list. A4 print layout; the page header (title, data date, sample badge) is the
 * <thead> of a layout table, which browsers repeat at the top of every printed page.
 * Every feed string is escaped; links only when isSafeUrl.
 */
import { formatDate, formatDateTime, formatNumber, formatPercent, toInstant } from '../feed/format.js';
import { pickText } from '../feed/text.js';
import { isSafeUrl } from '../feed/urls.js';
import type { Feed, FeedEvent, Indicator, Task, Text } from '../feed/types.js';
import type { Lang } from './messages.js';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c]);

const L = {
  zh: {
    sample: '示例数据',
    sampleNote: '本页数据仅为示例，不代表实际进展。',
    dataDate: '数据截至',
    noDate: '未注明数据日期',
    tasks: '任务',
    indicators: '指标',
    events: '活动',
    other: '其他',
    owners: '牵头单位',
    due: '截止',
    progress: '进度',
    milestones: '里程碑',
    links: '相关链接',
    indicator: '指标',
    baseline: '基线',
    value: '当前值',
    target: '目标',
    asOf: '统计日期',
    atLeast: '不低于',
    atMost: '不高于',
    number: '序号',
    task: '任务',
    status: '状态',
    when: '时间',
    where: '地点',
    publisher: '发布单位',
    generated: '由 civic-feed 生成',
    done: '已完成',
    notDone: '未完成',
    statuses: { 'not-started': '未开始', 'in-progress': '进行中', completed: '已完成', delayed: '滞后', unknown: '未知' },
    eventStatuses: { scheduled: '', postponed: '已推迟', cancelled: '已取消' },
    none: '无',
  },
  en: {
    sample: 'Sample data',
    sampleNote: 'The figures on this page are a sample, not actual progress.',
    dataDate: 'Data as of',
    noDate: 'Data date not given',
    tasks: 'Tasks',
    indicators: 'Indicators',
    events: 'Events',
    other: 'Other',
    owners: 'Lead',
    due: 'Due',
    progress: 'Progress',
    milestones: 'Milestones',
    links: 'Links',
    indicator: 'Indicator',
    baseline: 'Baseline',
    value: 'Value',
    target: 'Target',
    asOf: 'As of',
    atLeast: 'at least',
    atMost: 'at most',
    number: 'No.',
    task: 'Task',
    status: 'Status',
    when: 'When',
    where: 'Where',
    publisher: 'Publisher',
    generated: 'Made with civic-feed',
    done: 'done',
    notDone: 'not done',
    statuses: { 'not-started': 'Not started', 'in-progress': 'In progress', completed: 'Completed', delayed: 'Delayed', unknown: 'Unknown' },
    eventStatuses: { scheduled: '', postponed: 'Postponed', cancelled: 'Cancelled' },
    none: 'none',
  },
};

/** Status as text plus a shape, never colour alone. */
const STATUS_MARK: Record<string, string> = { 'not-started': '○', 'in-progress': '◐', completed: '●', delayed: '▲', unknown: '?' };

const STYLE = `
@page { size: A4; margin: 14mm 14mm 16mm; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 11pt/1.5 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; color: #1b1b1b; background: #fff; }
.page { width: 100%; max-width: 180mm; margin: 0 auto; border-collapse: collapse; table-layout: fixed; }
.page > tbody > tr > td { overflow-wrap: anywhere; }
.scroll { overflow-x: auto; }
.page > thead > tr > td { padding: 0 0 0.6em; }
.running { display: flex; flex-wrap: wrap; gap: 0.3em 1em; justify-content: space-between; align-items: baseline; border-bottom: 1px solid #555; padding-bottom: 0.3em; font-size: 9pt; color: #333; }
.badge { display: inline-block; border: 1px solid currentColor; border-radius: 0.3em; padding: 0 0.4em; font-weight: 700; color: #8a4b00; }
h1 { font-size: 17pt; line-height: 1.3; margin: 0.4em 0 0.3em; }
h2 { font-size: 14pt; margin: 1.2em 0 0.4em; border-bottom: 2px solid #1b1b1b; break-after: avoid; }
h3 { font-size: 12pt; margin: 1em 0 0.3em; break-after: avoid; }
.meta, .note { color: #333; font-size: 9.5pt; margin: 0.2em 0; }
.note { border-left: 3px solid #8a4b00; padding-left: 0.6em; }
.task { break-inside: avoid; border-top: 1px solid #bbb; padding: 0.4em 0; }
.task h4 { font-size: 11pt; margin: 0; }
.status { white-space: nowrap; font-weight: 700; }
.status-delayed { color: #a00; }
.task p { margin: 0.15em 0; }
.task ul { margin: 0.2em 0 0; padding-left: 1.4em; font-size: 9.5pt; }
.task ul.milestones { list-style: none; padding-left: 0.2em; }
table.data { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
table.data th, table.data td { border: 1px solid #999; padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
table.data td.num, table.data th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.data thead th { background: #eee; }
table.data tr { break-inside: avoid; }
ol.events { padding-left: 0; list-style: none; margin: 0; }
ol.events li { break-inside: avoid; border-top: 1px solid #bbb; padding: 0.35em 0; }
ol.events .when { font-variant-numeric: tabular-nums; color: #333; }
.events .title { font-weight: 700; }
.cancelled .title { text-decoration: line-through; }
a { color: #0b4fa3; }
footer { margin-top: 2em; font-size: 8.5pt; color: #555; }
@media print {
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 8pt; color: #555; word-break: break-all; }
}
@media screen { body { padding: 1em; } }
@media print { .scroll { overflow: visible; } }
@media (forced-colors: active) { .badge, .note { border-color: CanvasText; } }
`;

export interface HtmlOptions {
  lang: Lang;
}

export function renderHtml(feed: Feed, options: HtmlOptions): string {
  const l = L[options.lang];
  const uiLang = options.lang === 'en' ? 'en' : 'zh-Hans';
  const locale = options.lang === 'en' ? 'en-GB' : 'zh-CN';
  const tz = feed.timeZone;
  const colon = options.lang === 'zh' ? '：' : ': ';
  const tx = (text: Text | undefined) => escapeHtml(pickText(text, uiLang, feed.lang));
  const title = tx(feed.title) || escapeHtml(feed.id ?? 'civic-feed');
  const dataDate = feed.updated ? `${l.dataDate} ${escapeHtml(formatDateTime(feed.updated, locale, tz))}` : l.noDate;
  const badge = feed.sample ? ` <span class="badge">${l.sample}</span>` : '';
  const link = (text: string, url: string | undefined) =>
    url && isSafeUrl(url) ? `<a href="${escapeHtml(url)}">${text}</a>` : text;

  const sectionIds = new Set(feed.sections.map((s) => s.id));
  const groups: { heading: string; tasks: Task[] }[] = feed.sections.map((s) => ({
    heading: `${s.number !== undefined ? escapeHtml(String(s.number)) + (options.lang === 'zh' ? '、' : '. ') : ''}${tx(s.title)}`,
    tasks: feed.tasks.filter((t) => t.section === s.id),
  }));
  const others = feed.tasks.filter((t) => t.section === undefined || !sectionIds.has(t.section));
  if (others.length) groups.push({ heading: l.other, tasks: others });

  const taskHtml = (t: Task) => {
    const status = t.status;
    const facts = [
      t.owners?.length ? `${l.owners}${colon}${t.owners.map(tx).join(options.lang === 'zh' ? '、' : '; ')}` : '',
      t.due ? `${l.due}${colon}${escapeHtml(formatDate(t.due, locale, tz))}` : '',
      t.progress !== undefined ? `${l.progress}${colon}${escapeHtml(formatPercent(t.progress, locale))}` : '',
    ].filter(Boolean);
    const milestones = t.milestones?.length
      ? `<ul class="milestones" aria-label="${l.milestones}">${t.milestones
          .map((m) => `<li>${m.done ? '☑' : '☐'} ${tx(m.title)}${m.due ? ` · ${escapeHtml(formatDate(m.due, locale, tz))}` : ''}${m.done === undefined ? '' : ` (${m.done ? l.done : l.notDone})`}</li>`)
          .join('')}</ul>`
      : '';
    const links = t.links?.length
      ? `<ul aria-label="${l.links}">${t.links.map((k) => `<li>${link(tx(k.title), k.url)}</li>`).join('')}</ul>`
      : '';
    return `<article class="task" id="task-${escapeHtml(t.id)}">
<h4>${t.number !== undefined ? escapeHtml(String(t.number)) + '. ' : ''}${tx(t.title)} <span class="status status-${escapeHtml(status)}">${STATUS_MARK[status] ?? '?'} ${l.statuses[status] ?? escapeHtml(status)}</span></h4>
${facts.length ? `<p class="meta">${facts.join(options.lang === 'zh' ? '　' : ' · ')}</p>` : ''}
${t.summary ? `<p>${tx(t.summary)}</p>` : ''}${milestones}${links}
</article>`;
  };

  const num = (n: number | undefined) => (n === undefined ? '' : escapeHtml(formatNumber(n, locale)));
  const indicatorRow = (x: Indicator) => {
    const progress = indicatorProgress(x);
    return `<tr><td>${tx(x.title)}</td><td>${tx(x.unit)}</td><td class="num">${num(x.baseline)}</td><td class="num">${num(x.value)}</td><td class="num">${x.comparison === 'at-most' ? l.atMost : l.atLeast} ${num(x.target)}</td><td class="num">${progress === undefined ? '' : escapeHtml(formatPercent(progress, locale))}</td><td>${x.asOf ? escapeHtml(formatDate(x.asOf, locale, tz, 'medium')) : ''}</td></tr>`;
  };

  const timeOnly = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: tz });
  const when = (e: FeedEvent) => {
    const start = e.start.length === 10 ? formatDate(e.start, locale, tz) : formatDateTime(e.start, locale, tz);
    if (!e.end || e.end === e.start) return escapeHtml(start);
    const sameDay = e.start.length > 10 && e.end.length > 10 && formatDate(e.start, locale, tz) === formatDate(e.end, locale, tz);
    const endInstant = toInstant(e.end, tz);
    const end = sameDay && endInstant ? timeOnly.format(endInstant) : e.end.length === 10 ? formatDate(e.end, locale, tz) : formatDateTime(e.end, locale, tz);
    return `${escapeHtml(start)} – ${escapeHtml(end)}`;
  };
  const categories = new Map(feed.categories.map((c) => [c.id, c]));
  const events = [...feed.events].sort((a, b) => a.start.localeCompare(b.start));
  const eventHtml = (e: FeedEvent) => {
    const st = e.status && e.status !== 'scheduled' ? ` <strong>[${l.eventStatuses[e.status]}]</strong>` : '';
    const cat = e.category && categories.has(e.category) ? ` · ${tx(categories.get(e.category)!.title)}` : '';
    const place = e.location ? `<br>${l.where}${colon}${tx(e.location.name)}${e.location.address ? `${options.lang === 'zh' ? '（' : ' ('}${tx(e.location.address)}${options.lang === 'zh' ? '）' : ')'}` : ''}` : '';
    return `<li class="${e.status === 'cancelled' ? 'cancelled' : ''}"><span class="when">${when(e)}</span>${cat}<br><span class="title">${link(tx(e.title), e.url)}</span>${st}${place}${e.summary ? `<br>${tx(e.summary)}` : ''}</li>`;
  };

  return `<!doctype html>
<html lang="${options.lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="civic-feed">
<title>${title}</title>
${feed.updated ? `<meta name="dcterms.modified" content="${escapeHtml(feed.updated)}">` : ''}
<style>${STYLE}</style>
</head>
<body>
<table class="page" role="presentation">
<thead><tr><td><div class="running"><span>${title}</span><span>${dataDate}${badge}</span></div></td></tr></thead>
<tbody><tr><td>
<main>
<h1>${title}${badge}</h1>
<p class="meta">${feed.publisher ? `${l.publisher}${colon}${link(tx(feed.publisher.name), feed.publisher.url && /^https?:/i.test(feed.publisher.url) ? feed.publisher.url : undefined)}${options.lang === 'zh' ? '　' : ' · '}` : ''}${dataDate}</p>
${feed.sample ? `<p class="note">${l.sampleNote}</p>` : ''}
${feed.tasks.length ? `<section aria-labelledby="h-tasks"><h2 id="h-tasks">${l.tasks}</h2>
${groups.filter((g) => g.tasks.length).map((g) => `<h3>${g.heading}</h3>\n${g.tasks.map(taskHtml).join('\n')}`).join('\n')}
</section>` : ''}
${feed.indicators.length ? `<section aria-labelledby="h-indicators"><h2 id="h-indicators">${l.indicators}</h2>
<div class="scroll"><table class="data"><thead><tr><th scope="col">${l.indicator}</th><th scope="col">${options.lang === 'zh' ? '单位' : 'Unit'}</th><th scope="col" class="num">${l.baseline}</th><th scope="col" class="num">${l.value}</th><th scope="col" class="num">${l.target}</th><th scope="col" class="num">${l.progress}</th><th scope="col">${l.asOf}</th></tr></thead>
<tbody>${feed.indicators.map(indicatorRow).join('\n')}</tbody></table></div>
</section>` : ''}
${events.length ? `<section aria-labelledby="h-events"><h2 id="h-events">${l.events}</h2>
<ol class="events">${events.map(eventHtml).join('\n')}</ol>
</section>` : ''}
</main>
<footer>${l.generated}</footer>
</td></tr></tbody>
</table>
</body>
</html>
`;
}

/** Progress towards the target, 0–100, or undefined when it cannot be computed. */
export function indicatorProgress(x: Indicator): number | undefined {
  if (x.value === undefined) return undefined;
  let p: number;
  if (x.comparison === 'at-most') {
    if (x.baseline === undefined || x.baseline === x.target) return undefined;
    p = ((x.baseline - x.value) / (x.baseline - x.target)) * 100;
  } else {
    if (!(x.target > 0)) return undefined;
    const from = x.baseline ?? 0;
    if (x.target === from) return undefined;
    p = ((x.value - from) / (x.target - from)) * 100;
  }
  return Math.max(0, Math.min(100, p));
}
