/**
 * The year view (loaded on demand, with its styles and the recurrence expansion): twelve small
 * months, the days with events marked (a filled disc, explained by a legend, and each day's
 * accessible name saying how many events), each month's title a button to that month. Each small
 * month is a WAI-ARIA grid with one tab stop, moved by the month grid's keys (controllers/year-view.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { dateFormat } from '../../../feed/format.js';
import { loadLunarRules, needsLunar, type LunarRules } from '../../../feed/recurrence.js';
import type { Feed } from '../../../feed/types.js';
import { heading } from '../../../internal/heading.js';
import { monthOf, monthWeeks } from '../calendar-model.js';
import { dayInstant, monthTitle } from '../when.js';
import { firstEventDay, monthTabStop, yearData, yearMonths, type YearData } from '../year-model.js';
import { monthStatus, yearTitle } from './toolbar.js';
import type { ViewContext } from './view-context.js';

export { yearStyles } from './year.styles.js';

let lunar: LunarRules | undefined;
let lunarLoading: Promise<void> | undefined;

/**
 * Loads the lunar rules when the feed has lunar or solar-term series (the lunar module the
 * Chinese day labels load too: the same chunk, fetched once). Resolves at once when not needed.
 */
export function wantLunarRules(feed: Feed): Promise<void> {
  if (lunar || !needsLunar(feed.events)) return Promise.resolve();
  return (lunarLoading ??= loadLunarRules().then(
    (m) => void (lunar = m),
    () => undefined,
  ));
}

const memo = new WeakMap<Feed, { key: string; data: YearData }>();

/** The year's data for the view, worked out once per feed, year, language, categories and lunar rules. */
export function yearOf(feed: Feed, year: string, lang: string, chosen: ReadonlySet<string>): YearData {
  const key = [year, lang, [...chosen].sort().join(), lunar ? 1 : 0].join('|');
  const hit = memo.get(feed);
  if (hit?.key === key) return hit.data;
  const data = yearData(feed, year, lang, chosen, lunar);
  memo.set(feed, { key, data });
  return data;
}

/** What the status line says when the year changes: "2026: 12 events". */
export function yearStatus(feed: Feed, year: string, lang: string, chosen: ReadonlySet<string>): string {
  return monthStatus(yearTitle(`${year}-01`, lang), yearOf(feed, year, lang, chosen).events.length);
}

export interface YearViewContext extends ViewContext {
  /** The categories chosen (empty: all). */
  chosen: ReadonlySet<string>;
  /** Heading level of the month titles (the view's title, in the toolbar, is one above). */
  level: number;
  /** The first day of the week (ISO weekday). */
  firstDay: number;
  /** The day with the keyboard's attention (YYYY-MM-DD) or ''. */
  active: string;
  onKeydown: (e: KeyboardEvent) => void;
  onFocusin: (e: FocusEvent) => void;
  /** Shows `month` in the month view with `day` focused. */
  onOpenMonth: (month: string, day: string) => void;
  /** Moves `n` years. */
  onYear: (n: number) => void;
}

/** "September" (en), "9月" (zh): the short title of a month in the year. */
const monthName = (month: string, lang: string) =>
  dateFormat(lang, { month: /^zh/.test(lang) ? 'numeric' : 'long', timeZone: 'UTC' }).format(dayInstant(`${month}-15`));

/** "23 September" / "9月23日". */
const dayName = (date: string, lang: string) => dateFormat(lang, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(dayInstant(date));

/** The day's accessible name: its date and how many events it has. */
export function dayLabel(date: string, count: number, lang: string): string {
  const day = dayName(date, lang);
  return count === 0 ? day : count === 1 ? msg(str`${day}, 1 event`) : msg(str`${day}, ${count} events`);
}

function monthGrid(month: string, data: YearData, c: YearViewContext, weekdays: [string, string][]): TemplateResult {
  const stop = monthTabStop(month, c.active, data.days);
  const cell = (date: string) => {
    if (monthOf(date) !== month) return html`<div role="gridcell" class="yd blank"></div>`;
    const count = data.days.get(date) ?? 0;
    const isToday = date === c.today;
    return html`<div role="gridcell" class="yd ${count ? 'has' : ''} ${isToday ? 'today' : ''}" part="year-day" data-date=${date}
      tabindex=${date === stop ? 0 : -1} aria-current=${isToday ? 'date' : 'false'} @click=${() => c.onOpenMonth(month, date)}>
      <span class="yn" aria-hidden="true">${+date.slice(8, 10)}</span><span class="visually-hidden">${dayLabel(date, count, c.lang)}${isToday
        ? html`, ${msg('today')}`
        : nothing}</span>
    </div>`;
  };
  return html`<div role="grid" class="ygrid" aria-label=${monthTitle(month, c.lang)} @keydown=${c.onKeydown} @focusin=${c.onFocusin}>
    <div role="row" class="yw">
      ${weekdays.map(([narrow, long]) => html`<div role="columnheader" class="ydow"><span aria-hidden="true">${narrow}</span><span class="visually-hidden">${long}</span></div>`)}
    </div>
    ${monthWeeks(month, c.firstDay).map((week) => html`<div role="row" class="yw">${week.map(cell)}</div>`)}
  </div>`;
}

export function yearView(c: YearViewContext): TemplateResult {
  const year = c.month.slice(0, 4);
  const data = yearOf(c.feed, year, c.lang, c.chosen);
  const weekdays = Array.from({ length: 7 }, (_, i): [string, string] => {
    // 2024-01-01 was a Monday.
    const d = dayInstant(`2024-01-0${((c.firstDay - 1 + i) % 7) + 1}`);
    return [dateFormat(c.lang, { weekday: 'narrow', timeZone: 'UTC' }).format(d), dateFormat(c.lang, { weekday: 'long', timeZone: 'UTC' }).format(d)];
  });
  return html`<div class="year-view" part="year" aria-busy=${data.pending ? 'true' : 'false'}>
    <div class="year-bar">
      <div class="nav" part="nav" role="group" aria-label=${msg('Year')}>
        <button type="button" class="prev-year" @click=${() => c.onYear(-1)}><span aria-hidden="true">‹ </span>${msg('Previous year')}</button>
        <button type="button" class="next-year" @click=${() => c.onYear(1)}>${msg('Next year')}<span aria-hidden="true"> ›</span></button>
      </div>
      <p class="legend"><span class="yn key" aria-hidden="true">1</span> ${msg('Days with events')}</p>
    </div>
    <div class="months">
      ${yearMonths(year).map((month) => {
        const count = data.months.get(month) ?? 0;
        const first = firstEventDay(data.days, month) ?? `${month}-01`;
        return html`<section class="ym" part="year-month">
          ${heading(
            c.level,
            html`<button type="button" class="link month-link" data-month=${month} aria-label=${monthStatus(monthTitle(month, c.lang), count)}
              @click=${() => c.onOpenMonth(month, first)}>${monthName(month, c.lang)}</button>`,
            { class: 'ym-title' },
          )}
          ${monthGrid(month, data, c, weekdays)}
        </section>`;
      })}
    </div>
  </div>`;
}
