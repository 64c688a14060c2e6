/**
 * The opened part of a task (task-details.ts) is loaded on demand. This file runs in a page of
 * its own, so the part has not been loaded by another test.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/civic-task-list/civic-task-list.js';
import type { CivicTaskList } from '../../../src/elements/civic-task-list/civic-task-list.js';

const loaded = () => performance.getEntriesByType('resource').filter((e) => /src\/elements\/civic-task-list\/views\/task-details\.[jt]s/.test(e.name)).length;
const feed = {
  version: 1,
  lang: 'en',
  tasks: [
    { id: 'a', title: 'Alpha', status: 'in-progress', summary: 'What Alpha does', milestones: [{ title: 'First step', done: true }] },
    { id: 'b', title: 'Beta', status: 'completed' },
  ],
};

describe('the opened part of a task, loaded on demand', () => {
  it('is not part of the list’s own code; a list rendered open waits for it and shows it', async () => {
    expect(loaded(), 'loaded with the list').to.equal(0);
    const el = await fixture<CivicTaskList>(html`<civic-task-list expanded .feed=${feed}></civic-task-list>`);
    expect(loaded()).to.equal(1);
    const details = el.shadowRoot!.querySelector('li.task[data-id="a"] .details')!;
    expect(details.textContent).to.contain('What Alpha does');
    expect(details.textContent).to.contain('First step');
    expect(details.querySelector('button.copy')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('on a narrow phone, a long milestone title wraps beside its mark, not under it', async () => {
    const long = { ...feed, tasks: [{ id: 'a', title: 'Alpha', status: 'in-progress', milestones: [{ title: 'Autumn grain yield measured by harvest in every town', due: '2024-10-15' }] }] };
    const el = await fixture<CivicTaskList>(html`<civic-task-list expanded style="width: 280px; display: block" .feed=${long}></civic-task-list>`);
    const li = el.shadowRoot!.querySelector('.milestones li')!;
    const mark = li.querySelector('svg')!.getBoundingClientRect();
    const title = li.querySelector('.milestone-text > span')!.getBoundingClientRect();
    expect(title.height, 'the title wraps').to.be.greaterThan(mark.height * 1.5);
    expect(Math.abs(title.top - mark.top), 'the title starts on the mark\'s line').to.be.lessThan(mark.height);
    expect(title.left).to.be.greaterThan(mark.right - 1);
  });
});
