import { expect } from '@open-wc/testing';
import { validate } from '../../../src/feed/validate.js';
import type { Feed, Task } from '../../../src/feed/types.js';
import {
  OTHER_SECTION,
  TaskModel,
  averageProgress,
  countStatuses,
  feedToday,
  fold,
  progressOf,
  queryTerms,
  splitList,
  taskIdFromHash,
  taskLink,
  NO_FILTER,
  modelCache,
  toggleStatus,
} from '../../../src/elements/civic-task-list/task-model.js';
import { dueState } from '../../../src/feed/timeliness.js';
import { linkedIndicators, relatedEvents } from '../../../src/elements/civic-task-list/views/task-details.js';

const raw = {
  version: 1,
  lang: 'zh-Hans',
  timeZone: 'Asia/Shanghai',
  sections: [
    { id: 's1', number: 1, title: { 'zh-Hans': '粮食安全', en: 'Food security' } },
    { id: 's2', number: 2, title: { 'zh-Hans': '产业融合', en: 'Industries' } },
  ],
  tasks: [
    {
      id: 'a',
      section: 's1',
      number: 1,
      title: { 'zh-Hans': '压实粮食安全责任制', en: 'Fulfil grain-security responsibilities' },
      summary: { 'zh-Hans': '实施粮食单产提升行动', en: 'Run a yield-improvement drive' },
      owners: [{ 'zh-Hans': '区农业农村局', en: 'Agriculture Bureau' }],
      status: 'in-progress',
      progress: 40,
      due: '2024-12-31',
      indicators: ['i1'],
    },
    {
      id: 'b',
      section: 's2',
      number: 2,
      title: { 'zh-Hans': '发展ＡＢＣ特色产业', en: 'Distinctive industries' },
      owners: [{ 'zh-Hans': '区园林绿化局', en: 'Forestry Bureau' }],
      status: 'completed',
      due: '2024-06-30',
    },
    { id: 'c', section: 'gone', title: '孤立任务', status: 'delayed', progress: 10, due: '2025-01-01' },
    { id: 'd', title: '无部分任务', status: 'not-started' },
    { id: 'e', section: 's1', title: '状态不明', status: 'paused' },
  ],
  indicators: [
    { id: 'i1', title: '单产', target: 378 },
    { id: 'i2', task: 'a', title: '面积', target: 10 },
    { id: 'i3', title: '无关', target: 1 },
  ],
  events: [
    { id: 'e2', title: '第二', start: '2024-05-01', task: 'a' },
    { id: 'e1', title: '第一', start: '2024-03-01', task: 'a' },
    { id: 'e3', title: '别的', start: '2024-03-01', task: 'b' },
  ],
};
const feed = validate(raw).feed as Feed;
const byId = (id: string) => feed.tasks.find((t) => t.id === id) as Task;
const ids = (tasks: Task[]) => tasks.map((t) => t.id);

