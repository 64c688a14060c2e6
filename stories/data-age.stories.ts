/**
 * How old the data is, in every feed widget: old data (past `stale-after`, a calm notice), fresh
 * data (the quiet "Data updated" line), and could-not-refresh (the copy's saved time and its
 * data's age, apart). Inline feeds, illustrative (sample).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/elements/civic-task-list/civic-task-list.js';
import '../src/elements/civic-indicator-board/civic-indicator-board.js';
import '../src/elements/civic-event-calendar/civic-event-calendar.js';
import '../src/elements/civic-feed-summary/civic-feed-summary.js';
import '../src/elements/civic-progress-ring/civic-progress-ring.js';
import { seedStale } from '../.storybook/story-fetch.js';

type Widget = 'civic-task-list' | 'civic-indicator-board' | 'civic-event-calendar' | 'civic-feed-summary' | 'civic-progress-ring';

/** A small feed last updated on `updated` (a date-time in Beijing). Illustrative data. */
function ageFeed(updated: string) {
  const day = updated.slice(0, 10);
  return {
    version: 1,
    lang: 'zh-Hans',
    timeZone: 'Asia/Shanghai',
    sample: true,
    title: { 'zh-Hans': '示例规划（数据时效）', en: 'Sample plan (data age)' },
    publisher: { name: { 'zh-Hans': '示例发布单位', en: 'Sample publisher' } },
    updated,
    sections: [{ id: 's1', number: 1, title: { 'zh-Hans': '第一部分', en: 'Part one' } }],
    tasks: [
      { id: 't1', section: 's1', number: 1, title: { 'zh-Hans': '任务一', en: 'Task one' }, status: 'completed', progress: 100 },
      { id: 't2', section: 's1', number: 2, title: { 'zh-Hans': '任务二', en: 'Task two' }, status: 'in-progress', progress: 40, due: '2030-12-31' },
    ],
    indicators: [
      { id: 'i1', task: 't2', title: { 'zh-Hans': '示例指标', en: 'Sample indicator' }, value: 360, target: 378, unit: { 'zh-Hans': '公斤/亩', en: 'kg/mu' }, asOf: day },
    ],
    events: [{ id: 'e1', title: { 'zh-Hans': '示例活动', en: 'Sample event' }, start: day, task: 't2' }],
  };
}

/** Today in Beijing, 09:00: data updated this morning. */
function todayUpdated(): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  return `${day}T09:00:00+08:00`;
}

const OLD = '2024-09-30T17:00:00+08:00';

function widget(name: Widget, feed: unknown, staleAfter?: number): TemplateResult {
  switch (name) {
    case 'civic-task-list':
      return html`<civic-task-list .feed=${feed} stale-after=${staleAfter ?? 90}></civic-task-list>`;
    case 'civic-indicator-board':
      return html`<civic-indicator-board .feed=${feed} stale-after=${staleAfter ?? 90}></civic-indicator-board>`;
    case 'civic-event-calendar':
      return html`<civic-event-calendar .feed=${feed} stale-after=${staleAfter ?? 90}></civic-event-calendar>`;
    case 'civic-feed-summary':
      return html`<civic-feed-summary .feed=${feed} stale-after=${staleAfter ?? 90}></civic-feed-summary>`;
    default:
      return html`<civic-progress-ring .feed=${feed} indicator="i1" stale-after=${staleAfter ?? 90}></civic-progress-ring>`;
  }
}

/** The could-not-refresh state: a last good copy of the old feed, and a network that fails. */
function couldNotRefresh(name: Widget): TemplateResult {
  const src = seedStale(ageFeed(OLD), `stale-age-${name}`);
  const indicator = name === 'civic-progress-ring' ? 'i1' : '';
  switch (name) {
    case 'civic-task-list':
      return html`<civic-task-list src=${src}></civic-task-list>`;
    case 'civic-indicator-board':
      return html`<civic-indicator-board src=${src}></civic-indicator-board>`;
    case 'civic-event-calendar':
      return html`<civic-event-calendar src=${src}></civic-event-calendar>`;
    case 'civic-feed-summary':
      return html`<civic-feed-summary src=${src}></civic-feed-summary>`;
    default:
      return html`<civic-progress-ring src=${src} indicator=${indicator}></civic-progress-ring>`;
  }
}

interface Args {
  widget: Widget;
}

const meta: Meta<Args> = {
  title: 'States/Data age',
  args: { widget: 'civic-task-list' },
  argTypes: {
    widget: {
      control: 'select',
      options: ['civic-task-list', 'civic-indicator-board', 'civic-event-calendar', 'civic-feed-summary', 'civic-progress-ring'],
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Updated on 30 September 2024: past the default 90 days, the widget says how old its data is. */
export const OldData: Story = { render: (args) => widget(args.widget, ageFeed(OLD)) };

/** Updated this morning: the quiet "Data updated" line only. */
export const FreshData: Story = { render: (args) => widget(args.widget, ageFeed(todayUpdated())) };

/** stale-after="3650": a page that accepts ten-year-old data shows the quiet line only. */
export const OldDataLenient: Story = { render: (args) => widget(args.widget, ageFeed(OLD), 3650) };

/** The network failed: when the copy was saved, and how old its data is, kept apart. */
export const CouldNotRefresh: Story = { render: (args) => couldNotRefresh(args.widget) };

/** Every widget at once, old data. */
export const AllWidgetsOld: Story = {
  render: () =>
    html`${(['civic-task-list', 'civic-indicator-board', 'civic-event-calendar', 'civic-feed-summary', 'civic-progress-ring'] as Widget[]).map(
      (w) => html`<section><h2>${w}</h2>${widget(w, ageFeed(OLD))}</section>`,
    )}`,
};

/** Every widget at once, could not refresh. */
export const AllWidgetsCouldNotRefresh: Story = {
  render: () =>
    html`${(['civic-task-list', 'civic-indicator-board', 'civic-event-calendar', 'civic-feed-summary', 'civic-progress-ring'] as Widget[]).map(
      (w) => html`<section><h2>${w}</h2>${couldNotRefresh(w)}</section>`,
    )}`,
};
