import { expect } from '@open-wc/testing';
import { validate } from '../../../src/feed/validate.js';
import type { Feed } from '../../../src/feed/types.js';
import { NO_FILTER, modelCache, toggleStatus } from '../../../src/elements/civic-task-list/task-model.js';

const feed = validate({
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
    const on = toggleStatus({ ...NO_FILTER, query: 'x', statuses: ['delayed'] }, 'completed');
    expect(on).to.deep.equal({ statuses: ['delayed', 'completed'], sections: [], query: 'x' });
    expect(toggleStatus(on, 'delayed')).to.deep.equal({ statuses: ['completed'], sections: [], query: 'x' });
    expect(NO_FILTER.statuses, 'the filter given is not changed').to.deep.equal([]);
  });

  it('modelCache keeps the model while feed, language and scope stay the same', () => {
    const modelOf = modelCache();
    const all = { section: null, status: null, owner: null };
    const first = modelOf(feed, 'en', all);
    expect(first.tasks.map((t) => t.id)).to.deep.equal(['a', 'b']);
    expect(modelOf(feed, 'en', { ...all })).to.equal(first);
    expect(modelOf(feed, 'zh-Hans', all)).to.not.equal(first);
    const scoped = modelOf(feed, 'en', { section: 's1', status: 'completed delayed', owner: 'water' });
    expect(scoped.tasks.map((t) => t.id)).to.deep.equal(['a']);
    expect(modelOf(feed, 'en', { ...all, owner: 'fire' }).tasks).to.deep.equal([]);
    expect(modelOf({ ...feed }, 'en', { ...all, owner: 'fire' }).feed, 'a new feed').to.not.equal(feed);
  });
});