describe('task model (pure logic)', () => {
  it('splits attribute lists on spaces and commas (ASCII and Chinese)', () => {
    expect(splitList(' s1, s2  s3，s4、s1 ')).to.deep.equal(['s1', 's2', 's3', 's4']);
    expect(splitList(null)).to.deep.equal([]);
    expect(splitList('')).to.deep.equal([]);
  });

  it('counts statuses, including unknown ones', () => {
    expect(countStatuses(feed.tasks)).to.deep.equal({ completed: 1, 'in-progress': 1, delayed: 1, 'not-started': 1, unknown: 1 });
  });

  it('takes progress from the figure, 100 for a completed task without one, none otherwise', () => {
    expect(progressOf(byId('a'))).to.equal(40);
    expect(progressOf(byId('b'))).to.equal(100);
    expect(progressOf(byId('d'))).to.equal(undefined);
    // a: 40, b: 100, c: 10 → 50; d and e have no figure and are not counted.
    expect(averageProgress(feed.tasks)).to.equal(50);
    expect(averageProgress([byId('d')])).to.equal(undefined);
  });

  it('marks overdue only when past due at the last report and not completed; due with no update since otherwise', () => {
    const at = (iso: string) => new Date(iso);
    // Reported on 1 February 2025: task a (due 31 December 2024, in progress) was late then.
    const late = { ...feed, updated: '2025-02-01T10:00:00+08:00' };
    expect(dueState(byId('a'), late, at('2024-12-31T12:00:00+08:00'))).to.equal(undefined);
    expect(dueState(byId('a'), late, at('2025-03-01T12:00:00+08:00'))).to.equal('overdue');
    // Reported on 1 October 2024, before the due date: the due date has passed only since.
    const early = { ...feed, updated: '2024-10-01' };
    expect(dueState(byId('a'), early, at('2026-12-01T12:00:00+08:00'))).to.equal('due-no-update');
    // Completed, no due date: neither. Unknown status: never overdue.
    expect(dueState(byId('b'), late, at('2030-01-01T00:00:00Z'))).to.equal(undefined);
    expect(dueState(byId('d'), late, at('2030-01-01T00:00:00Z'))).to.equal(undefined);
    // The model's "of which" counts: a and c (due 1 January 2025, delayed) at three moments.
    expect(new TaskModel(late, 'zh-Hans').dueCounts(at('2024-12-01T00:00:00Z'))).to.deep.equal({ overdue: 0, dueNoUpdate: 0 });
    expect(new TaskModel(late, 'zh-Hans').dueCounts(at('2025-03-01T00:00:00Z'))).to.deep.equal({ overdue: 2, dueNoUpdate: 0 });
    expect(new TaskModel(early, 'zh-Hans').dueCounts(at('2026-12-01T00:00:00Z'))).to.deep.equal({ overdue: 0, dueNoUpdate: 2 });
  });

  it('keeps the "of which" counts for the day, and works them out again on another day', () => {
    const m = new TaskModel({ ...feed, updated: '2024-10-01' }, 'zh-Hans');
    const first = m.dueCounts(new Date('2025-01-01T20:00:00Z'));
    expect(m.dueCounts(new Date('2025-01-02T01:00:00Z'))).to.equal(first);
    expect(m.dueCounts(new Date('2024-11-01T00:00:00Z'))).to.deep.equal({ overdue: 0, dueNoUpdate: 0 });
  });

  it('dates the data by the feed\'s updated, else its newest item date', () => {
    expect(new TaskModel({ ...feed, updated: '2024-10-01' }, 'zh-Hans').asOf()).to.equal('2024-10-01');
    const withUpdates = { ...feed, tasks: [{ ...byId('a'), updated: '2024-09-01', updates: [{ date: '2024-09-20', text: '秋粮' }] }] };
    expect(new TaskModel(withUpdates, 'zh-Hans').asOf()).to.equal('2024-09-20');
    expect(new TaskModel(feed, 'zh-Hans').asOf()).to.equal(undefined);
  });

  it('judges "today" in the feed time zone, not the visitor one', () => {
    // 16:30 UTC on 31 December is already 1 January in Beijing.
    const now = new Date('2024-12-31T16:30:00Z');
    const beijing = feedToday({ timeZone: 'Asia/Shanghai' }, now);
    const london = feedToday({ timeZone: 'Europe/London' }, now);
    expect(beijing).to.equal('2025-01-01');
    expect(london).to.equal('2024-12-31');
    expect(dueState(byId('a'), { timeZone: 'Asia/Shanghai' }, now)).to.equal('due-no-update');
    expect(dueState(byId('a'), { timeZone: 'Europe/London' }, now)).to.equal(undefined);
  });

  it('searches Chinese by substring across title, summary and owners', () => {
    const m = new TaskModel(feed, 'zh-Hans');
    const q = (query: string) => ids(m.filter({ statuses: [], sections: [], query }));
    expect(q('粮食')).to.deep.equal(['a']);
    expect(q('单产提升')).to.deep.equal(['a']);
    expect(q('园林')).to.deep.equal(['b']);
    expect(q('农业 粮食')).to.deep.equal(['a']);
    expect(q('农业 园林')).to.deep.equal([]);
    // Full-width letters match half-width ones, in either direction, any case.
    expect(q('abc')).to.deep.equal(['b']);
    expect(q('ＡＢＣ')).to.deep.equal(['b']);
    expect(q('   ')).to.have.length(5);
    expect(fold('ＡＢＣ')).to.equal('abc');
    expect(queryTerms('  a　b ')).to.deep.equal(['a', 'b']);
  });

  it('searches the current language only', () => {
    const en = new TaskModel(feed, 'en');
    expect(ids(en.filter({ statuses: [], sections: [], query: 'forestry' }))).to.deep.equal(['b']);
    expect(ids(en.filter({ statuses: [], sections: [], query: '园林' }))).to.deep.equal([]);
  });

  it('filters by status and section, and groups unknown sections under Other', () => {
    const m = new TaskModel(feed, 'zh-Hans');
    expect(ids(m.filter({ statuses: ['completed', 'delayed'], sections: [], query: '' }))).to.deep.equal(['b', 'c']);
    expect(ids(m.filter({ statuses: [], sections: ['s1'], query: '' }))).to.deep.equal(['a', 'e']);
    expect(ids(m.filter({ statuses: [], sections: [OTHER_SECTION], query: '' }))).to.deep.equal(['c', 'd']);
    expect(ids(m.filter({ statuses: ['completed'], sections: [], query: '' }, { ignoreStatus: true }))).to.have.length(5);
    expect(m.groupOrder).to.deep.equal(['s1', 's2', OTHER_SECTION]);
    expect(m.group(feed.tasks).map((g) => [g.id, ids(g.tasks)])).to.deep.equal([
      ['s1', ['a', 'e']],
      ['s2', ['b']],
      [OTHER_SECTION, ['c', 'd']],
    ]);
    expect(ids(m.ordered(feed.tasks))).to.deep.equal(['a', 'e', 'b', 'c', 'd']);
    expect(m.statuses()).to.include('unknown');
    // The counts of the tasks in scope, counted once.
    expect(m.counts()).to.deep.equal(countStatuses(m.tasks));
    expect(m.counts().unknown).to.be.greaterThan(0);
    expect(m.counts()).to.equal(m.counts());
    // The chips' counts: the other parts of the filter apply, the status part does not.
    expect(m.facetCounts({ statuses: ['completed'], sections: [], query: ' ' })).to.equal(m.counts());
    expect(m.facetCounts({ statuses: ['completed'], sections: ['s1'], query: '' })).to.deep.equal(
      countStatuses(m.filter({ statuses: [], sections: ['s1'], query: '' })),
    );
    expect(m.facetCounts({ statuses: [], sections: ['s1'], query: '' })).not.to.deep.equal(m.counts());
  });

  it('narrows to the editor scope: sections, statuses and owner', () => {
    expect(ids(new TaskModel(feed, 'zh-Hans', { sections: ['s2'], statuses: [], owner: '' }).tasks)).to.deep.equal(['b']);
    expect(ids(new TaskModel(feed, 'zh-Hans', { sections: ['gone'], statuses: [], owner: '' }).tasks)).to.deep.equal(['c']);
    expect(ids(new TaskModel(feed, 'zh-Hans', { sections: [], statuses: ['delayed', 'not-started'], owner: '' }).tasks)).to.deep.equal(['c', 'd']);
    expect(ids(new TaskModel(feed, 'zh-Hans', { sections: [], statuses: [], owner: '农业' }).tasks)).to.deep.equal(['a']);
    expect(ids(new TaskModel(feed, 'en', { sections: [], statuses: [], owner: 'forestry' }).tasks)).to.deep.equal(['b']);
    const scoped = new TaskModel(feed, 'zh-Hans', { sections: ['s2'], statuses: [], owner: '' });
    expect(scoped.groupOrder).to.deep.equal(['s2']);
  });

  it('links indicators both ways and sorts related events by date', () => {
    expect(linkedIndicators(feed, byId('a')).map((i) => i.id)).to.deep.equal(['i1', 'i2']);
    expect(linkedIndicators(feed, byId('b'))).to.deep.equal([]);
    expect(relatedEvents(feed, byId('a')).map((e) => e.id)).to.deep.equal(['e1', 'e2']);
  });

  it('reads and writes deep links', () => {
    expect(taskIdFromHash('#task-t5')).to.equal('t5');
    expect(taskIdFromHash('#task-%E4%BB%BB%E5%8A%A1')).to.equal('任务');
    expect(taskIdFromHash('#task-%E0%A4%A')).to.equal(undefined);
    expect(taskIdFromHash('#task-')).to.equal(undefined);
    expect(taskIdFromHash('#other')).to.equal(undefined);
    expect(taskLink('https://x.gov.cn/a?b=1#old', 'a b')).to.equal('https://x.gov.cn/a?b=1#task-a%20b');
    expect(taskIdFromHash('#' + taskLink('https://x/', '任务/1').split('#')[1])).to.equal('任务/1');
  });

  it('prepares search text a little at a time, resuming where it stopped', () => {
    const model = new TaskModel(feed, 'zh-Hans');
    let asked = 0;
    // Stops when told to: after one task here.
    expect(model.warm(() => asked++ >= 1)).to.equal(false);
    expect(asked).to.equal(2);
    // Resumes with the tasks not yet done: one question per remaining task, then done.
    asked = 0;
    expect(model.warm(() => (asked++, false))).to.equal(true);
    expect(asked).to.equal(model.tasks.length - 1);
    expect(model.warm(() => true)).to.equal(true, 'nothing left to do');
  });
});

