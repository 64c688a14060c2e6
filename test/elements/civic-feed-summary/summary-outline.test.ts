/** <civic-feed-summary>: heading-level (issue 20 item 1) and the date its figures are as of (issue 17 item 4). */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/civic-feed-summary/civic-feed-summary.js';
import type { CivicFeedSummary } from '../../../src/elements/civic-feed-summary/civic-feed-summary.js';
import { setPageLang, until } from '../../support/helpers.js';

const base = {
  version: 1,
  lang: 'en',
  title: { en: 'Test plan', 'zh-Hans': '测试规划' },
  timeZone: 'Asia/Shanghai',
  publisher: { name: 'Miyun' },
  sections: [{ id: 's1', title: 'One' }],
  tasks: [
    { id: 't1', section: 's1', title: 'A', status: 'completed', updated: '2024-08-15T10:00:00+08:00' },
    { id: 't2', section: 's1', title: 'B', status: 'in-progress' },
  ],
};

async function summary(feed: unknown, level = '') {
  const el = await fixture<CivicFeedSummary>(html`<civic-feed-summary heading-level=${level} .feed=${feed}></civic-feed-summary>`);
  await until(() => el.state === 'ready', 6000, 'summary ready');
  await el.updateComplete;
  return el;
}
const headings = (el: Element) => [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName);
const meta = (el: Element) => el.shadowRoot!.querySelector('[part=meta]')?.textContent!.replace(/\s+/g, ' ').trim();

describe('<civic-feed-summary>: outline and as-of', () => {
  beforeEach(() => setPageLang('en'));
  after(() => setPageLang('en'));

  it('default: its title is an h2', async () => {
    expect(headings(await summary(base))).to.deep.equal(['h2']);
  });

  for (const level of ['2', '4', '6']) {
    it(`heading-level="${level}": its title is an h${level}, still naming the card`, async () => {
      const el = await summary(base, level);
      expect(headings(el)).to.deep.equal([`h${level}`]);
      const region = el.shadowRoot!.querySelector('[part=summary]')!;
      expect(el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!.localName).to.equal(`h${level}`);
      await expect(el).to.be.accessible();
    });
  }

  it('heading-level="9" is ignored', async () => {
    expect(headings(await summary(base, '9'))).to.deep.equal(['h2']);
  });

  it("the figures are dated: the feed's updated (date and time)", async () => {
    const el = await summary({ ...base, updated: '2024-09-30T17:00:00+08:00' });
    expect(meta(el)).to.equal('Miyun · Updated September 30, 2024 at 5:00 PM');
  });

  it('without updated: "Figures as of" the newest item date', async () => {
    const el = await summary(base);
    expect(meta(el)).to.equal('Miyun · Figures as of August 15, 2024');
    await setPageLang('zh-Hans');
    await el.updateComplete;
    expect(meta(el)).to.equal('Miyun · 数据截至2024年8月15日');
  });

  it('without any date: no date line, only the publisher', async () => {
    const el = await summary({ ...base, tasks: [{ id: 't1', section: 's1', title: 'A', status: 'completed' }] });
    expect(meta(el)).to.equal('Miyun');
  });
});
