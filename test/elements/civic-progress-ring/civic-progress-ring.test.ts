import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/civic-progress-ring/civic-progress-ring.js';
import type { CivicProgressRing } from '../../../src/elements/civic-progress-ring/civic-progress-ring.js';
import { configureLoader, feedKey } from '../../../src/feed/load.js';
import { writeCachedFeed } from '../../../src/feed/cache.js';
import { resetFeeds } from '../../support/helpers.js';
import { poll, setLang } from './poll.js';
import { captureWarnings } from '../../support/helpers.js';

const root = (el: Element) => el.shadowRoot!;
const bar = (el: Element) => root(el).querySelector<HTMLElement>('[role=progressbar]')!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const center = (el: Element) => root(el).querySelector('[part=value]')!.textContent!.trim();
const settled = (el: CivicProgressRing) => poll(() => el.state !== 'loading' && el.state !== 'idle', 6000, 'feed');

/** Collects console.warn calls while `fn` runs. */
const warnings = captureWarnings;

describe('<civic-progress-ring>', () => {
  before(() => configureLoader({ retryDelay: 10, timeout: 1500 }));
  beforeEach(async () => {
    await resetFeeds();
    await setLang('en');
  });

  describe('standalone', () => {
    it('draws a partial ring with the percentage, amount, unit, date, and says it all in words', async () => {
      const el = await fixture<CivicProgressRing>(
        html`<civic-progress-ring label="Farmland" value="1.2" max="1.45" unit="万亩" as-of="2024-09-30"></civic-progress-ring>`,
      );
      expect(el.feedMode).to.equal(false);
      expect(center(el)).to.equal('83%');
      expect(text(el)).to.contain('1.2 / 1.45 万亩');
      expect(text(el)).to.contain('As of September 30, 2024');
      const b = bar(el);
      expect(b.getAttribute('aria-valuemin')).to.equal('0');
      expect(b.getAttribute('aria-valuemax')).to.equal('100');
      expect(b.getAttribute('aria-valuenow')).to.equal('83');
      expect(b.getAttribute('aria-valuetext')).to.equal('1.2 of 1.45 万亩, 83 percent, as of September 30, 2024');
      expect(root(el).getElementById(b.getAttribute('aria-labelledby')!)!.textContent).to.equal('Farmland');
      const svg = root(el).querySelector('svg')!;
      const fill = parseFloat(svg.style.getPropertyValue('--civic-ring-fill'));
      expect(fill).to.be.closeTo(82.76, 0.01);
      const arc = root(el).querySelector('[part=indicator]')!;
      for (const a of arc.getAnimations()) a.finish();
      expect(arc.getAttribute('pathLength')).to.equal('100');
      expect(getComputedStyle(arc).strokeDasharray).to.match(/^82\.7\d+(px)?, 100(px)?$/);
      expect(el.progress!.status).to.equal('partial');
      await expect(el).to.be.accessible();
    });

    it('shows "reached" as a visible state, not just a colour', async () => {
      const el = await fixture<CivicProgressRing>(html`<civic-progress-ring label="Clusters" value="4" target="4" unit="clusters"></civic-progress-ring>`);
      expect(center(el)).to.equal('100%');
      expect(text(el)).to.contain('Target reached');
      expect(root(el).querySelector('.mark-icon')!.textContent).to.equal('✓');
      expect(bar(el).getAttribute('aria-valuetext')).to.contain('Target reached');
      await expect(el).to.be.accessible();
    });

    it('shows the ring full with an "exceeded" mark and the real percentage', async () => {
      const el = await fixture<CivicProgressRing>(html`<civic-progress-ring label="Area" value="1.68" max="1.5" unit="万亩"></civic-progress-ring>`);
      expect(center(el)).to.equal('112%');
      expect(text(el)).to.contain('Target exceeded');
      expect(bar(el).getAttribute('aria-valuenow')).to.equal('100');
      expect(bar(el).getAttribute('aria-valuetext')).to.contain('112 percent');
      expect(parseFloat(root(el).querySelector('svg')!.style.getPropertyValue('--civic-ring-fill'))).to.equal(100);
      await expect(el).to.be.accessible();
    });

    it('computes "at-most" progress from the baseline down to the target', async () => {
      const el = await fixture<CivicProgressRing>(
        html`<civic-progress-ring label="Relapses" value="2" target="0" baseline="3" comparison="at-most" unit="villages"></civic-progress-ring>`,
      );
      expect(center(el)).to.equal('33%');
      expect(text(el)).to.contain('2 / ≤ 0 villages');
      expect(bar(el).getAttribute('aria-valuetext')).to.contain('2, target at most 0 villages, starting from 3 villages');
      await expect(el).to.be.accessible();
    });

    it('shows "no data yet" without a value, never 0 %', async () => {
      const el = await fixture<CivicProgressRing>(html`<civic-progress-ring label="Yield" max="378" unit="公斤/亩"></civic-progress-ring>`);
      expect(text(el)).to.contain('No data yet');
      expect(text(el)).to.contain('Target: 378 公斤/亩');
      expect(text(el)).to.not.contain('0%');
      expect(bar(el).hasAttribute('aria-valuenow')).to.equal(false);
      expect(root(el).querySelector('[part=indicator]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('updates when the value changes', async () => {
      const el = await fixture<CivicProgressRing>(html`<civic-progress-ring label="X" value="1" max="4" unit="u"></civic-progress-ring>`);
      expect(center(el)).to.equal('25%');
      el.value = 3;
      await el.updateComplete;
      expect(center(el)).to.equal('75%');
    });

    it('takes its diameter from the size attribute (a bare number is em)', async () => {
      const el = await fixture<CivicProgressRing>(html`<civic-progress-ring label="X" value="1" max="4" unit="u" size="10"></civic-progress-ring>`);
      const dial = root(el).querySelector<HTMLElement>('.dial')!;
      const em = parseFloat(getComputedStyle(dial).fontSize);
      expect(dial.getBoundingClientRect().width).to.be.closeTo(10 * em, 1);
      el.size = '5em';
      await el.updateComplete;
      expect(dial.getBoundingClientRect().width).to.be.closeTo(5 * em, 1);
    });

    it('warns web editors when a ring has no label, and still has an accessible name', async () => {
      let el!: CivicProgressRing;
      const warned = await warnings(async () => {
        el = await fixture<CivicProgressRing>(html`<civic-progress-ring value="1" max="2" unit="u"></civic-progress-ring>`);
      });
      expect(warned.some((w) => w.includes('no label'))).to.equal(true);
      expect(bar(el).getAttribute('aria-label')).to.equal('Progress');
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme, in every state', async () => {
      const wrap = await fixture(html`<div>
        <civic-progress-ring theme="dark" label="a" value="1" max="2" unit="u"></civic-progress-ring>
        <civic-progress-ring theme="dark" label="b" value="2" max="2" unit="u"></civic-progress-ring>
        <civic-progress-ring theme="dark" label="c" value="3" max="2" unit="u"></civic-progress-ring>
        <civic-progress-ring theme="dark" label="d" max="2" unit="u"></civic-progress-ring>
        <civic-progress-ring theme="dark" label="e" value="1" max="0" unit="u"></civic-progress-ring>
      </div>`);
      const rings = [...wrap.querySelectorAll('civic-progress-ring')];
      expect(rings.map((r) => r.progress!.status)).to.deep.equal(['partial', 'reached', 'exceeded', 'no-data', 'invalid']);
      expect(getComputedStyle(rings[0]).backgroundColor).to.equal('rgb(22, 25, 29)');
      await expect(wrap).to.be.accessible();
    });

    it('speaks Chinese on a Chinese page', async () => {
      await setLang('zh-CN');
      const el = await fixture<CivicProgressRing>(
        html`<civic-progress-ring label="高标准农田" value="1.2" max="1.45" unit="万亩" as-of="2024-09-30"></civic-progress-ring>`,
      );
      await el.updateComplete;
      const said = bar(el).getAttribute('aria-valuetext')!;
      expect(said).to.contain('2024年9月30日');
      expect(said).to.contain('1.45 万亩');
      expect(said).to.not.contain('percent');
      expect(text(el)).to.contain('截至');
      await expect(el).to.be.accessible();
    });

    it('animates only without a reduced-motion wish, and has forced-colors rules', () => {
      const el = document.createElement('civic-progress-ring');
      const sheets = (el.constructor as typeof CivicProgressRing).elementStyles.map((s) => (s as { cssText: string }).cssText).join('\n');
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(sheets);
      const rules = [...sheet.cssRules];
      const animated = (r: CSSRule) => /animation|transition/.test(r.cssText);
      const topLevelAnimated = rules.filter((r) => r instanceof CSSStyleRule && animated(r) && /indicator/.test(r.cssText));
      expect(topLevelAnimated).to.have.length(0);
      const motion = rules.filter((r) => r instanceof CSSMediaRule && r.conditionText.includes('prefers-reduced-motion: no-preference'));
      expect(motion.some((r) => /\.indicator[^{]*\{[^}]*animation/.test(r.cssText))).to.equal(true);
      const forced = rules.filter((r) => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'));
      expect(forced.some((r) => /stroke:\s*highlight/i.test(r.cssText))).to.equal(true);
    });
  });

  describe('bad input', () => {
    const cases: [string, () => ReturnType<typeof html>, string, string][] = [
      ['target 0', () => html`<civic-progress-ring label="X" value="1" max="0" unit="u"></civic-progress-ring>`, 'bad-target', 'target must be a number above zero'],
      ['a negative target', () => html`<civic-progress-ring label="X" value="1" target="-5" unit="u"></civic-progress-ring>`, 'bad-target', 'target must be a number above zero'],
      ['value NaN', () => html`<civic-progress-ring label="X" .value=${NaN} max="5" unit="u"></civic-progress-ring>`, 'bad-value', 'current value is not a number'],
      ['a value that is a word', () => html`<civic-progress-ring label="X" value="twelve" max="5" unit="u"></civic-progress-ring>`, 'bad-value', 'current value is not a number'],
      ['at-most without a baseline', () => html`<civic-progress-ring label="X" value="1" max="0" comparison="at-most" unit="u"></civic-progress-ring>`, 'no-baseline', 'needs a starting value'],
      ['an unknown comparison', () => html`<civic-progress-ring label="X" value="1" max="5" comparison="above" unit="u"></civic-progress-ring>`, 'unknown-comparison', 'higher or a lower value is better'],
    ];
    for (const [name, template, reason, message] of cases) {
      it(`${name}: a clearly worded "cannot compute" state with a warning`, async () => {
        let el!: CivicProgressRing;
        const warned = await warnings(async () => {
          el = await fixture<CivicProgressRing>(template());
        });
        expect(el.progress!.status).to.equal('invalid');
        expect(el.progress!.reason).to.equal(reason);
        expect(text(el)).to.contain(message);
        expect(text(el)).to.not.match(/\d+%/);
        expect(bar(el).hasAttribute('aria-valuenow')).to.equal(false);
        expect(bar(el).getAttribute('aria-valuetext')).to.contain(message);
        expect(warned.some((w) => w.includes(reason))).to.equal(true);
        await expect(el).to.be.accessible();
      });
    }

    it('value null: "no data yet"', async () => {
      const el = await fixture<CivicProgressRing>(html`<civic-progress-ring label="X" .value=${null} max="5" unit="u"></civic-progress-ring>`);
      expect(el.progress!.status).to.equal('no-data');
      expect(text(el)).to.contain('No data yet');
      await expect(el).to.be.accessible();
    });

    it('a missing unit: the numbers without one, and a warning', async () => {
      let el!: CivicProgressRing;
      const warned = await warnings(async () => {
        el = await fixture<CivicProgressRing>(html`<civic-progress-ring label="X" value="3" max="4"></civic-progress-ring>`);
      });
      expect(root(el).querySelector('.amount')!.textContent!.trim()).to.equal('3 / 4');
      expect(bar(el).getAttribute('aria-valuetext')).to.equal('3 of 4, 75 percent');
      expect(warned.some((w) => w.includes('no unit'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('feed text and attributes are rendered as text, never markup', async () => {
      const el = await fixture<CivicProgressRing>(html`<civic-progress-ring .label=${'<img src=x>'} value="1" max="2" .unit=${'<b>u</b>'}></civic-progress-ring>`);
      expect(root(el).querySelector('img, b')).to.equal(null);
      expect(text(el)).to.contain('<img src=x>');
    });
  });

  describe('from a feed', () => {
    it('loads the feed code on demand and takes everything from the indicator', async () => {
      const el = await fixture<CivicProgressRing>(
        html`<civic-progress-ring src="/test-feeds/miyun/ring-a" indicator="high-standard-farmland"></civic-progress-ring>`,
      );
      expect(el.feedMode).to.equal(true);
      expect(el.state).to.equal('loading');
      expect(root(el).querySelector('[part=loading]')).to.not.equal(null);
      await settled(el);
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(root(el).querySelector('[part=label]')!.textContent).to.equal('High-standard farmland built this year');
      expect(center(el)).to.equal('68%');
      expect(bar(el).getAttribute('aria-valuetext')).to.equal('0.98 of 1.45 10,000 mu, 68 percent, as of September 30, 2024');
      expect(root(el).querySelector('[part=sample-badge]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows a reached at-most indicator from the feed', async () => {
      const el = await fixture<CivicProgressRing>(
        html`<civic-progress-ring src="/test-feeds/miyun/ring-b" indicator="weak-village-relapse" label="Relapse"></civic-progress-ring>`,
      );
      await settled(el);
      await el.updateComplete;
      expect(root(el).querySelector('[part=label]')!.textContent).to.equal('Relapse');
      expect(el.progress!.comparison).to.equal('at-most');
      expect(el.progress!.status).to.equal('reached');
      expect(text(el)).to.contain('Target reached');
    });

    it('an indicator id that is not in the feed: a clear message and a warning', async () => {
      let el!: CivicProgressRing;
      const warned = await warnings(async () => {
        el = await fixture<CivicProgressRing>(html`<civic-progress-ring src="/test-feeds/miyun/ring-c" indicator="no-such-thing"></civic-progress-ring>`);
        await settled(el);
        await el.updateComplete;
      });
      expect(text(el)).to.contain('The indicator "no-such-thing" is not in this feed.');
      expect(root(el).querySelector('[role=progressbar]')).to.equal(null);
      expect(warned.some((w) => w.includes('no-such-thing'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('shows the error state with the fallback content when the feed fails', async () => {
      const el = await fixture<CivicProgressRing>(html`<civic-progress-ring src="/test-feeds/not-found/ring" indicator="x">
        <a href="/plan.pdf">The plan (PDF)</a>
      </civic-progress-ring>`);
      await settled(el);
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(text(el)).to.contain('could not be found');
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('shows the last good copy with a notice when the network fails', async () => {
      const path = '/test-feeds/server-error/ring-stale';
      const cached = { version: 1, lang: 'en', indicators: [{ id: 'a', title: 'Roads', unit: 'km', target: 30, value: 15 }] };
      writeCachedFeed(feedKey(path), JSON.stringify(cached), new Date('2024-09-30T09:00:00Z'));
      const el = await fixture<CivicProgressRing>(html`<civic-progress-ring src=${path} indicator="a"></civic-progress-ring>`);
      await settled(el);
      await el.updateComplete;
      expect(el.state).to.equal('stale');
      expect(root(el).querySelector('[part=stale-notice]')!.textContent).to.contain('Could not refresh');
      expect(center(el)).to.equal('50%');
      await expect(el).to.be.accessible();
    });

    it('takes the feed property too', async () => {
      const feed = {
        version: 1,
        lang: 'en',
        indicators: [{ id: 'a', title: 'Roads', unit: 'km', target: 30, value: 22.6, asOf: '2024-09-30' }],
      };
      const el = await fixture<CivicProgressRing>(html`<civic-progress-ring indicator="a" .feed=${feed}></civic-progress-ring>`);
      await settled(el);
      await el.updateComplete;
      expect(center(el)).to.equal('75%');
      expect(text(el)).to.contain('22.6 / 30 km');
      expect(root(el).querySelector('[part=sample-badge]')).to.equal(null);
    });
  });
});
