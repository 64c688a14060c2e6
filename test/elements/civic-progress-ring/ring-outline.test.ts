/** <civic-progress-ring>: no headings at any heading-level (issue 20 item 1); every figure dated (issue 17 item 4). */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/civic-progress-ring/civic-progress-ring.js';
import type { CivicProgressRing } from '../../../src/elements/civic-progress-ring/civic-progress-ring.js';
import { setPageLang, until } from '../../support/helpers.js';

const feed = {
  version: 1,
  lang: 'en',
  timeZone: 'Asia/Shanghai',
  updated: '2024-09-30T23:30:00+08:00',
  sections: [],
  tasks: [],
  indicators: [
    { id: 'own', title: 'Farmland', unit: 'mu', target: 10, value: 6, asOf: '2024-06-30' },
    { id: 'none', title: 'Roads', unit: 'km', target: 30, value: 12 },
  ],
};

const asOf = (el: Element) => el.shadowRoot!.querySelector('.as-of')?.textContent;
const valueText = (el: Element) => el.shadowRoot!.querySelector('[role=progressbar]')!.getAttribute('aria-valuetext');

describe('<civic-progress-ring>: outline and as-of', () => {
  beforeEach(() => setPageLang('en'));

  for (const level of ['', '2', '4', '6']) {
    it(`has no headings (heading-level="${level}"): its label is not a heading`, async () => {
      const standalone = await fixture<CivicProgressRing>(
        html`<civic-progress-ring heading-level=${level} label="Farmland" value="6" target="10" unit="mu"></civic-progress-ring>`,
      );
      expect(standalone.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')).to.have.length(0);
      const fromFeed = await fixture<CivicProgressRing>(html`<civic-progress-ring heading-level=${level} indicator="own" .feed=${feed}></civic-progress-ring>`);
      await until(() => fromFeed.state === 'ready' && !!asOf(fromFeed), 8000, 'ring ready');
      expect(fromFeed.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')).to.have.length(0);
    });
  }

  it("from a feed: the indicator's own date, else the feed's data date (in the feed's time zone)", async () => {
    const own = await fixture<CivicProgressRing>(html`<civic-progress-ring indicator="own" .feed=${feed}></civic-progress-ring>`);
    await until(() => own.state === 'ready' && !!asOf(own), 8000, 'ring ready');
    expect(asOf(own)).to.equal('As of June 30, 2024');
    const none = await fixture<CivicProgressRing>(html`<civic-progress-ring indicator="none" .feed=${feed}></civic-progress-ring>`);
    await until(() => none.state === 'ready' && !!asOf(none), 8000, 'ring ready');
    expect(asOf(none)).to.equal('As of September 30, 2024');
    expect(valueText(none)).to.equal('12 of 30 km, 40 percent, as of September 30, 2024');
    await expect(none).to.be.accessible();
  });

  it('from a feed with no date at all: no as-of line (nothing made up)', async () => {
    const bare = { ...feed, updated: undefined, indicators: [feed.indicators[1]] };
    const el = await fixture<CivicProgressRing>(html`<civic-progress-ring indicator="none" .feed=${bare}></civic-progress-ring>`);
    await until(() => el.state === 'ready' && !!el.shadowRoot!.querySelector('[role=progressbar]'), 8000, 'ring ready');
    expect(asOf(el)).to.equal(undefined);
    expect(valueText(el)).to.not.contain('as of');
  });

  it('standalone: the as-of attribute, with the shared date formatter, in Chinese too', async () => {
    const el = await fixture<CivicProgressRing>(html`<civic-progress-ring label="Farmland" value="6" target="10" unit="mu" as-of="2024-09-30"></civic-progress-ring>`);
    expect(asOf(el)).to.equal('As of September 30, 2024');
    await setPageLang('zh-Hans');
    await el.updateComplete;
    expect(asOf(el)).to.equal('截至2024年9月30日');
    await setPageLang('en');
  });
});
