/**
 * The embed configurator: its feed check says how old the feed is and why it matters, and it
 * offers heading-level and stale-after. Fixed clocks around the Miyun sample's date (2024-09-30).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/configurator/configurator-app.js';
import type { CivicEmbedConfigurator } from '../../src/configurator/configurator-app.js';
import { setPageLang, until } from '../support/helpers.js';
import { fixClock } from '../internal/fixed-clock.js';

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function configuratorAt(now: string): Promise<CivicEmbedConfigurator> {
  const restore = fixClock(now);
  try {
    const el = await fixture<CivicEmbedConfigurator>(html`<civic-embed-configurator></civic-embed-configurator>`);
    el.src = '/test-feeds/miyun';
    await (el as unknown as { checkFeed(): Promise<void> }).checkFeed();
    await el.updateComplete;
    return el;
  } finally {
    restore();
  }
}

const select = (el: Element, id: string) => root(el).querySelector<HTMLSelectElement>(`#${id}`);

describe('<civic-embed-configurator>: data age and the new choices', () => {
  before(() => setPageLang('en'));

  it('the feed check says how old the feed is, and the 14-day rule', async function () {
    this.timeout(60_000);
    const el = await configuratorAt('2026-12-01T12:00:00+08:00');
    const age = text(root(el).querySelector('[part=check-age]'));
    expect(age).to.contain('Data as of September 30, 2024: 792 days old.');
    expect(age).to.contain('国办秘函〔2019〕19号');
    expect(age).to.contain('Older than 90 days (stale-after): residents see a notice');

    const fresh = await configuratorAt('2024-10-03T12:00:00+08:00');
    const freshAge = text(root(fresh).querySelector('[part=check-age]'));
    expect(freshAge).to.contain('3 days old');
    expect(freshAge).to.contain('Updated within 14 days');
    expect(freshAge).to.contain('after 90 days (stale-after)');
  });

  it('the check follows the stale-after choice', async function () {
    this.timeout(60_000);
    const el = await configuratorAt('2024-11-01T12:00:00+08:00');
    const input = root(el).querySelector<HTMLInputElement>('#opt-stale-after')!;
    expect(text(root(el).querySelector('[part=check-age]'))).to.contain('after 90 days');
    input.value = '30';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(text(root(el).querySelector('[part=check-age]'))).to.contain('Older than 30 days (stale-after)');
    expect(root(el).querySelector('textarea')!.value).to.contain('stale-after="30"');
    await until(() => root(el).querySelector('.preview civic-task-list')?.getAttribute('stale-after') === '30', 4000, 'preview');
  });

  it('offers heading-level with the widget default, not for the ring', async function () {
    this.timeout(60_000);
    const el = await configuratorAt('2024-10-03T12:00:00+08:00');
    const level = select(el, 'opt-heading-level')!;
    expect([...level.options].map((o) => o.value)).to.deep.equal(['', '2', '3', '4', '5', '6']);
    expect(level.options[0].textContent).to.contain('h3');
    level.value = '2';
    level.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(root(el).querySelector('textarea')!.value).to.contain('heading-level="2"');

    const widget = select(el, 'widget')!;
    widget.value = 'civic-indicator-board';
    widget.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(select(el, 'opt-heading-level')!.options[0].textContent).to.contain('h2');

    widget.value = 'civic-progress-ring';
    widget.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(select(el, 'opt-heading-level')).to.equal(null);
    expect(root(el).querySelector('#opt-stale-after')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<civic-embed-configurator>: preload hints', () => {
  before(() => setPageLang('en'));

  // The self-host manifest.json beside the page (dist/self-host/): the configurator reads the chunk names from it.
  const manifest = {
    name: 'civic-widgets',
    files: [
      { path: 'civic-widgets.js', integrity: 'sha384-test' },
      { path: 'chunks/all-civic-widgets-RF_TWSxv.js' },
      { path: 'chunks/all-feed-layer-0QbIKadx.js' },
      { path: 'chunks/all-zh-Hans-widgets-Cv6Rw78b.js' },
      { path: 'chunks/all-lunar-Dld8U4WS.js' },
    ],
  };
  let realFetch: typeof fetch;
  beforeEach(() => {
    realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      new URL(String(input instanceof Request ? input.url : input), location.href).pathname.endsWith('/manifest.json')
        ? Promise.resolve(new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } }))
        : realFetch(input, init);
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  const box = (el: Element) => root(el).querySelector<HTMLInputElement>('#opt-preload')!;
  const code = (el: Element) => root(el).querySelector('textarea')!.value;
  const tick = async (el: CivicEmbedConfigurator, input: HTMLInputElement, on: boolean) => {
    input.checked = on;
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
  };

  it('the box adds the feed and the chunks named by the manifest, before the script; unticked, they go', async function () {
    this.timeout(60_000);
    const el = await configuratorAt('2024-10-03T12:00:00+08:00');
    await until(() => el.selfHost.files?.length === 5, 4000, 'manifest read');
    expect(code(el)).to.not.contain('<link');
    expect(box(el).checked).to.equal(false);
    expect(box(el).getAttribute('aria-describedby')).to.equal('hint-preload');
    expect(text(root(el).querySelector('#hint-preload'))).to.contain('faster on slow mobile networks');

    await tick(el, box(el), true);
    const lines = code(el).split('\n');
    expect(lines[0]).to.equal('<link rel="preload" as="fetch" crossorigin href="/test-feeds/miyun">');
    const base = new URL('.', location.href).href;
    expect(lines).to.include(`<link rel="modulepreload" href="${base}chunks/all-feed-layer-0QbIKadx.js">`);
    expect(lines).to.include(`<link rel="modulepreload" href="${base}chunks/all-civic-widgets-RF_TWSxv.js">`);
    const script = lines.findIndex((l) => l.startsWith('<script type="module"'));
    expect(script).to.be.greaterThan(lines.findLastIndex((l) => l.startsWith('<link')));
    expect(lines[script]).to.contain('integrity="sha384-test"');
    await expect(el).to.be.accessible();

    await tick(el, box(el), false);
    expect(code(el)).to.not.contain('<link');
    expect(code(el)).to.contain('<civic-task-list src="/test-feeds/miyun">');
  });

  it('a lazy widget gets no hints, and the hint says why', async function () {
    this.timeout(60_000);
    const el = await configuratorAt('2024-10-03T12:00:00+08:00');
    await tick(el, box(el), true);
    expect(code(el)).to.contain('rel="preload"');
    await tick(el, root(el).querySelector<HTMLInputElement>('#opt-lazy')!, true);
    expect(code(el)).to.not.contain('<link');
    expect(code(el)).to.contain('loading="lazy"');
    expect(text(root(el).querySelector('#hint-preload'))).to.contain('Not for a lazy widget');
    await expect(el).to.be.accessible();
  });

  it('the iframe form has no hints (its page preloads for itself)', async function () {
    this.timeout(60_000);
    const el = await configuratorAt('2024-10-03T12:00:00+08:00');
    await tick(el, box(el), true);
    const iframe = root(el).querySelector<HTMLInputElement>('#form-iframe')!;
    iframe.checked = true;
    iframe.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(code(el)).to.contain('<iframe');
    expect(code(el)).to.not.contain('<link');
  });
});
