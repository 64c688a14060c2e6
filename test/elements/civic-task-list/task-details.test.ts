/**
 * The opened part of a task (task-details.ts) is loaded on demand. This file runs in a page of
 * its own, so the part has not been loaded by another test.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/civic-task-list/civic-task-list.js';
import type { CivicTaskList } from '../../../src/elements/civic-task-list/civic-task-list.js';

const loaded = () => performance.getEntriesByType('resource').filter((e) => /src\/elements\/civic-task-list\/task-details\.[jt]s/.test(e.name)).length;
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
});
