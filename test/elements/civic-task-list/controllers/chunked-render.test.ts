import { expect } from '@open-wc/testing';
import { ALL_AT_ONCE, ChunkedRenderController, FIRST_CHUNK, NEXT_CHUNK, nextChunkSize, warmWhenIdle } from '../../../../src/elements/civic-task-list/controllers/chunked-render.js';
import { until } from '../wait.js';
import { FakeHost } from './fake-host.js';

/** A model whose warm-up takes `steps` calls. */
function warmable(steps: number) {
  return {
    calls: 0,
    warm(): boolean {
      return ++this.calls >= steps;
    },
  };
}

describe('chunked rendering', () => {
  describe('nextChunkSize', () => {
    it('scales the chunk to take about 6 ms', () => {
      expect(nextChunkSize(24, 6)).to.equal(24);
      expect(nextChunkSize(24, 12)).to.equal(12);
      expect(nextChunkSize(24, 3)).to.equal(48);
    });

    it('keeps between 8 and 200 tasks, and takes a 0 ms chunk as 1 ms', () => {
      expect(nextChunkSize(24, 1000)).to.equal(8);
      expect(nextChunkSize(100, 0.5)).to.equal(200);
      expect(nextChunkSize(10, 0)).to.equal(60);
      expect(nextChunkSize(10, -5)).to.equal(60);
    });
  });

  describe('warmWhenIdle', () => {
    it('warms a little at a time until done, then runs what comes next, once', async () => {
      const model = warmable(3);
      let after = 0;
      warmWhenIdle(model, () => after++);
      expect(model.calls, 'nothing at once').to.equal(0);
      await until(() => after === 1, 4000, 'then');
      expect(model.calls).to.equal(3);
      await new Promise((r) => setTimeout(r, 100));
      expect(after).to.equal(1);
    });
  });

  describe('ChunkedRenderController', () => {
    it('renders a short list whole, then warms its model up in idle time', async () => {
      const host = new FakeHost();
      let warmed = 0;
      const chunks = new ChunkedRenderController(host, () => warmed++);
      expect(host.controllers).to.include(chunks);
      const model = warmable(1);
      expect(chunks.take(ALL_AT_ONCE, model)).to.equal(ALL_AT_ONCE);
      chunks.take(ALL_AT_ONCE, model);
      await until(() => warmed === 1, 4000, 'warm-up');
      expect(host.updates, 'no chunk was scheduled').to.equal(0);
      await new Promise((r) => setTimeout(r, 100));
      expect(warmed, 'a model is warmed once').to.equal(1);
    });

    it('renders a long list a chunk at a time, asking for a render for each', async () => {
      const host = new FakeHost();
      const chunks = new ChunkedRenderController(host, () => undefined);
      const model = warmable(1);
      expect(chunks.take(500, model)).to.equal(FIRST_CHUNK);
      chunks.take(500, model);
      await until(() => host.updates === 1, 4000, 'next chunk');
      host.updated();
      expect(chunks.take(500, model)).to.equal(FIRST_CHUNK + NEXT_CHUNK);
    });

    it('reach and restart set how many tasks the next render shows', () => {
      const host = new FakeHost();
      const chunks = new ChunkedRenderController(host, () => undefined);
      const model = warmable(1);
      chunks.reach(300);
      expect(chunks.take(500, model)).to.equal(300);
      chunks.reach(10);
      expect(chunks.take(500, model), 'never less than before').to.equal(300);
      chunks.restart();
      expect(chunks.take(500, model)).to.equal(FIRST_CHUNK);
    });

    it('adds nothing for a host that left the page', async () => {
      const host = new FakeHost();
      const chunks = new ChunkedRenderController(host, () => undefined);
      chunks.take(500, warmable(1));
      host.isConnected = false;
      await new Promise((r) => setTimeout(r, 200));
      expect(host.updates).to.equal(0);
      expect(chunks.take(500, warmable(1))).to.equal(FIRST_CHUNK);
    });
  });
});
