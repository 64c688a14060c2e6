/**
 * The age of the data, in every feed widget (state-views.ts's staleNotice, data-age.ts): the
 * quiet "Data updated" line, the notice past `stale-after`, the could-not-refresh notice's two
 * dates, the editors' console warning and debug line. Fixed clocks around the feed's date.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { CivicFeedElement } from '../../src/internal/civic-feed-element.js';
import { FeedController } from '../../src/internal/feed-controller.js';
import { defineElement } from '../../src/internal/define.js';
import { baseStyles } from '../../src/internal/tokens.js';
import { debugPanel, staleNotice, stateStyles } from '../../src/internal/state-views.js';
import { agoText, dataAgeWords, staleAfterDays } from '../../src/internal/data-age.js';
import { STALE_AFTER_DAYS, feedTimeliness } from '../../src/feed/timeliness.js';
import { configureLoader, feedKey } from '../../src/feed/load.js';
import { writeCachedFeed } from '../../src/feed/cache.js';
import { captureWarnings, resetFeeds, setPageLang, until } from '../support/helpers.js';
import { fixClock } from './fixed-clock.js';
import type { Feed } from '../../src/feed/types.js';

/** A feed last updated on 30 September 2024, in Beijing (as the Miyun sample). */
const feed = (extra: Record<string, unknown> = {}) => ({
  version: 1,
  lang: 'en',
  title: 'Age test plan',
  timeZone: 'Asia/Shanghai',
  updated: '2024-09-30T17:00:00+08:00',
  sections: [],
  tasks: [{ id: 't1', title: 'One task', status: 'in-progress', progress: 40 }],
  indicators: [],
  events: [],
  ...extra,
});

/** The smallest feed widget: the age pieces every widget renders, nothing else. */
class TestAgeWidget extends CivicFeedElement {
  static override styles = [...baseStyles, stateStyles];
  protected override readonly feedCtrl = new FeedController(this, { requireSource: false });
  override render() {
    return litHtml`${staleNotice(this.feedCtrl)}<p>${this.state}</p>${debugPanel(this.feedCtrl, this.debug)}`;
  }
}
defineElement('test-age-widget', TestAgeWidget);

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const ageLine = (el: Element) => root(el).querySelector('[part~=data-age]');
const oldNotice = (el: Element) => root(el).querySelector('[part~=old-data]');
const settled = (el: CivicFeedElement) => until(() => el.state !== 'loading' && el.state !== 'idle', 6000, 'feed');

async function widgetAt(now: string, attrs: { staleAfter?: string; debug?: boolean; data?: object } = {}): Promise<TestAgeWidget> {
  const restore = fixClock(now);
  try {
    const el = await fixture<TestAgeWidget>(
      html`<test-age-widget .feed=${attrs.data ?? feed()} stale-after=${attrs.staleAfter ?? '90'} ?debug=${attrs.debug ?? false}></test-age-widget>`,
    );
    await el.updateComplete;
    return el;
  } finally {
    restore();
  }
}

