import { expect } from '@open-wc/testing';
import { CopyLinkController } from '../../../../src/elements/civic-task-list/controllers/copy-link.js';
import { setPageLang, until } from '../wait.js';
import { FakeHost } from './fake-host.js';

describe('CopyLinkController', () => {
  before(() => setPageLang('en'));
  afterEach(() => {
    delete (navigator as { clipboard?: unknown }).clipboard;
  });

  it('copies the task\'s link and says so', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    const host = new FakeHost();
    const copy = new CopyLinkController(host);
    copy.copy('a b');
    await until(() => copy.state !== undefined, 2000, 'copied');
    expect(copied).to.deep.equal([location.href.split('#')[0] + '#task-a%20b']);
    expect(copy.state).to.deep.equal({ id: 'a b', ok: true, link: copied[0] });
    expect(copy.announcement).to.equal('Link copied');
    expect(host.updates).to.equal(1);
    host.disconnect();
  });

  it('without a clipboard, keeps the link to show, then focuses and selects its field', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    const host = new FakeHost();
    const field = document.createElement('input');
    field.className = 'link-field';
    field.value = 'the link';
    host.renderRoot.append(field);
    document.body.append(host.renderRoot);
    try {
      const copy = new CopyLinkController(host);
      copy.copy('t2');
      await until(() => document.activeElement === field, 2000, 'focus');
      expect(copy.state).to.deep.include({ id: 't2', ok: false });
      expect(copy.announcement).to.contain('Ctrl+C');
      expect(field.selectionEnd).to.equal(field.value.length);
    } finally {
      host.renderRoot.remove();
    }
  });
});
