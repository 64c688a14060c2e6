import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, LitElement } from 'lit';
import { CivicFeedElement } from '../../src/internal/civic-feed-element.js';
import { FeedController } from '../../src/internal/feed-controller.js';
import { defineElement } from '../../src/internal/define.js';
import type { FeedLoadDetail, IndicatorSelectDetail } from '../../src/internal/events.js';

const feed = {
  version: 1,
  lang: 'en',
  title: 'Base test plan',
  sections: [],
  tasks: [{ id: 't1', title: 'One task', status: 'completed' }],
  indicators: [],
  events: [],
};

/** The smallest feed widget: a controller with an option, a render, and the base's helpers opened up. */
class TestFeedWidget extends CivicFeedElement {
  static override properties = { extra: { state: true } };
  declare extra: string;
  protected override readonly feedCtrl = new FeedController(this, { isEmpty: (f) => f.tasks.length === 0, requireSource: false });

  constructor() {
    super();
    this.extra = '';
  }

  override render() {
    return litHtml`<p>${this.state}:${this.extra}</p><span id="inner"></span>`;
  }

  fireSelect(detail: IndicatorSelectDetail, cancelable?: boolean): boolean {
    return this.emit('civic-indicator-select', detail, { cancelable });
  }

  wait<T>(p: Promise<T>): Promise<T> {
    return this.waitFor(p);
  }

  /** Never called: `npx tsc --noEmit` fails if emit or a listener accepted the wrong detail. */
  typeChecks(): void {
    // @ts-expect-error civic-month-change's detail is { month }
    this.emit('civic-month-change', { id: 'x' });
    // @ts-expect-error not one of the widgets' events
    this.emit('civic-unknown', {});
    // @ts-expect-error civic-feed-load's detail has no `month`
    this.addEventListener('civic-feed-load', (e) => e.detail.month);
  }

  get controller(): FeedController {
    return this.feedCtrl;
  }
}
defineElement('test-feed-widget', TestFeedWidget);

/** A widget without a controller (as the ring is in standalone mode). */
class TestBareWidget extends CivicFeedElement {
  override render() {
    return litHtml`<p>bare</p>`;
  }
}
defineElement('test-bare-widget', TestBareWidget);

const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;

