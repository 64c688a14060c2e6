import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/civic-event-calendar/civic-event-calendar.js';
import type { CivicEventCalendar } from '../src/elements/civic-event-calendar/civic-event-calendar.js';
import { seedStale } from '../.storybook/story-fetch.js';
import { chineseOnlyFeed, emptyFeed, MIYUN } from './fixtures/feeds.js';

interface Args {
  src?: string;
  view?: string;
  month?: string;
  category?: string;
  lunar?: string;
  today?: string;
  debug: boolean;
  theme: string;
}

const meta: Meta<Args> = {
  title: 'Elements/civic-event-calendar',
  component: 'civic-event-calendar',
  tags: ['autodocs'],
  args: { src: MIYUN, month: '2024-09', debug: false, theme: 'light' },
  argTypes: {
    theme: { control: 'select', options: ['light', 'dark', 'auto'] },
    view: { control: 'select', options: [undefined, 'month', 'agenda'] },
    lunar: { control: 'select', options: [undefined, 'off'] },
  },
  render: (args) => html`<civic-event-calendar
    src=${args.src ?? ''}
    view=${args.view ?? ''}
    month=${args.month ?? ''}
    category=${args.category ?? ''}
    lunar=${args.lunar ?? ''}
    today=${args.today ?? ''}
    ?debug=${args.debug}
    theme=${args.theme}
  >
    <a href=${MIYUN}>Open the data (JSON)</a>
  </civic-event-calendar>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The month grid of September 2024: multi-day bars, the harvest festival on 秋分. */
export const Month: Story = {};

/** Without `month`, on 2026-12-01: opens on the month of the next occurrence (the ice-and-snow season, a yearly event). */
export const InitialMonth: Story = { args: { month: undefined, today: '2026-12-01' } };

/** The agenda on 2026-12-01: the upcoming occurrences of the recurring events (元宵 on its lunar date, 秋分, the marathon). */
export const AgendaUpcoming: Story = { args: { month: undefined, view: 'agenda', today: '2026-12-01' } };

/** The agenda with `month`: it lists from October 2024; past events say "Ended". */
export const AgendaFromMonth: Story = { args: { month: '2024-10', view: 'agenda', today: '2026-12-01' } };

/** Nothing upcoming (one-off events two years past): the agenda shows the most recent events and says so. */
export const RecentEvents: Story = {
  render: () => html`<civic-event-calendar view="agenda" today="2026-12-01" .feed=${{
    version: 1, lang: 'en', timeZone: 'Asia/Shanghai', sample: true,
    events: [
      { id: 'fair', title: 'Autumn fair', start: '2024-09-10', end: '2024-09-12' },
      { id: 'talk', title: 'Cancelled talk', start: '2024-09-20T10:00:00+08:00', status: 'cancelled' },
    ],
  }}></civic-event-calendar>`,
};

/** An empty month (June 2026) offers the months before and after that have events. */
export const EmptyMonth: Story = { args: { month: '2026-06', view: 'month', today: '2026-12-01' } };

/** An occurrence's details: the harvest festival of 2026 on 秋分, ended, "Every year on the autumn equinox". */
export const OccurrenceDetail: Story = {
  render: () => html`<civic-event-calendar
    month="2026-09"
    today="2026-12-01"
    src=${MIYUN}
    @civic-feed-load=${(e: Event) => {
      const el = e.currentTarget as CivicEventCalendar;
      void el.updateComplete.then(() => el.openEvent('harvest-festival@2026-09-23'));
    }}
  ></civic-event-calendar>`,
};

/** The ice-and-snow season: a bar across weeks and months. */
export const MultiDayAcrossMonths: Story = { args: { month: '2025-01' } };

export const Agenda: Story = { args: { view: 'agenda' } };

/** The detail dialog, opened for the Apimondia congress. */
export const DetailOpen: Story = {
  render: () => html`<civic-event-calendar
    month="2024-09"
    src=${MIYUN}
    @civic-feed-load=${(e: Event) => {
      const el = e.currentTarget as CivicEventCalendar;
      void el.updateComplete.then(() => el.openEvent('apimondia-asia-congress'));
    }}
  ></civic-event-calendar>`,
};

export const Filters: Story = { args: { category: 'culture sports', month: '2024-10' } };

export const LunarOn: Story = { args: { month: '2024-09' }, globals: { lang: 'zh-CN' } };

export const LunarOff: Story = { args: { month: '2024-09', lunar: 'off' }, globals: { lang: 'zh-CN' } };

export const English: Story = { globals: { lang: 'en' } };

export const Empty: Story = {
  render: () => html`<civic-event-calendar .feed=${emptyFeed}></civic-event-calendar>`,
};

export const Error: Story = { args: { src: '/__story/error' } };

export const Loading: Story = { args: { src: '/__story/loading' } };

export const Stale: Story = {
  render: () => html`<civic-event-calendar
    month="2024-09"
    src=${seedStale(
      {
        version: 1,
        lang: 'zh-Hans',
        timeZone: 'Asia/Shanghai',
        sample: true,
        events: [{ id: 'e1', title: { 'zh-Hans': '示例活动', en: 'Sample event' }, start: '2024-09-22' }],
      },
      'stale-calendar',
    )}
  ></civic-event-calendar>`,
};

/** The Miyun feed is marked "sample": the badge shows next to the title. */
export const SampleBadge: Story = {};

export const Debug: Story = {
  render: () => html`<civic-event-calendar
    debug
    .feed=${{
      version: 1,
      lang: 'en',
      timeZone: 'America/New_York',
      events: [
        { id: 'a', title: 'Wall-clock time', start: '2024-03-10T01:30:00', end: '2024-03-10T03:30:00' },
        { id: 'b', title: 'Ends before it starts', start: '2024-03-12T10:00:00-04:00', end: '2024-03-11T10:00:00-04:00' },
        { id: 'c', title: '<b>HTML stays text</b>', category: 'unknown', start: '2024-03-14' },
      ],
    }}
  ></civic-event-calendar>`,
};

/** 280px wide: switches to the agenda by itself. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-width: 280px">${story()}</div>`],
};

/** 280px wide with view="month": the grid still fits. */
export const NarrowMonth: Story = {
  args: { view: 'month' },
  decorators: [(story) => html`<div style="max-width: 280px">${story()}</div>`],
};

export const LargeText: Story = {
  decorators: [(story) => html`<div style="font-size: 200%">${story()}</div>`],
};

export const Dark: Story = { args: { theme: 'dark' } };

/** A feed in Chinese only on an English page: event titles, places and categories are marked lang="zh-Hans". */
export const ChineseOnlyFeed: Story = {
  globals: { lang: 'en' },
  render: () => html`<civic-event-calendar month="2030-09" .feed=${chineseOnlyFeed}></civic-event-calendar>`,
};
