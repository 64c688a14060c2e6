import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/civic-indicator-board/civic-indicator-board.js';
import { seedStale } from '../.storybook/story-fetch.js';
import { chineseOnlyFeed, emptyFeed, MIYUN } from './fixtures/feeds.js';

interface Args {
  src?: string;
  section?: string;
  task?: string;
  indicators?: string;
  sort?: string;
  table: boolean;
  headingLevel?: number;
  debug: boolean;
  theme: string;
}

const meta: Meta<Args> = {
  title: 'Elements/civic-indicator-board',
  component: 'civic-indicator-board',
  tags: ['autodocs'],
  args: { src: MIYUN, table: false, debug: false, theme: 'light' },
  argTypes: {
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
    theme: { control: 'select', options: ['light', 'dark', 'auto'] },
    sort: { control: 'select', options: ['feed', 'progress'] },
  },
  render: (a) => html`<civic-indicator-board
    src=${a.src ?? ''}
    section=${ifDefined(a.section)}
    task=${ifDefined(a.task)}
    indicators=${ifDefined(a.indicators)}
    sort=${ifDefined(a.sort)}
    ?table=${a.table}
    heading-level=${ifDefined(a.headingLevel)}
    ?debug=${a.debug}
    theme=${a.theme}
  >
    <a href=${MIYUN}>Open the data (JSON)</a>
  </civic-indicator-board>`,
};
export default meta;
type Story = StoryObj<Args>;

/** All 20 Miyun indicators, grouped by section, with the sample badge. */
export const MiyunBoard: Story = {};

export const TableView: Story = { args: { table: true } };

export const SortByProgress: Story = { args: { sort: 'progress' } };

export const OneSection: Story = { args: { section: 's3' } };

export const TwoSections: Story = { args: { section: 's1 s5' } };

export const OneTask: Story = { args: { task: 't11' } };

export const ChosenIndicators: Story = { args: { indicators: 'high-standard-farmland, tomato-area grain-yield weak-village-relapse' } };

export const IndicatorNotInFeed: Story = { args: { indicators: 'high-standard-farmland no-such-indicator' } };

export const NothingMatches: Story = { args: { indicators: 'no-such-indicator' } };

export const Loading: Story = { args: { src: '/__story/loading' } };

export const Error: Story = { args: { src: '/__story/error' } };

export const Stale: Story = {
  render: () => html`<civic-indicator-board
    src=${seedStale(
      {
        version: 1,
        lang: 'zh-Hans',
        sample: true,
        indicators: [
          { id: 'a', title: '美丽乡村路', unit: '公里', target: 30.29, value: 22.6, asOf: '2024-09-30' },
          { id: 'b', title: '山区供水站', unit: '处', target: 30, value: 18, asOf: '2024-09-30' },
        ],
      },
      'stale-board',
    )}
  ></civic-indicator-board>`,
};

export const Empty: Story = {
  render: () => html`<civic-indicator-board .feed=${emptyFeed}></civic-indicator-board>`,
};

export const BadIndicators: Story = {
  render: () => html`<civic-indicator-board
    debug
    .feed=${{
      version: 1,
      lang: 'zh-Hans',
      indicators: [
        { id: 'z', title: '目标为零', unit: '个', target: 0, value: 3 },
        { id: 'm', title: '缺少基线（越少越好）', unit: '个', target: 1, value: 3, comparison: 'at-most' },
        { id: 'u', title: '未知比较方式', unit: '个', target: 5, value: 3, comparison: 'sideways' },
        { id: 'n', title: '没有单位，数值无效', target: 5, value: 'three' },
      ],
    }}
  ></civic-indicator-board>`,
};

export const Debug: Story = { args: { debug: true } };

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background: #16191d; padding: 1em">${story()}</div>`],
};

export const LargeText: Story = {
  decorators: [(story) => html`<div style="font-size: 200%">${story()}</div>`],
};

export const Narrow: Story = {
  name: 'Narrow (280px)',
  decorators: [(story) => html`<div style="max-width: 280px">${story()}</div>`],
};

/** A feed in Chinese only on an English page: card titles and task links carry lang="zh-Hans". */
export const ChineseOnlyFeed: Story = {
  globals: { lang: 'en' },
  render: () => html`<civic-indicator-board .feed=${chineseOnlyFeed}></civic-indicator-board>`,
};

/** Under the page's own h2 and h3: sections are h4, cards h5 (heading-level="4"). */
export const UnderAnH3: Story = {
  args: { headingLevel: 4 },
  render: (a, ctx) => html`<h2>Plan</h2>
    <h3>Indicators</h3>
    ${meta.render!(a, ctx)}`,
};

/** The table view at heading-level 3: one table per section, under an h3 each. */
export const TableUnderAnH2: Story = {
  args: { table: true, headingLevel: 3, section: 's1 s2' },
  render: (a, ctx) => html`<h2>Indicators</h2>
    ${meta.render!(a, ctx)}`,
};
