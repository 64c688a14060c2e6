/** Runs in a page of its own, so the opened part's code is not loaded yet when it starts. */
import { expect } from '@open-wc/testing';
import { DetailsLoader, loadDetails } from '../../../../src/elements/civic-task-list/controllers/details-loader.js';
import { until } from '../wait.js';
import { FakeHost } from './fake-host.js';

describe('DetailsLoader', () => {
  it('asks for the code on first use, renders again when it is in, and is waited for once', async () => {
    const host = new FakeHost();
    const details = new DetailsLoader(host);
    expect(details.pending(), 'nothing asked for yet').to.equal(undefined);
    expect(details.current).to.equal(undefined);
    expect(details.get()).to.equal(undefined);
    const pending = details.pending();
    expect(pending).to.be.an.instanceOf(Promise);
    expect(details.pending(), 'waited for once').to.equal(undefined);
    await pending;
    await until(() => host.updates === 1, 2000, 'render');
    expect(details.current!.detailsView).to.be.a('function');
    expect(details.get()).to.equal(details.current);
    expect(details.pending(), 'nothing to wait for once it is in').to.equal(undefined);
    expect(await loadDetails()).to.equal(details.current);
  });
});
