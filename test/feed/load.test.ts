import { expect } from '@open-wc/testing';
import { loadFeed, requestFeed, feedKey, FeedLoadError } from '../../src/feed/load.js';
import { readCachedFeed, writeCachedFeed } from '../../src/feed/cache.js';
import { requestCount, resetFeeds } from '../support/helpers.js';

const fast = { retryDelay: 10, timeout: 2000 };

async function failure(p: Promise<unknown>): Promise<FeedLoadError> {
  try {
    await p;
  } catch (e) {
    return e as FeedLoadError;
  }
  throw new Error('expected the load to fail');
}

describe('feed loader', () => {
  beforeEach(resetFeeds);

  it('loads and validates a feed', async () => {
    const r = await loadFeed('/test-feeds/good/a', new AbortController().signal, fast);
    expect(r.feed.tasks.map((t) => t.id)).to.deep.equal(['t1']);
    expect(r.stale).to.equal(undefined);
  });

  it('gives an http error for 404 without retrying', async () => {
    const e = await failure(loadFeed('/test-feeds/not-found/a', new AbortController().signal, fast));
    expect(e.kind).to.equal('http');
    expect(e.status).to.equal(404);
    expect(await requestCount('/test-feeds/not-found/a')).to.equal(1);
  });

  it('retries a 500 twice, then fails', async () => {
    const e = await failure(loadFeed('/test-feeds/server-error/a', new AbortController().signal, fast));
    expect(e.status).to.equal(500);
    expect(await requestCount('/test-feeds/server-error/a')).to.equal(3);
  });

  it('succeeds after two 503 answers', async () => {
    const r = await loadFeed('/test-feeds/flaky/a', new AbortController().signal, fast);
    expect(r.feed.tasks).to.have.length(1);
    expect(await requestCount('/test-feeds/flaky/a')).to.equal(3);
  });

  it('times out', async () => {
    const e = await failure(loadFeed('/test-feeds/hang/a', new AbortController().signal, { ...fast, timeout: 150 }));
    expect(e.kind).to.equal('timeout');
  });

  it('reports invalid JSON', async () => {
    const e = await failure(loadFeed('/test-feeds/invalid-json/a', new AbortController().signal, fast));
    expect(e.kind).to.equal('not-json');
    expect(e.problems[0].code).to.equal('not-json');
  });

  it('refuses an HTML page served with status 200', async () => {
    const e = await failure(loadFeed('/test-feeds/html/a', new AbortController().signal, fast));
    expect(e.kind).to.equal('not-feed');
  });

  it('refuses an unsupported version', async () => {
    const e = await failure(loadFeed('/test-feeds/version-2/a', new AbortController().signal, fast));
    expect(e.kind).to.equal('invalid');
    expect(e.problems[0].code).to.equal('version');
  });

  it('keeps the last good copy and shows it when the network fails', async () => {
    const good = '/test-feeds/good/cache';
    await loadFeed(good, new AbortController().signal, fast);
    const saved = readCachedFeed(good);
    expect(saved?.text).to.contain('First task');

    const failing = feedKey('/test-feeds/server-error/cache');
    writeCachedFeed(failing, saved!.text, new Date('2024-09-30T09:00:00Z'));
    const r = await loadFeed(failing, new AbortController().signal, fast);
    expect(r.stale?.savedAt).to.equal('2024-09-30T09:00:00.000Z');
    expect(r.stale?.error.status).to.equal(500);
    expect(r.feed.tasks[0].id).to.equal('t1');
  });

  it('does not throw when storage is full', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(writeCachedFeed('/x', '{}')).to.equal(false);
      const r = await loadFeed('/test-feeds/good/full', new AbortController().signal, fast);
      expect(r.feed.tasks).to.have.length(1);
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('shares one request between callers of the same URL', async () => {
    const a = requestFeed('/test-feeds/slow-good/share');
    const b = requestFeed('/test-feeds/slow-good/share');
    const c = requestFeed(feedKey('/test-feeds/slow-good/share'));
    expect(a.result).to.equal(b.result);
    await Promise.all([a.result, b.result, c.result]);
    expect(await requestCount('/test-feeds/slow-good/share')).to.equal(1);
  });

  it('aborts the request when the last user releases it', async () => {
    const a = requestFeed('/test-feeds/hang/abort');
    const b = requestFeed('/test-feeds/hang/abort');
    a.release();
    b.release();
    const e = await failure(a.result);
    expect(e.kind).to.equal('aborted');
  });

  it('keeps the request while one user still needs it', async () => {
    const a = requestFeed('/test-feeds/slow-good/keep');
    const b = requestFeed('/test-feeds/slow-good/keep');
    a.release();
    const r = await b.result;
    expect(r.feed.tasks).to.have.length(1);
  });
});