const small = validate({
  version: 1,
  lang: 'en',
  sections: [{ id: 's1', title: 'One' }],
  tasks: [
    { id: 'a', section: 's1', title: 'Alpha', status: 'completed', owners: ['Water bureau'] },
    { id: 'b', title: 'Beta', status: 'delayed' },
  ],
}).feed as Feed;

describe('the task list\'s state helpers', () => {
  it('toggleStatus adds a status chip\'s status, and takes it out again, keeping the rest', () => {
    const start = { ...NO_FILTER, query: 'x', statuses: ['delayed'] };
    const on = toggleStatus(start, 'completed');
    expect(on).to.deep.equal({ statuses: ['delayed', 'completed'], sections: [], query: 'x' });
    expect(toggleStatus(on, 'delayed')).to.deep.equal({ statuses: ['completed'], sections: [], query: 'x' });
    expect(start.statuses, 'the filter given is not changed').to.deep.equal(['delayed']);
  });

  it('modelCache keeps the model while feed, language and scope stay the same', () => {
    const modelOf = modelCache();
    const all = { section: null, status: null, owner: null };
    const first = modelOf(small, 'en', all);
    expect(first.tasks.map((t) => t.id)).to.deep.equal(['a', 'b']);
    expect(modelOf(small, 'en', { ...all })).to.equal(first);
    expect(modelOf(small, 'zh-Hans', all)).to.not.equal(first);
    const scoped = modelOf(small, 'en', { section: 's1', status: 'completed delayed', owner: 'water' });
    expect(scoped.tasks.map((t) => t.id)).to.deep.equal(['a']);
    expect(modelOf(small, 'en', { ...all, owner: 'fire' }).tasks).to.deep.equal([]);
    expect(modelOf({ ...small }, 'en', { ...all, owner: 'fire' }).feed, 'a new feed').to.not.equal(small);
  });
});
