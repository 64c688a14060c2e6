import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/civic-feed-summary/civic-feed-summary.js';
import type { CivicFeedSummary } from '../../../src/elements/civic-feed-summary/civic-feed-summary.js';
import { configureLoader, feedKey } from '../../../src/feed/load.js';
import { writeCachedFeed } from '../../../src/feed/cache.js';
import { defineElement } from '../../../src/internal/define.js';
import { requestCount, resetFeeds, setPageLang, until } from '../../support/helpers.js';

const feed = {
  version: 1,
  lang: 'en',
  title: { en: 'Test plan', 'zh-Hans': '测试规划' },
  sample: true,
  sections: [{ id: 's1', title: 'One' }],
  tasks: [
    { id: 't1', section: 's1', title: 'A', status: 'completed' },
    { id: 't2', section: 's1', title: 'B', status: 'bogus' },
  ],
};

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const settled = (el: CivicFeedSummary) => until(() => el.state !== 'loading' && el.state !== 'idle', 6000, 'feed');
/** Three summaries on one feed URL. */
async function threeOn(path: string): Promise<CivicFeedSummary[]> {
  const wrap = await fixture(html`<div>
    <civic-feed-summary src=${path}></civic-feed-summary>
    <civic-feed-summary src=${path}></civic-feed-summary>
    <civic-feed-summary src=${path}></civic-feed-summary>
  </div>`);
  return [...wrap.querySelectorAll<CivicFeedSummary>('civic-feed-summary')];
}

