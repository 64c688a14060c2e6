import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/civic-event-calendar/civic-event-calendar.js';
import { MIYUN } from './fixtures/feeds.js';

interface Args {
  month: string;
  category?: string;
  headingLevel: number;
  theme: string;
  width: string;
}

/**
 * The year view (`view="year"`) of the Miyun sample feed: twelve small months with the days that
 * have events marked, the occurrences of its recurring events included (the harvest festival on
 * 秋分, the Lantern Festival on the 15th of the first lunar month, the marathon, the ice-and-snow
 * season). Each month's title opens that month in the month view.
 */
const meta: Meta<Args> = {
  title: 'Elements/civic-event-calendar/Year view',
  component: 'civic-event-calendar',
  args: { month: '2025-09', headingLevel: 2, theme: 'light', width: '100%' },
  argTypes: {
    theme: { control: 'select', options: ['light', 'dark', 'auto'] },
    width: { control: 'select', options: ['100%', '320px', '600px', '900px'] },
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
  },
  render: (args) => html`<div class="story-width" data-width=${args.width}>
    <style>
      .story-width[data-width='320px'] { max-width: 320px; }
      .story-width[data-width='600px'] { max-width: 600px; }
      .story-width[data-width='900px'] { max-width: 900px; }
    </style>
    <civic-event-calendar view="year" src=${MIYUN} month=${args.month} category=${args.category ?? ''}
      heading-level=${args.headingLevel} theme=${args.theme}>
      <a href=${MIYUN}>Open the data (JSON)</a>
    </civic-event-calendar>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** 2025: the recurring events' second year (秋分 on 23 September, 元宵 on 12 February). */
export const Year2025: Story = {};

/** 2026: the Lantern Festival on 3 March. */
export const Year2026: Story = { args: { month: '2026-01' } };

/** 2024, the feed's own year: its single events and the first occurrences. */
export const Year2024: Story = { args: { month: '2024-09' } };

/** One category (sports): only the marathon's days are marked. */
export const OneCategory: Story = { args: { category: 'sports' } };

/** On a phone: one column of months. */
export const Narrow: Story = { args: { width: '320px' } };

export const Dark: Story = { args: { theme: 'dark' } };