describe('CivicFeedElement', () => {
  it('updateComplete waits for the feed layer and validation: a feed property is rendered when it resolves', async () => {
    // The first widget of this page: the feed layer is still to be loaded.
    const el = await fixture<TestFeedWidget>(html`<test-feed-widget .feed=${feed}></test-feed-widget>`);
    expect(el.state).to.equal('ready');
    expect(text(el)).to.equal('ready:');
    expect(el.controller.settling()).to.equal(undefined);
  });

  it('has the shared properties and their defaults', async () => {
    const el = await fixture<TestFeedWidget>(html`<test-feed-widget src="" theme="dark" debug></test-feed-widget>`);
    expect(el.debug).to.equal(true);
    expect(el.theme).to.equal('dark');
    el.theme = 'auto';
    el.debug = false;
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('auto');
    expect(el.hasAttribute('debug')).to.equal(false);
    const fresh = document.createElement('test-feed-widget') as TestFeedWidget;
    expect([fresh.src, fresh.debug, fresh.theme, fresh.feed]).to.deep.equal([null, false, null, undefined]);
  });

  it('state and problems come from the controller; without one: loading, no problems', async () => {
    const el = await fixture<TestFeedWidget>(html`<test-feed-widget .feed=${{ ...feed, tasks: [] }}></test-feed-widget>`);
    expect(el.state).to.equal('empty');
    expect(el.problems).to.equal(el.controller.problems);
    const bare = await fixture<TestBareWidget>(html`<test-bare-widget></test-bare-widget>`);
    expect(bare.state).to.equal('loading');
    expect(bare.problems).to.deep.equal([]);
  });

  it('fires civic-feed-load through the typed event map (bubbling and composed)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const seen: FeedLoadDetail[] = [];
    // Typed without a cast: e is CustomEvent<FeedLoadDetail>.
    host.addEventListener('civic-feed-load', (e) => seen.push(e.detail));
    const el = document.createElement('test-feed-widget') as TestFeedWidget;
    el.feed = feed;
    host.appendChild(el);
    await el.updateComplete;
    expect(seen.length).to.equal(1);
    expect(seen[0].feed.title).to.equal('Base test plan');
    expect(seen[0].source).to.equal('property');
    expect(seen[0].stale).to.equal(false);
  });

  describe('emit', () => {
    it('fires a bubbling, composed event with its detail, out of a shadow root', async () => {
      // A widget inside another element's shadow root, as a ring inside a task list.
      const outer = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = outer.attachShadow({ mode: 'open' });
      const el = document.createElement('test-feed-widget') as TestFeedWidget;
      root.appendChild(el);
      const events: CustomEvent<IndicatorSelectDetail>[] = [];
      document.addEventListener('civic-indicator-select', (e) => events.push(e), { once: true });
      expect(el.fireSelect({ indicator: 'i1', task: 't1' })).to.equal(true);
      expect(events.length).to.equal(1);
      expect(events[0].detail).to.deep.equal({ indicator: 'i1', task: 't1' });
      expect(events[0].bubbles).to.equal(true);
      expect(events[0].composed).to.equal(true);
      expect(events[0].cancelable).to.equal(false);
    });

    it('returns false when a listener cancels a cancelable event; an event not made cancelable cannot be', async () => {
      const el = await fixture<TestFeedWidget>(html`<test-feed-widget></test-feed-widget>`);
      const cancel = (e: Event) => e.preventDefault();
      el.addEventListener('civic-indicator-select', cancel);
      expect(el.fireSelect({ indicator: 'i1', task: 't1' }, true)).to.equal(false);
      expect(el.fireSelect({ indicator: 'i1', task: 't1' }, false)).to.equal(true);
      el.removeEventListener('civic-indicator-select', cancel);
    });
  });

  describe('waitFor', () => {
    it('makes updateComplete wait for the work and the update it asks for', async () => {
      const el = await fixture<TestFeedWidget>(html`<test-feed-widget .feed=${feed}></test-feed-widget>`);
      let release!: () => void;
      const work = new Promise<void>((resolve) => (release = resolve)).then(() => {
        el.extra = 'loaded';
      });
      el.wait(work);
      el.requestUpdate();
      let resolved = false;
      const done = el.updateComplete.then(() => (resolved = true));
      await new Promise((r) => setTimeout(r, 30));
      expect(resolved, 'resolved before the work was done').to.equal(false);
      release();
      await done;
      expect(text(el)).to.equal('ready:loaded');
      // Settled work is no longer waited for.
      let again = false;
      void el.updateComplete.then(() => (again = true));
      await new Promise((r) => setTimeout(r, 0));
      expect(again).to.equal(true);
    });

    it('returns the work, and a failed work ends the wait without failing updateComplete', async () => {
      const el = await fixture<TestFeedWidget>(html`<test-feed-widget></test-feed-widget>`);
      const failing = Promise.reject(new Error('on-demand code could not load'));
      expect(el.wait(failing)).to.equal(failing);
      failing.catch(() => undefined);
      expect(await el.updateComplete).to.equal(true);
    });

    it('waits for work added while it waits', async () => {
      const el = await fixture<TestFeedWidget>(html`<test-feed-widget></test-feed-widget>`);
      const later = new Promise<void>((r) => setTimeout(r, 20)).then(() => {
        el.extra = 'second';
      });
      el.wait(
        new Promise<void>((r) => setTimeout(r, 10)).then(() => {
          el.extra = 'first';
          el.wait(later);
        }),
      );
      await el.updateComplete;
      expect(text(el)).to.equal('idle:second');
    });
  });

  describe('defining twice', () => {
    it('never throws: the first definition is kept', () => {
      class Other extends LitElement {}
      expect(() => defineElement('test-feed-widget', TestFeedWidget)).not.to.throw();
      expect(() => defineElement('test-feed-widget', Other)).not.to.throw();
      expect(customElements.get('test-feed-widget')).to.equal(TestFeedWidget);
    });
  });
});