describe('<civic-feed-summary> and the shared feed controller', () => {
  before(() => configureLoader({ retryDelay: 10, timeout: 1500 }));
  beforeEach(async () => {
    await resetFeeds();
    await setPageLang('en');
  });

  it('renders from the feed property and reports problems', async () => {
    const el = await fixture<CivicFeedSummary>(html`<civic-feed-summary .feed=${feed}></civic-feed-summary>`);
    expect(el.state).to.equal('ready');
    expect(text(el)).to.contain('Test plan');
    expect(el.problems.map((p) => p.code)).to.deep.equal(['unknown-status']);
    // The region is named by its visible heading (which carries the title's language).
    const region = el.shadowRoot!.querySelector('section')!;
    const heading = el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent).to.equal('Test plan');
    await expect(el).to.be.accessible();
  });

  it('keeps a number in the title on one line at 200 % text in a narrow box ("2024年" never split)', async () => {
    const title = '密云区关于深入学习运用“千万工程”经验有力有效做好2024年乡村全面振兴工作的任务清单';
    const box = document.createElement('div');
    box.style.setProperty('width', '150px');
    box.style.setProperty('font-size', '200%');
    const el = await fixture<CivicFeedSummary>(html`<civic-feed-summary .feed=${{ ...feed, lang: 'zh-Hans', title }}></civic-feed-summary>`, { parentNode: box });
    const h = el.shadowRoot!.querySelector('.title')!;
    expect(h.textContent).to.equal(title);
    const kept = h.querySelector('.nobr')!;
    expect(kept.textContent).to.equal('2024年');
    expect(getComputedStyle(kept).whiteSpace).to.equal('nowrap');
    const range = document.createRange();
    range.selectNodeContents(kept);
    expect(new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size).to.equal(1);
  });

  it('fires civic-feed-load with the feed', async () => {
    const el = document.createElement('civic-feed-summary');
    el.feed = feed;
    const event = oneEvent(document.body, 'civic-feed-load');
    document.body.append(el);
    const { detail } = await event;
    expect(detail.feed.tasks).to.have.length(2);
    expect(detail.source).to.equal('property');
    el.remove();
  });

  it('reads inline JSON inside the tag', async () => {
    const el = await fixture<CivicFeedSummary>(html`<civic-feed-summary>
      <script type="application/json">
        {"version": 1, "title": "Inline plan", "tasks": [{"id": "x", "title": "X", "status": "delayed"}]}
      </script>
    </civic-feed-summary>`);
    expect(el.state).to.equal('ready');
    expect(text(el)).to.contain('Inline plan');
  });

  it('shows the sample badge for a sample feed, and not otherwise', async () => {
    const el = await fixture<CivicFeedSummary>(html`<civic-feed-summary .feed=${feed}></civic-feed-summary>`);
    expect(el.shadowRoot!.querySelector('[part=sample-badge]')?.textContent).to.contain('Sample data');
    el.feed = { ...feed, sample: false };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=sample-badge]')).to.equal(null);
  });

  it('loads from src: a skeleton of the final height first, then the content', async () => {
    const el = await fixture<CivicFeedSummary>(html`<civic-feed-summary src="/test-feeds/slow-good/src"></civic-feed-summary>`);
    expect(el.state).to.equal('loading');
    const skeleton = el.shadowRoot!.querySelector('[part=loading]')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(50);
    await expect(el).to.be.accessible();
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(text(el)).to.contain('Test plan');
  });

  it('makes one request for three elements on one URL', async () => {
    const path = '/test-feeds/slow-good/three';
    const els = await threeOn(path);
    await Promise.all(els.map(settled));
    expect(els.map((e) => e.state)).to.deep.equal(['ready', 'ready', 'ready']);
    expect(await requestCount(path)).to.equal(1);
  });

  it('widgets that get one feed together render it one a task, not all in one long task', async () => {
    const path = '/test-feeds/slow-good/turns';
    const els = await threeOn(path);
    // When a widget gets the feed, those that got it before have rendered it already.
    const loaded: CivicFeedSummary[] = [];
    const othersRendered: boolean[] = [];
    for (const el of els) {
      el.addEventListener('civic-feed-load', () => {
        othersRendered.push(loaded.every((other) => !other.isUpdatePending && other.shadowRoot!.textContent!.includes('Test plan')));
        loaded.push(el);
      });
    }
    await Promise.all(els.map(settled));
    expect(loaded.length).to.equal(3);
    expect(othersRendered).to.deep.equal([true, true, true]);
    expect(await requestCount(path)).to.equal(1);
  });

  for (const [name, path, message] of [
    ['404', '/test-feeds/not-found/el', 'could not be found'],
    ['500', '/test-feeds/server-error/el', 'could not be loaded right now'],
    ['invalid JSON', '/test-feeds/invalid-json/el', 'could not be read'],
    ['an HTML page served as 200', '/test-feeds/html/el', 'could not be read'],
    ['a timeout', '/test-feeds/hang/el', 'could not be loaded right now'],
  ] as const) {
    it(`shows the error state and keeps the fallback content visible on ${name}`, async () => {
      const errors: CustomEvent[] = [];
      const el = await fixture<CivicFeedSummary>(html`<civic-feed-summary src=${path} @civic-feed-error=${(e: CustomEvent) => errors.push(e)}>
        <a href="/plan.pdf">The plan (PDF)</a>
      </civic-feed-summary>`);
      await settled(el);
      expect(el.state).to.equal('error');
      expect(text(el)).to.contain(message);
      expect(errors).to.have.length(1);
      const link = el.querySelector('a')!;
      const box = link.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(0);
      expect(box.height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  }

  it('retries from the error state', async () => {
    const el = await fixture<CivicFeedSummary>(html`<civic-feed-summary src="/test-feeds/not-found/retry"></civic-feed-summary>`);
    await settled(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
    expect(el.state).to.equal('loading');
    await settled(el);
    expect(el.state).to.equal('error');
    expect(await requestCount('/test-feeds/not-found/retry')).to.equal(2);
  });

  it('shows the last good copy with a notice when the network fails', async () => {
    const path = '/test-feeds/server-error/stale';
    writeCachedFeed(feedKey(path), JSON.stringify(feed), new Date('2024-09-30T09:00:00Z'));
    const el = await fixture<CivicFeedSummary>(html`<civic-feed-summary src=${path}></civic-feed-summary>`);
    await settled(el);
    expect(el.state).to.equal('stale');
    const notice = el.shadowRoot!.querySelector('[part=stale-notice]')!;
    expect(notice.textContent).to.contain('Could not refresh');
    expect(notice.textContent).to.contain('2024');
    expect(text(el)).to.contain('Test plan');
    await expect(el).to.be.accessible();
  });

  it('shows the error state with no source at all', async () => {
    const el = await fixture<CivicFeedSummary>(html`<civic-feed-summary>Fallback text</civic-feed-summary>`);
    expect(el.state).to.equal('error');
    expect(text(el)).to.contain('No data source');
  });

  it('shows the empty state for a feed with nothing in it', async () => {
    const el = await fixture<CivicFeedSummary>(html`<civic-feed-summary .feed=${{ version: 1 }}></civic-feed-summary>`);
    expect(el.state).to.equal('empty');
    expect(el.shadowRoot!.querySelector('[part=empty]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lists the problems on the element with the debug attribute', async () => {
    const el = await fixture<CivicFeedSummary>(html`<civic-feed-summary debug .feed=${feed}></civic-feed-summary>`);
    const panel = el.shadowRoot!.querySelector('[part=debug]')!;
    expect(panel.textContent).to.contain('/tasks/1/status');
  });

  it('renders feed text as text, never as markup', async () => {
    const hostile = { version: 1, title: '<img src=x onerror="window.__pwned=1">', tasks: [] };
    const el = await fixture<CivicFeedSummary>(html`<civic-feed-summary .feed=${hostile}></civic-feed-summary>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el)).to.contain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('follows <html lang>, and changes language with it', async () => {
    const el = await fixture<CivicFeedSummary>(html`<civic-feed-summary .feed=${feed}></civic-feed-summary>`);
    expect(text(el)).to.contain('Test plan');
    expect(text(el)).to.contain('Sample data');
    await setPageLang('zh-CN');
    await el.updateComplete;
    expect(text(el)).to.contain('测试规划');
    expect(text(el)).to.contain('示例数据');
    await expect(el).to.be.accessible();
  });

  it('never throws when an element is defined twice', () => {
    const calls: unknown[] = [];
    const original = console.info;
    console.info = (...args: unknown[]) => calls.push(args);
    try {
      expect(() => defineElement('civic-feed-summary', class extends HTMLElement {})).to.not.throw();
    } finally {
      console.info = original;
    }
    expect(calls).to.have.length(1);
  });
});

describe('loading="lazy"', () => {
  beforeEach(resetFeeds);

  it('does not fetch until the element nears the viewport', async () => {
    const path = '/test-feeds/good/lazy';
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 5000px"></div>
      <civic-feed-summary loading="lazy" src=${path}></civic-feed-summary>
    </div>`);
    const el = wrap.querySelector('civic-feed-summary')!;
    await new Promise((r) => setTimeout(r, 300));
    expect(await requestCount(path)).to.equal(0);
    expect(el.state).to.equal('idle');
    el.scrollIntoView();
    await until(() => el.state === 'ready', 4000, 'lazy load');
    expect(await requestCount(path)).to.equal(1);
  });
});
