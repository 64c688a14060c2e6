/**
 * The feed request's retries: full jitter on the exponential backoff, Retry-After (seconds or
 * an HTTP date, capped), with a fake clock (node:test's mock timers) and an injected random.
 */
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import { fetchFeedText, parseRetryAfter, retryWait } from '../../src/feed/fetch.ts';
import { FeedLoadError } from '../../src/feed/errors.ts';

const URL = 'https://data.example.org/feed.json';
const FEED = '{"version":1}';

/** A fetch answering from `answers` in turn, recording when (fake clock) each call came. */
function scripted(answers: (() => Response)[]) {
  const calls: number[] = [];
  const fake = (async () => {
    calls.push(Date.now());
    const next = answers[Math.min(calls.length - 1, answers.length - 1)];
    return next();
  }) as typeof fetch;
  return { fake, calls };
}

const status = (code: number, headers: Record<string, string> = {}) => () => new Response('busy', { status: code, headers });
const ok = () => new Response(FEED, { status: 200, headers: { 'content-type': 'application/json' } });

/** Lets the loader's promises run, then moves the fake clock on by `ms`. */
async function advance(ms: number): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  mock.timers.tick(ms);
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

/** Ticks the fake clock 1 ms at a time until `p` settles (at most `limit` ms). */
async function run<T>(p: Promise<T>, limit = 120_000): Promise<T> {
  let done = false;
  const watched = p.finally(() => (done = true));
  watched.catch(() => undefined);
  for (let t = 0; !done && t < limit; t += 50) await advance(50);
  return watched;
}

describe('retry waits (full jitter)', () => {
  const o = { retryDelay: 800, maxRetryAfter: 30_000 };

  it('waits a random part of the doubled step: 0 with random 0, just under the step with random near 1', () => {
    assert.equal(retryWait(0, { ...o, random: () => 0 }), 0);
    assert.equal(retryWait(0, { ...o, random: () => 0.999 }), 799);
    assert.equal(retryWait(1, { ...o, random: () => 0.5 }), 800);
    assert.equal(retryWait(2, { ...o, random: () => 0.5 }), 1600);
  });

  it('spreads many clients over the window instead of one instant', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const waits = Array.from({ length: 1000 }, () => retryWait(1, { ...o, random })!);
    assert.ok(waits.every((w) => w >= 0 && w < 1600));
    const distinct = new Set(waits.map((w) => Math.floor(w / 100)));
    assert.equal(distinct.size, 16, 'every 100 ms slice of the 1.6 s window gets clients');
  });

  it('after Retry-After: that pause plus the jitter; over the cap: no retry', () => {
    assert.equal(retryWait(0, { ...o, random: () => 0.5 }, 5000), 5400);
    assert.equal(retryWait(0, { ...o, random: () => 0.5 }, 30_000), 30_400);
    assert.equal(retryWait(0, { ...o, random: () => 0.5 }, 30_001), undefined);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  it('reads delay-seconds', () => assert.equal(parseRetryAfter('120', now), 120_000));
  it('reads an HTTP date', () => assert.equal(parseRetryAfter('Tue, 01 Dec 2026 12:00:10 GMT', now), 10_000));
  it('a date in the past is 0', () => assert.equal(parseRetryAfter('Tue, 01 Dec 2026 11:00:00 GMT', now), 0));
  it('ignores missing, empty, negative and unreadable values', () => {
    for (const bad of [null, undefined, '', '  ', '-5', '1.5', 'soon']) assert.equal(parseRetryAfter(bad, now), undefined, String(bad));
  });
});

describe('fetchFeedText retries on a fake clock', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout', 'Date'], now: Date.parse('2026-12-01T12:00:00Z') }));
  afterEach(() => mock.timers.reset());

  it('retries a 503 after the jittered waits the random source decides', async () => {
    const { fake, calls } = scripted([status(503), status(503), ok]);
    const randoms = [0.25, 0.75];
    const text = await run(fetchFeedText(URL, new AbortController().signal, { fetch: fake, retryDelay: 800, retries: 2, random: () => randoms.shift()! }));
    assert.equal(text, FEED);
    const t0 = calls[0];
    // Retry 0: 0.25 × 800 = 200 ms; retry 1: 0.75 × 1600 = 1200 ms later (to the 50 ms tick).
    assert.deepEqual(calls.map((t) => t - t0), [0, 200, 1400]);
  });

  it('two clients with different random draws come back at different instants', async () => {
    const a = scripted([status(500), ok]);
    const b = scripted([status(500), ok]);
    await run(Promise.all([
      fetchFeedText(URL, new AbortController().signal, { fetch: a.fake, random: () => 0.1 }),
      fetchFeedText(URL, new AbortController().signal, { fetch: b.fake, random: () => 0.6 }),
    ]));
    assert.notEqual(a.calls[1], b.calls[1]);
    assert.equal(b.calls[1] - a.calls[1], 400);
  });

  it('honours Retry-After in seconds on a 429 (plus jitter)', async () => {
    const { fake, calls } = scripted([status(429, { 'retry-after': '3' }), ok]);
    await run(fetchFeedText(URL, new AbortController().signal, { fetch: fake, random: () => 0.5 }));
    assert.equal(calls[1] - calls[0], 3000 + 400);
  });

  it('honours Retry-After as an HTTP date on a 503', async () => {
    const at = new Date(Date.now() + 5000).toUTCString();
    const { fake, calls } = scripted([status(503, { 'retry-after': at }), ok]);
    await run(fetchFeedText(URL, new AbortController().signal, { fetch: fake, random: () => 0 }));
    assert.equal(calls[1] - calls[0], 5000);
  });

  it('gives up at once when Retry-After is over the cap', async () => {
    const { fake, calls } = scripted([status(503, { 'retry-after': '3600' }), ok]);
    const error = await run(fetchFeedText(URL, new AbortController().signal, { fetch: fake, maxRetryAfter: 30_000 })).then(
      () => assert.fail('expected a failure'),
      (e: unknown) => e as FeedLoadError,
    );
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 503);
    assert.equal(calls.length, 1);
  });

  it('does not retry a 404, whatever Retry-After says', async () => {
    const { fake, calls } = scripted([status(404, { 'retry-after': '1' }), ok]);
    await assert.rejects(run(fetchFeedText(URL, new AbortController().signal, { fetch: fake })), (e: FeedLoadError) => e.status === 404);
    assert.equal(calls.length, 1);
  });

  it('stops after `retries` further attempts', async () => {
    const { fake, calls } = scripted([status(500)]);
    await assert.rejects(run(fetchFeedText(URL, new AbortController().signal, { fetch: fake, retries: 3, random: () => 0.5 })), (e: FeedLoadError) => e.status === 500);
    assert.equal(calls.length, 4);
  });

  it('an abort during the wait ends it as aborted, without another request', async () => {
    const { fake, calls } = scripted([status(503, { 'retry-after': '10' }), ok]);
    const controller = new AbortController();
    const p = fetchFeedText(URL, controller.signal, { fetch: fake });
    p.catch(() => undefined);
    await advance(1000);
    controller.abort();
    await assert.rejects(run(p), (e: FeedLoadError) => e.kind === 'aborted');
    assert.equal(calls.length, 1);
  });
});
