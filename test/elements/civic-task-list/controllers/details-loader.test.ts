/** Runs in a page of its own, so the opened part's code is not loaded yet when it starts. */
import { expect } from '@open-wc/testing';
import { DetailsLoader, loadDetails } from '../../../../src/elements/civic-task-list/controllers/details-loader.js';
import { until } from '../wait.js';
import { FakeHost } from './fake-host.js';

describe('DetailsLoader', () => {
  it('asks for the code on first use, hands the load to waitFor, renders again when it is in', async () => {
    const host = new FakeHost();
    const waited: Promise<unknown>[] = [];
    const details = new DetailsLoader(host, (work) => (waited.push(work), work));
    expect(details.current).to.equal(undefined);
    expect(waited, 'nothing asked for yet').to.have.length(0);
    expect(details.get()).to.equal(undefined);
    expect(waited).to.have.length(1);
    await waited[0];
    await until(() => host.updates === 1, 2000, 'render');
    expect(details.current!.detailsView).to.be.a('function');
    expect(details.get()).to.equal(details.current);
    expect(waited, 'nothing more to wait for once it is in').to.have.length(1);
    expect(await loadDetails()).to.equal(details.current);
  });
});