describe('data age: the shared state views', () => {
  before(async () => {
    configureLoader({ retryDelay: 10, timeout: 1500 });
    await setPageLang('en');
  });
  afterEach(() => resetFeeds());

  it('before the feed date: the quiet line only, no notice', async () => {
    const el = await widgetAt('2024-09-15T12:00:00+08:00');
    expect(text(ageLine(el))).to.equal('Data updated September 30, 2024');
    expect(ageLine(el)!.getAttribute('part')).to.equal('data-age');
    expect(oldNotice(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('exactly stale-after (90) days old: still the quiet line', async () => {
    const el = await widgetAt('2024-12-29T12:00:00+08:00');
    expect(text(ageLine(el))).to.equal('Data updated September 30, 2024');
    expect(oldNotice(el)).to.equal(null);
  });

  it('one day past stale-after: a calm notice with the date and how old it is', async () => {
    const el = await widgetAt('2024-12-30T12:00:00+08:00');
    const notice = oldNotice(el)!;
    expect(notice).to.not.equal(null);
    expect(notice.getAttribute('role')).to.equal('status');
    expect(text(notice)).to.equal('Last updated September 30, 2024, 3 months ago');
    // One line about the age, never two.
    expect(root(el).querySelectorAll('[part~=data-age]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('two years later: over 26 months, and it is not a red alert', async () => {
    const el = await widgetAt('2026-12-01T15:58:00+08:00');
    const notice = oldNotice(el)! as HTMLElement;
    expect(text(notice)).to.equal('Last updated September 30, 2024, over 26 months ago');
    const style = getComputedStyle(notice);
    expect(style.borderInlineStartColor).to.not.equal(getComputedStyle(el).getPropertyValue('--civic-color-danger'));
    expect(style.fontSize.endsWith('px')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('respects stale-after="30"', async () => {
    const at = '2024-11-01T12:00:00+08:00'; // 32 days
    expect(oldNotice(await widgetAt(at))).to.equal(null);
    const el = await widgetAt(at, { staleAfter: '30' });
    expect(text(oldNotice(el))).to.equal('Last updated September 30, 2024, over 1 month ago');
    const days = await widgetAt('2024-10-12T12:00:00+08:00', { staleAfter: '10' });
    expect(text(oldNotice(days))).to.equal('Last updated September 30, 2024, 12 days ago');
    const one = await widgetAt('2024-10-01T12:00:00+08:00', { staleAfter: '0' });
    expect(text(oldNotice(one))).to.equal('Last updated September 30, 2024, 1 day ago');
  });

  it('a bad stale-after means the default, 90', async () => {
    expect(staleAfterDays('abc')).to.equal(90);
    expect(staleAfterDays(-3)).to.equal(90);
    expect(staleAfterDays(30)).to.equal(30);
    expect(oldNotice(await widgetAt('2024-11-01T12:00:00+08:00', { staleAfter: 'soon' }))).to.equal(null);
    expect(oldNotice(await widgetAt('2025-01-01T12:00:00+08:00', { staleAfter: 'soon' }))).to.not.equal(null);
  });

  it('without updated: the newest item date', async () => {
    const data = feed({ updated: undefined, tasks: [{ id: 't1', title: 'T', status: 'in-progress', updated: '2024-08-01T10:00:00+08:00' }] });
    const el = await widgetAt('2024-08-05T12:00:00+08:00', { data });
    expect(text(ageLine(el))).to.equal('Data updated August 1, 2024');
  });

  it('a feed with no date at all: no line, no notice', async () => {
    const el = await widgetAt('2026-12-01T12:00:00+08:00', { data: feed({ updated: undefined }) });
    expect(ageLine(el)).to.equal(null);
  });

  it('words it in Chinese', async () => {
    await setPageLang('zh-CN');
    try {
      const old = await widgetAt('2026-12-01T15:58:00+08:00');
      expect(text(oldNotice(old))).to.equal('数据更新于 2024年9月30日，已超过 26 个月未更新');
      const fresh = await widgetAt('2024-10-01T12:00:00+08:00');
      expect(text(ageLine(fresh))).to.equal('数据更新于 2024年9月30日');
      const exact = await widgetAt('2024-12-30T12:00:00+08:00');
      expect(text(oldNotice(exact))).to.equal('数据更新于 2024年9月30日，已 3 个月未更新');
      const days = await widgetAt('2024-10-12T12:00:00+08:00', { staleAfter: '10' });
      expect(text(oldNotice(days))).to.equal('数据更新于 2024年9月30日，已 12 天未更新');
      await expect(old).to.be.accessible();

      const path = '/test-feeds/server-error/age-stale-zh';
      writeCachedFeed(feedKey(path), JSON.stringify(feed()), new Date('2026-12-01T07:58:00Z'));
      const restore = fixClock('2026-12-01T16:30:00+08:00');
      let stale: TestAgeWidget;
      try {
        stale = await fixture<TestAgeWidget>(html`<test-age-widget src=${path}></test-age-widget>`);
        await settled(stale);
        await stale.updateComplete;
      } finally {
        restore();
      }
      expect(text(root(stale).querySelector('[part=stale-notice]'))).to.match(
        /^无法刷新：当前显示的是 2026年12月1日 15:58 保存的副本。 ?数据更新于 2024年9月30日，已超过 26 个月未更新。$/,
      );
    } finally {
      await setPageLang('en');
    }
  });

  it('agoText: plural and singular in English', () => {
    const f = feed() as unknown as Feed;
    const words = (now: string) => agoText(feedTimeliness(f, new Date(now), 0), 'Asia/Shanghai', new Date(now), 'en');
    expect(words('2024-10-30T12:00:00+08:00')).to.equal('1 month ago');
    expect(words('2024-11-02T12:00:00+08:00')).to.equal('over 1 month ago');
    expect(words('2024-10-02T12:00:00+08:00')).to.equal('2 days ago');
    expect(words('2026-09-30T12:00:00+08:00')).to.equal('24 months ago');
  });

  it('could not refresh: when the copy was saved, and how old its data is, apart', async () => {
    const path = '/test-feeds/server-error/age-stale';
    writeCachedFeed(feedKey(path), JSON.stringify(feed()), new Date('2026-12-01T07:58:00Z'));
    const restore = fixClock('2026-12-01T16:30:00+08:00');
    let el: TestAgeWidget;
    try {
      el = await fixture<TestAgeWidget>(html`<test-age-widget src=${path}></test-age-widget>`);
      await settled(el);
      await el.updateComplete;
    } finally {
      restore();
    }
    expect(el.state).to.equal('stale');
    const notice = root(el).querySelector('[part=stale-notice]')!;
    expect(text(notice)).to.equal(
      'Could not refresh: this copy was saved on December 1, 2026 at 3:58 PM. Last updated September 30, 2024, over 26 months ago.',
    );
    // The data's age is inside the one notice, not a second one.
    expect(root(el).querySelectorAll('[part~=data-age]')).to.have.length(1);
    expect(notice.querySelector('[part~=data-age]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('could not refresh, fresh data: both dates, no "ago"', async () => {
    const path = '/test-feeds/server-error/age-stale-fresh';
    writeCachedFeed(feedKey(path), JSON.stringify(feed()), new Date('2024-10-02T02:00:00Z'));
    const restore = fixClock('2024-10-03T12:00:00+08:00');
    let el: TestAgeWidget;
    try {
      el = await fixture<TestAgeWidget>(html`<test-age-widget src=${path}></test-age-widget>`);
      await settled(el);
      await el.updateComplete;
    } finally {
      restore();
    }
    expect(text(root(el).querySelector('[part=stale-notice]'))).to.equal(
      'Could not refresh: this copy was saved on October 2, 2024 at 10:00 AM. Data updated September 30, 2024.',
    );
  });

  it('warns editors once per feed URL when the feed is older than 14 days', async () => {
    const path = '/test-feeds/good/age-warn';
    const restore = fixClock('2026-12-01T12:00:00+08:00');
    let warned: string[];
    try {
      warned = await captureWarnings(async () => {
        const wrap = await fixture(html`<div>
          <test-age-widget src=${path}></test-age-widget>
          <test-age-widget src=${path}></test-age-widget>
        </div>`);
        const els = [...wrap.querySelectorAll<TestAgeWidget>('test-age-widget')];
        await until(() => els.every((e) => e.state === 'ready'), 6000, 'both ready');
      });
    } finally {
      restore();
    }
    // The test route's feed has no date at all: no age warning.
    expect(warned.filter((w) => w.includes('days old'))).to.have.length(0);

    const old = feed();
    const restore2 = fixClock('2024-10-15T12:00:00+08:00'); // 15 days
    try {
      warned = await captureWarnings(async () => {
        const el = await fixture<TestAgeWidget>(html`<test-age-widget .feed=${old}></test-age-widget>`);
        await el.updateComplete;
        el.feed = { ...old };
        await el.updateComplete;
        const fresh = await fixture<TestAgeWidget>(html`<test-age-widget .feed=${feed({ updated: '2024-10-10' })}></test-age-widget>`);
        await fresh.updateComplete;
      });
    } finally {
      restore2();
    }
    const age = warned.filter((w) => w.includes('days old'));
    expect(age).to.have.length(1);
    expect(age[0]).to.contain('<test-age-widget>');
    expect(age[0]).to.contain('15 days old');
    expect(age[0]).to.contain('国办秘函〔2019〕19号');
    expect(age[0]).to.contain('after 90 days (stale-after)');
  });

  it('warns once for two elements on one old feed URL', async () => {
    const path = '/test-feeds/server-error/age-warn-url';
    writeCachedFeed(feedKey(path), JSON.stringify(feed()), new Date('2024-10-20T00:00:00Z'));
    const restore = fixClock('2024-10-20T12:00:00+08:00');
    let warned: string[];
    try {
      warned = await captureWarnings(async () => {
        const wrap = await fixture(html`<div>
          <test-age-widget src=${path}></test-age-widget>
          <test-age-widget src=${path}></test-age-widget>
        </div>`);
        const els = [...wrap.querySelectorAll<TestAgeWidget>('test-age-widget')];
        await until(() => els.every((e) => e.state === 'stale'), 6000, 'both stale');
      });
    } finally {
      restore();
    }
    const age = warned.filter((w) => w.includes('days old'));
    expect(age).to.have.length(1);
    expect(age[0]).to.contain(path);
  });

  it('the debug view says how old the feed is and why it matters', async () => {
    const el = await widgetAt('2026-12-01T12:00:00+08:00', { debug: true });
    const line = text(root(el).querySelector('[part=debug-age]'));
    expect(line).to.contain('Data as of September 30, 2024: 792 days old.');
    expect(line).to.contain('Older than 14 days');
    expect(line).to.contain('国办秘函〔2019〕19号');
    expect(line).to.contain('Older than 90 days (stale-after)');
    await expect(el).to.be.accessible();

    const fresh = await widgetAt('2024-10-05T12:00:00+08:00', { debug: true });
    const freshLine = text(root(fresh).querySelector('[part=debug-age]'));
    expect(freshLine).to.contain('5 days old');
    expect(freshLine).to.contain('Updated within 14 days');
    expect(freshLine).to.contain('after 90 days (stale-after)');

    const none = await widgetAt('2026-12-01T12:00:00+08:00', { debug: true, data: feed({ updated: undefined }) });
    expect(text(root(none).querySelector('[part=debug-age]'))).to.contain('no date at all');
  });

  it('dataAgeWords: the feed layer decides, this file only words', () => {
    const f = feed() as unknown as Feed;
    const w = dataAgeWords(f, new Date('2026-12-01T12:00:00+08:00'), undefined, 'en');
    expect(w.stale).to.equal(true);
    expect(w.editorStale).to.equal(true);
    expect(w.age).to.deep.equal({ days: 792, months: 26, years: 2 });
  });

  it("the base element's default stale-after is timeliness.ts's STALE_AFTER_DAYS", () => {
    const el = document.createElement('test-age-widget') as TestAgeWidget;
    expect(el.staleAfter).to.equal(STALE_AFTER_DAYS);
    expect(staleAfterDays(undefined)).to.equal(STALE_AFTER_DAYS);
  });

  it('wraps at 320 px with 200 % text, nothing scrolls sideways', async () => {
    const restore = fixClock('2026-12-01T12:00:00+08:00');
    let wrap: HTMLElement;
    try {
      wrap = await fixture<HTMLElement>(html`<div style="width: 320px; font-size: 200%">
        <test-age-widget .feed=${feed()}></test-age-widget>
      </div>`);
      await wrap.querySelector<TestAgeWidget>('test-age-widget')!.updateComplete;
    } finally {
      restore();
    }
    const el = wrap.querySelector('test-age-widget')!;
    const notice = oldNotice(el) as HTMLElement;
    expect(notice.scrollWidth).to.be.at.most(notice.clientWidth + 1);
    expect(el.scrollWidth).to.be.at.most(320);
    expect(notice.getBoundingClientRect().height).to.be.greaterThan(60); // it wrapped
  });
});
