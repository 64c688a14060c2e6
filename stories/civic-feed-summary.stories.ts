import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/civic-feed-summary/civic-feed-summary.js';
import { seedStale } from '../.storybook/story-fetch.js';
import { emptyFeed, MIYUN, tinyFeed } from './fixtures/feeds.js';

interface Args {
  src?: string;
  debug: boolean;
  theme: string;
  headingLevel?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/civic-feed-summary',
  component: 'civic-feed-summary',
  tags: ['autodocs'],
  args: { src: MIYUN, debug: false, theme: 'light' },
  argTypes: { theme: { control: 'select', options: ['light', 'dark', 'auto'] }, headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] } },
  render: (args) => html`<civic-feed-summary src=${args.src ?? ''} ?debug=${args.debug} theme=${args.theme} heading-level=${ifDefined(args.headingLevel)}>
    <a href=${MIYUN}>Open the data (JSON)</a>
  </civic-feed-summary>`,
};
export default meta;
type Story = StoryObj<Args>;

export const MiyunFeed: Story = {};

export const FeedProperty: Story = {
  render: () => html`<civic-feed-summary .feed=${tinyFeed}></civic-feed-summary>`,
};

export const InlineJson: Story = {
  render: () => html`<civic-feed-summary>
    <script type="application/json">
      {"version": 1, "title": {"zh-Hans": "内嵌数据", "en": "Inline data"}, "sample": true,
       "tasks": [{"id": "a", "title": "A", "status": "completed"}]}
    </script>
  </civic-feed-summary>`,
};

export const Loading: Story = { args: { src: '/__story/loading' } };

export const Error: Story = { args: { src: '/__story/error' } };

export const Stale: Story = {
  render: () => html`<civic-feed-summary src=${seedStale(tinyFeed, 'stale-summary')}></civic-feed-summary>`,
};

export const Empty: Story = {
  render: () => html`<civic-feed-summary .feed=${emptyFeed}></civic-feed-summary>`,
};

export const Debug: Story = {
  render: () =>
    html`<civic-feed-summary debug .feed=${{ ...tinyFeed, tasks: [...tinyFeed.tasks, { id: 'x', title: 'X', status: 'done?' }] }}></civic-feed-summary>`,
};

export const Dark: Story = { args: { theme: 'dark' } };

export const LargeText: Story = {
  render: () => html`<div class="story-large-text"><civic-feed-summary src=${MIYUN}></civic-feed-summary></div>`,
  decorators: [(story) => html`<div style="font-size: 200%">${story()}</div>`],
};

export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-width: 280px">${story()}</div>`],
};

/** Under the page's own h2: the card's title is an h3 (heading-level="3"). */
export const UnderAnH2: Story = {
  args: { headingLevel: 3 },
  render: (a, ctx) => html`<h2>Plan</h2>${meta.render!(a, ctx)}`,
};
