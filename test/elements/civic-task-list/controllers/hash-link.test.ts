import { expect } from '@open-wc/testing';
import { HashLinkController, taskItem } from '../../../../src/elements/civic-task-list/controllers/hash-link.js';
import { until } from '../wait.js';
import { FakeHost } from './fake-host.js';

function clearHash(): void {
  history.replaceState(null, '', location.pathname + location.search);
}

/** A host whose render root holds tasks a, b and c, each with its toggle. */
function hostWithTasks(): FakeHost {
  const host = new FakeHost();
  host.renderRoot.innerHTML = ['a', 'b', 'c'].map((id) => `<li class="task" data-id="${id}"><button class="toggle">${id}</button></li>`).join('');
  document.body.append(host.renderRoot);
  return host;
}

describe('HashLinkController', () => {
  let host: FakeHost;
  let revealed: string[];
  let feed: object | undefined;
  let link: HashLinkController;
  beforeEach(() => {
    clearHash();
    host = hostWithTasks();
    revealed = [];
    feed = undefined;
    link = new HashLinkController(host, { feed: () => feed, reveal: (id) => (revealed.push(id), id !== 'gone') });
  });
  afterEach(() => {
    host.disconnect();
    host.renderRoot.remove();
    clearHash();
  });

  it('finds a task\'s item by its id', () => {
    expect(taskItem(host.renderRoot, 'b')!.textContent).to.equal('b');
    expect(taskItem(host.renderRoot, 'zzz')).to.equal(undefined);
  });

  it('opens the task of the address once a feed is rendered, once a feed, and focuses its toggle', async () => {
    history.replaceState(null, '', '#task-b');
    host.updated();
    expect(revealed, 'no feed yet').to.deep.equal([]);
    feed = {};
    host.updated();
    expect(revealed).to.deep.equal(['b']);
    await until(() => host.renderRoot.contains(document.activeElement) && document.activeElement!.textContent === 'b', 2000, 'focus');
    host.updated();
    expect(revealed, 'the same feed again').to.deep.equal(['b']);
    feed = {};
    host.updated();
    expect(revealed, 'a new feed').to.deep.equal(['b', 'b']);
  });

  it('ignores an address without a task link', () => {
    history.replaceState(null, '', '#top');
    feed = {};
    host.updated();
    expect(revealed).to.deep.equal([]);
  });

  it('follows hashchange while connected, not after', async () => {
    host.connect();
    location.hash = '#task-c';
    await until(() => revealed.length === 1, 2000, 'hashchange');
    expect(revealed).to.deep.equal(['c']);
    host.disconnect();
    location.hash = '#task-a';
    await new Promise((r) => setTimeout(r, 50));
    expect(revealed).to.deep.equal(['c']);
  });

  it('does not scroll or focus when the list has no such task', async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    history.replaceState(null, '', '#task-gone');
    await link.open();
    expect(revealed).to.deep.equal(['gone']);
    expect(host.renderRoot.contains(document.activeElement)).to.equal(false);
  });

  it('moves focus to a task after the next render (Show all)', () => {
    link.focusAfterUpdate('c');
    expect(document.activeElement!.textContent).to.not.equal('c');
    host.updated();
    expect(document.activeElement!.textContent).to.equal('c');
  });
});
