import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/civic-task-list/civic-task-list.js';
import { seedStale } from '../.storybook/story-fetch.js';
import { chineseOnlyFeed, emptyFeed, MIYUN, tinyFeed } from './fixtures/feeds.js';

interface Args {
  src?: string;
  section?: string;
  status?: string;
  owner?: string;
  limit?: number;
  expanded: boolean;
  compact: boolean;
  hideFilters: boolean;
  hideSummary: boolean;
  debug: boolean;
  theme: string;
  /** The moment due dates are judged at (the now property), YYYY-MM-DDTHH:mm+08:00; empty: the current time. */
  now?: string;
  headingLevel?: number;
}

const list = (a: Partial<Args>) => html`<civic-task-list
  src=${ifDefined(a.src)}
  section=${ifDefined(a.section)}
  status=${ifDefined(a.status)}
  owner=${ifDefined(a.owner)}
  limit=${ifDefined(a.limit)}
  ?expanded=${a.expanded}
  ?compact=${a.compact}
  ?hide-filters=${a.hideFilters}
  ?hide-summary=${a.hideSummary}
  ?debug=${a.debug}
  theme=${ifDefined(a.theme)}
  heading-level=${ifDefined(a.headingLevel)}
  .now=${a.now ? new Date(a.now) : null}
>
  <a href=${MIYUN}>查看数据文件（JSON）</a>
</civic-task-list>`;

const meta: Meta<Args> = {
  title: 'Elements/civic-task-list',
  component: 'civic-task-list',
  tags: ['autodocs'],
  args: { src: MIYUN, expanded: false, compact: false, hideFilters: false, hideSummary: false, debug: false, theme: 'light' },
  argTypes: {
    theme: { control: 'select', options: ['light', 'dark', 'auto'] },
    status: { control: 'text', description: 'completed, in-progress, delayed, not-started (spaces or commas)' },
    section: { control: 'text', description: 'Section ids, e.g. "s1 s3"' },
    limit: { control: 'number' },
    now: { control: 'text', description: 'The moment due dates are judged at (the now property), e.g. 2026-12-01T12:00+08:00' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 }, description: 'heading-level: sections at this level, tasks one below (default 3)' },
  },
  render: (args) => list(args),
};
export default meta;
type Story = StoryObj<Args>;

/** Ready: the Miyun District 2024 plan, 22 tasks in 5 sections (sample data). */
export const Ready: Story = {};

/** The sections attribute: only parts 1 and 3. */
export const Sections: Story = { args: { section: 's1 s3' } };

/** The status attribute: only delayed and not-started tasks. */
export const Statuses: Story = { args: { status: 'delayed, not-started' } };

/** The owner attribute: tasks led by the culture and tourism bureau (文旅). */
export const Owner: Story = { args: { owner: '文旅' } };

/** Every task open. */
export const Expanded: Story = { args: { expanded: true, section: 's1' } };

/** One line a task and no filters, for a narrow sidebar. */
export const Compact: Story = {
  args: { compact: true },
  decorators: [(story) => html`<div style="max-width: 20em">${story()}</div>`],
};

/** The first five tasks, and a "Show all" button. */
export const Limit: Story = { args: { limit: 5 } };

/** No filter bar. */
export const FiltersHidden: Story = { args: { hideFilters: true } };

/** No summary at the top. */
export const SummaryHidden: Story = { args: { hideSummary: true } };

/** The sample-data badge: any feed with "sample": true shows it (here a small inline feed). */
export const SampleBadge: Story = {
  render: () => html`<civic-task-list .feed=${tinyFeed}></civic-task-list>`,
};

/** The feed as a property, without the sample flag: no badge. */
export const FeedProperty: Story = {
  render: () => html`<civic-task-list .feed=${{ ...tinyFeed, sample: false }}></civic-task-list>`,
};

/** Inline JSON inside the tag. */
export const InlineJson: Story = {
  render: () => html`<civic-task-list>
    <script type="application/json">
      {"version": 1, "lang": "zh-Hans", "sections": [{"id": "a", "number": 1, "title": {"zh-Hans": "内嵌数据", "en": "Inline data"}}],
       "tasks": [{"id": "x", "section": "a", "number": 1, "title": {"zh-Hans": "示例任务", "en": "A sample task"}, "status": "completed", "progress": 100}]}
    </script>
  </civic-task-list>`,
};

export const Loading: Story = { args: { src: '/__story/loading' } };

export const Error: Story = { args: { src: '/__story/error' } };

export const Stale: Story = {
  render: () => html`<civic-task-list src=${seedStale(tinyFeed, 'stale-task-list')}></civic-task-list>`,
};

export const Empty: Story = {
  render: () => html`<civic-task-list .feed=${emptyFeed}></civic-task-list>`,
};

