/**
 * The time-zone data warm-up (src/internal/prefetch.ts): a widget whose feed is on its way makes
 * the default zone's date formatter in an idle moment before the feed arrives (the engine's first
 * Intl.DateTimeFormat with a time zone is the costliest single step of the first render on a slow
 * phone); loading="lazy" does nothing before the element nears the viewport. The element tests
 * come first: they need a page where no formatter for the zone has been made yet.
 */
import { expect } from '@open-wc/testing';
import '../../src/elements/civic-feed-summary/civic-feed-summary.js';
import { DEFAULT_TIME_ZONE, dateFormat } from '../../src/feed/dates.js';
import { warmTimeZoneData, whenIdle } from '../../src/internal/prefetch.js';
import { resetFeeds, until } from '../support/helpers.js';

type Widget = HTMLElement & { state: string };

/**
 * Records the time zones of the Intl.DateTimeFormat objects made while it watches, and when the
 * time-zone check's formatter (dates.ts isTimeZone: 'en' with only the zone) was first made.
 */
function watchDateFormats(): { zones: string[]; checkAt(): number | undefined; restore(): void } {
  let checkAt: number | undefined;
  const Original = Intl.DateTimeFormat;
  const zones: string[] = [];
  const Watched = function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
    zones.push(args[1]?.timeZone ?? '(none)');
    if (args[0] === 'en' && args[1]?.timeZone === DEFAULT_TIME_ZONE && Object.keys(args[1]).length === 1) checkAt ??= performance.now();
    return new Original(...args);
  } as unknown as typeof Intl.DateTimeFormat;
  Object.defineProperty(Watched, 'prototype', { value: Original.prototype });
  Watched.supportedLocalesOf = Original.supportedLocalesOf;
  Intl.DateTimeFormat = Watched;
  return { zones, checkAt: () => checkAt, restore: () => void (Intl.DateTimeFormat = Original) };
}

describe('the time-zone data warm-up', () => {
  beforeEach(resetFeeds);

  it('loading="lazy": nothing before the element nears the viewport; once it does, the formatter is made before the feed has arrived', async () => {
    const watch = watchDateFormats();
    // When the feed's answer reached the page (the validator's own check comes after it).
    const originalFetch = globalThis.fetch;
    let answeredAt: number | undefined;
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      originalFetch(input, init).then((res) => {
        if (String(input).includes('/test-feeds/slow-good/')) answeredAt ??= performance.now();
        return res;
      })) as typeof fetch;
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    const el = document.createElement('civic-feed-summary') as Widget;
    el.setAttribute('src', '/test-feeds/slow-good/warm');
    el.setAttribute('loading', 'lazy');
    document.body.append(spacer, el);
    try {
      await new Promise((r) => setTimeout(r, 400));
      expect(el.state).to.equal('idle');
      expect(watch.zones).to.not.include(DEFAULT_TIME_ZONE);
      el.scrollIntoView();
      await until(() => el.state === 'ready', 6000, 'the feed');
      // slow-good answers after 300 ms: the warm-up comes first.
      expect(watch.checkAt(), 'the time-zone check formatter').to.be.a('number');
      expect(answeredAt, 'the answer').to.be.a('number');
      expect(watch.checkAt()).to.be.below(answeredAt!);
    } finally {
      globalThis.fetch = originalFetch;
      watch.restore();
      spacer.remove();
      el.remove();
    }
  });

  it('waits for the scheduler (never runs in the connect itself), and leaves the formatter cached', () => {
    const tasks: (() => void)[] = [];
    warmTimeZoneData((task) => tasks.push(task));
    expect(tasks.length).to.equal(1);
    tasks[0]();
    const watch = watchDateFormats();
    try {
      dateFormat('en', { timeZone: DEFAULT_TIME_ZONE });
      expect(watch.zones).to.deep.equal([]);
    } finally {
      watch.restore();
    }
  });

  it('whenIdle runs the task later, not at once', async () => {
    let ran = false;
    whenIdle(() => (ran = true));
    expect(ran).to.equal(false);
    await until(() => ran, 2000, 'the idle task');
  });
});
