/**
 * The feed request starts when the element connects, before the feed layer (validator) has
 * arrived, and still joins the page's one request per URL; loading="lazy" still fetches nothing
 * until the element nears the viewport. The first test must stay first: it needs a page where no
 * widget has loaded the feed layer yet.
 */
import { expect } from '@open-wc/testing';
import '../../src/elements/civic-feed-summary/civic-feed-summary.js';
import '../../src/elements/civic-task-list/civic-task-list.js';
import '../../src/elements/civic-indicator-board/civic-indicator-board.js';
import { requestCount, resetFeeds, until } from '../support/helpers.js';

type Widget = HTMLElement & { state: string };

/** Counts the page's fetch calls for feed URLs under /test-feeds/ (the loader calls fetch at call time). */
function watchFetch(): { calls: string[]; restore(): void } {
  const original = globalThis.fetch;
  const calls: string[] = [];
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes('/test-feeds/') && !url.includes('/test-feeds/count')) calls.push(url);
    return original(input, init);
  }) as typeof fetch;
  return { calls, restore: () => (globalThis.fetch = original) };
}

function widget(tag: string, src: string, attrs: Record<string, string> = {}): Widget {
  const el = document.createElement(tag) as Widget;
  el.setAttribute('src', src);
  for (const [n, v] of Object.entries(attrs)) el.setAttribute(n, v);
  return el;
}

describe('the feed request at connect', () => {
  let watch: ReturnType<typeof watchFetch>;
  const made: Element[] = [];
  beforeEach(async () => {
    await resetFeeds();
    watch = watchFetch();
  });
  afterEach(() => {
    watch.restore();
    for (const el of made.splice(0)) el.remove();
  });

  it('is sent in the same task as the connect, while the feed layer is still on its way', async () => {
    const path = '/test-feeds/slow-good/early';
    const el = widget('civic-feed-summary', path);
    made.push(el);
    document.body.append(el);
    // No await since the append: the feed layer (an import) cannot have arrived yet.
    expect(watch.calls.length).to.equal(1);
    expect(new URL(watch.calls[0]).pathname).to.equal(path);
    expect(el.state).to.equal('loading');
    await until(() => el.state === 'ready', 6000, 'the feed');
    expect(await requestCount(path)).to.equal(1);
  });

  it('several widgets on one src, connected together: one request', async () => {
    const path = '/test-feeds/slow-good/shared';
    const els = ['civic-feed-summary', 'civic-task-list', 'civic-indicator-board', 'civic-feed-summary'].map((t) => widget(t, path));
    made.push(...els);
    document.body.append(...els);
    await until(() => els.every((e) => e.state !== 'loading'), 6000, 'every widget');
    expect(els.map((e) => e.state)).to.deep.equal(['ready', 'ready', 'empty', 'ready']);
    expect(watch.calls.length).to.equal(1);
    expect(await requestCount(path)).to.equal(1);
  });

  it('a widget connected after the first one got the feed joins it: still one request', async () => {
    const path = '/test-feeds/good/late-joiner';
    const first = widget('civic-feed-summary', path);
    made.push(first);
    document.body.append(first);
    await until(() => first.state === 'ready', 6000, 'the first');
    const second = widget('civic-task-list', path);
    made.push(second);
    document.body.append(second);
    await until(() => second.state === 'ready', 6000, 'the second');
    expect(await requestCount(path)).to.equal(1);
  });

  it('an element removed before its feed arrived lets the request go, and a new one tries again', async () => {
    const path = '/test-feeds/hang/removed';
    const el = widget('civic-feed-summary', path);
    document.body.append(el);
    expect(watch.calls.length).to.equal(1);
    el.remove();
    const again = widget('civic-feed-summary', path);
    made.push(again);
    document.body.append(again);
    expect(watch.calls.length).to.equal(2);
  });

  it('with a feed property, no request even with a src', async () => {
    const path = '/test-feeds/good/property';
    const el = widget('civic-feed-summary', path) as Widget & { feed: unknown };
    el.feed = { version: 1, lang: 'en', title: 'Given', timeZone: 'Asia/Shanghai', tasks: [] };
    made.push(el);
    document.body.append(el);
    await until(() => el.state !== 'loading', 6000, 'the feed');
    expect(watch.calls.length).to.equal(0);
  });
});

describe('a feed the page preloads', () => {
  beforeEach(resetFeeds);

  it('<link rel="preload" as="fetch" crossorigin>: the widget uses the preloaded answer, one download', async () => {
    const path = '/test-feeds/good/preloaded';
    const link = document.createElement('link');
    Object.assign(link, { rel: 'preload', as: 'fetch', href: path });
    link.setAttribute('crossorigin', '');
    document.head.append(link);
    await until(() => performance.getEntriesByName(link.href).length > 0, 6000, 'the preload');
    const el = widget('civic-feed-summary', path);
    document.body.append(el);
    try {
      await until(() => el.state === 'ready', 6000, 'the feed');
      expect(await requestCount(path)).to.equal(1);
    } finally {
      el.remove();
      link.remove();
    }
  });

  it('without the hint, the request carries no credentials', async () => {
    const { credentialsFor } = await import('../../src/feed/fetch.js');
    const url = new URL('/test-feeds/good/no-hint', location.href).href;
    expect(credentialsFor(url)).to.equal('omit');
    const link = document.createElement('link');
    Object.assign(link, { rel: 'preload', as: 'fetch', href: url });
    link.setAttribute('crossorigin', 'use-credentials');
    document.head.append(link);
    // use-credentials would send cookies everywhere: not followed.
    expect(credentialsFor(url)).to.equal('omit');
    link.setAttribute('crossorigin', 'anonymous');
    expect(credentialsFor(url)).to.equal('same-origin');
    link.remove();
  });
});

describe('loading="lazy" with the early request', () => {
  beforeEach(resetFeeds);

  it('fetches nothing before the element nears the viewport, then one request', async () => {
    const path = '/test-feeds/good/lazy-early';
    const watch = watchFetch();
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    const els = [widget('civic-feed-summary', path, { loading: 'lazy' }), widget('civic-task-list', path, { loading: 'lazy' })];
    document.body.append(spacer, ...els);
    try {
      await new Promise((r) => setTimeout(r, 400));
      expect(watch.calls.length).to.equal(0);
      expect(await requestCount(path)).to.equal(0);
      expect(els.map((e) => e.state)).to.deep.equal(['idle', 'idle']);
      els[0].scrollIntoView();
      await until(() => els.every((e) => e.state === 'ready'), 6000, 'lazy load');
      expect(watch.calls.length).to.equal(1);
      expect(await requestCount(path)).to.equal(1);
    } finally {
      watch.restore();
      spacer.remove();
      for (const el of els) el.remove();
    }
  });
});
