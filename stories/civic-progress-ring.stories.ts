import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/civic-progress-ring/civic-progress-ring.js';
import { seedStale } from '../.storybook/story-fetch.js';
import { MIYUN } from './fixtures/feeds.js';

interface Args {
  label?: string;
  labelLang?: string;
  value?: string;
  max?: string;
  unit?: string;
  comparison?: string;
  baseline?: string;
  size?: string;
  asOf?: string;
  theme: string;
}

const ring = (a: Partial<Args>) => html`<civic-progress-ring
  label=${ifDefined(a.label)}
  label-lang=${ifDefined(a.labelLang)}
  value=${ifDefined(a.value)}
  max=${ifDefined(a.max)}
  unit=${ifDefined(a.unit)}
  comparison=${ifDefined(a.comparison)}
  baseline=${ifDefined(a.baseline)}
  size=${ifDefined(a.size)}
  as-of=${ifDefined(a.asOf)}
  theme=${ifDefined(a.theme)}
></civic-progress-ring>`;

const meta: Meta<Args> = {
  title: 'Elements/civic-progress-ring',
  component: 'civic-progress-ring',
  tags: ['autodocs'],
  args: { label: '年内建成高标准农田', value: '1.2', max: '1.45', unit: '万亩', asOf: '2024-09-30', theme: 'light' },
  argTypes: {
    theme: { control: 'select', options: ['light', 'dark', 'auto'] },
    comparison: { control: 'select', options: ['at-least', 'at-most'] },
  },
  render: (args) => ring(args),
};
export default meta;
type Story = StoryObj<Args>;

export const Partial: Story = {};

export const Reached: Story = { args: { label: '蔬菜规模提升群', value: '4', max: '4', unit: '个', asOf: '2024-06-30' } };

export const Exceeded: Story = { args: { label: '西红柿种植规模', value: '3620', max: '3500', unit: '亩', asOf: '2024-06-30' } };

export const AtMost: Story = {
  args: { label: '返薄村数量（越少越好）', value: '1', max: '0', baseline: '3', comparison: 'at-most', unit: '个', asOf: '2024-09-30' },
};

export const NoData: Story = { args: { label: '全区粮食平均单产', value: undefined, max: '378', unit: '公斤/亩', asOf: undefined } };

export const CannotCompute: Story = { args: { label: '目标为零', value: '3', max: '0', unit: '个' } };

export const AtMostWithoutBaseline: Story = { args: { label: '缺少基线', value: '3', max: '0', comparison: 'at-most', unit: '个' } };

export const ValueNotANumber: Story = { args: { label: '数值无效', value: 'twelve', max: '20', unit: '个' } };

export const NoUnit: Story = { args: { label: '没有单位', value: '7', max: '10', unit: undefined } };

export const NoLabel: Story = { args: { label: undefined } };

export const FromFeed: Story = {
  name: 'From the feed (sample badge)',
  render: () => html`<civic-progress-ring src=${MIYUN} indicator="high-standard-farmland"></civic-progress-ring>`,
};

export const FeedAtMost: Story = {
  render: () => html`<civic-progress-ring src=${MIYUN} indicator="weak-village-relapse"></civic-progress-ring>`,
};

export const IndicatorNotInFeed: Story = {
  render: () => html`<civic-progress-ring src=${MIYUN} indicator="no-such-indicator" debug></civic-progress-ring>`,
};

export const Loading: Story = {
  render: () => html`<civic-progress-ring src="/__story/loading" indicator="high-standard-farmland"></civic-progress-ring>`,
};

export const Error: Story = {
  render: () => html`<civic-progress-ring src="/__story/error" indicator="high-standard-farmland">
    <a href=${MIYUN}>Open the data (JSON)</a>
  </civic-progress-ring>`,
};

export const Stale: Story = {
  render: () => html`<civic-progress-ring
    src=${seedStale(
      { version: 1, lang: 'zh-Hans', sample: true, indicators: [{ id: 'a', title: '美丽乡村路', unit: '公里', target: 30.29, value: 22.6, asOf: '2024-09-30' }] },
      'stale-ring',
    )}
    indicator="a"
  ></civic-progress-ring>`,
};

export const Large: Story = { args: { size: '12em' } };

export const LargeText: Story = {
  decorators: [(story) => html`<div style="font-size: 200%">${story()}</div>`],
};

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background: #16191d; padding: 1em">${story()}</div>`],
};

export const BesideAnArticle: Story = {
  render: () => html`<article style="max-width: 40em">
    <civic-progress-ring src=${MIYUN} indicator="rural-workers-insured" style="float: inline-end; margin: 0 0 1em 1em"></civic-progress-ring>
    <h2>新增农村劳动力就业参保</h2>
    <p>全区持续拓宽农民增收渠道，推动农村劳动力稳定就业。这段文字是示例正文，用来查看进度环放在文章旁边的样子。</p>
    <p>进度环直接读取公开的数据文件，数据更新时自动更新。</p>
  </article>`,
};

export const Themed: Story = {
  render: () => html`<civic-progress-ring
    label="Themed"
    value="3"
    max="4"
    unit="km"
    style="--civic-ring-size: 9em; --civic-ring-track-width: 16; --civic-ring-color: #6a1b9a; --civic-ring-track-color: #eee"
  ></civic-progress-ring>`,
};

/** A Chinese label on an English page, marked with label-lang so screen readers read it in Chinese. */
export const LabelInAnotherLanguage: Story = { args: { labelLang: 'zh-Hans' }, globals: { lang: 'en' } };