/** Bad input, shown safely with warnings (debug lists them). */
export const BadInput: Story = {
  render: () => html`<civic-task-list
    debug
    .feed=${{
      version: 1,
      lang: 'zh-Hans',
      sample: true,
      sections: [{ id: 's1', number: 1, title: '第一部分' }],
      tasks: [
        { id: 'a', section: 's1', number: 1, title: '状态不明的任务', status: 'paused' },
        { id: 'b', section: 'nowhere', number: 2, title: '部分缺失的任务', status: 'completed' },
        { id: 'a', section: 's1', number: 3, title: '重复编号', status: 'completed' },
        { id: 'c', section: 's1', number: 4, status: 'completed' },
        { id: 'd', section: 's1', number: 5, title: '很长的标题'.repeat(400), status: 'in-progress', progress: 150 },
        { id: 'e', section: 's1', number: 6, title: '<img src=x onerror=alert(1)><script>alert(2)</script>', status: 'in-progress', progress: -5 },
        { id: 'f', section: 's1', number: 7, title: '进度为 abc', status: 'in-progress', progress: 'abc' },
      ],
    }}
  ></civic-task-list>`,
};

/** The host page doubles its text size (a portal's elderly mode). */
export const LargeText: Story = {
  decorators: [(story) => html`<div style="font-size: 200%">${story()}</div>`],
};

/** 280 px wide. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="width: 280px">${story()}</div>`],
};

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background: #0d1117; padding: 1em">${story()}</div>`],
};

/** Deep link: the story opens task 7 as a "#task-t7" address would. */
export const DeepLink: Story = {
  render: (args) => {
    history.replaceState(null, '', location.pathname + location.search + '#task-t7');
    return list(args);
  },
};

/** A feed in Chinese only on an English page: the UI is English, the feed's text is marked lang="zh-Hans". */
export const ChineseOnlyFeed: Story = {
  globals: { lang: 'en' },
  render: () => html`<civic-task-list expanded .feed=${chineseOnlyFeed}></civic-task-list>`,
};

/**
 * Before the due dates (clock at 1 June 2024): no task is due yet, nothing is marked. (The
 * feed's data is dated after this moment: a preview, not a real case.)
 */
export const BeforeDueDates: Story = { args: { now: '2024-06-01T12:00+08:00' } };

/** Just after the feed's update (clock at 1 October 2024): the data is a day old; nothing is due yet (task 4, due 30 September, was completed). */
export const JustAfterUpdate: Story = { args: { now: '2024-10-01T09:00+08:00' } };

/**
 * Two years later (clock at 1 December 2026): every unfinished task's due date has passed, but only
 * since its last update, so none is "overdue": each carries the neutral "due, no update since"
 * marker, and the summary counts them "of which" beside the four statuses.
 */
export const TwoYearsLater: Story = { args: { now: '2026-12-01T12:00+08:00' } };

/**
 * A task reported on after its due date and not completed: overdue (red, a clock), counted "of
 * which"; the other is due with no update since (neutral, an hourglass). Illustrative.
 */
export const OverdueAndDueNoUpdate: Story = {
  render: () => html`<civic-task-list
    expanded
    .now=${new Date('2026-12-01T12:00+08:00')}
    .feed=${{
      version: 1,
      lang: 'zh-Hans',
      timeZone: 'Asia/Shanghai',
      sample: true,
      updated: '2024-09-30T17:00:00+08:00',
      sections: [{ id: 's1', number: 1, title: { 'zh-Hans': '示例部分', en: 'Sample part' } }],
      tasks: [
        {
          id: 'late',
          section: 's1',
          number: 1,
          title: { 'zh-Hans': '到期前未完成的任务', en: 'A task not done by its due date' },
          status: 'delayed',
          progress: 40,
          due: '2024-08-31',
          updated: '2024-09-20',
          milestones: [{ title: { 'zh-Hans': '方案印发', en: 'Plan issued' }, due: '2024-07-31', done: false }],
          updates: [{ date: '2024-09-20', text: { 'zh-Hans': '受汛期影响，施工推迟。', en: 'Works were put back by the flood season.' }, progress: 40 }],
        },
        {
          id: 'quiet',
          section: 's1',
          number: 2,
          title: { 'zh-Hans': '到期后未再更新的任务', en: 'A task with no update since its due date' },
          status: 'in-progress',
          progress: 70,
          due: '2024-12-31',
          updated: '2024-09-25',
          updates: [{ date: '2024-09-25', text: { 'zh-Hans': '主体工程完工。', en: 'The main works are finished.' }, progress: 70 }],
        },
      ],
    }}
  ></civic-task-list>`,
};

/** The progress narrative: each task's newest update under it; opened, all its updates as a dated timeline, newest first. */
export const Narrative: Story = { args: { expanded: true, section: 's1', now: '2024-10-01T09:00+08:00' } };

/** heading-level="2": under a page whose h1 has no h2, sections are h2, tasks h3, inside an opened task h4. */
export const HeadingLevel2: Story = { args: { headingLevel: 2, expanded: true, section: 's1' } };

/** heading-level="5": deep in a page, sections h5, tasks h6, inside an opened task h6 (HTML has no h7). */
export const HeadingLevel5: Story = { args: { headingLevel: 5, expanded: true, section: 's1' } };
