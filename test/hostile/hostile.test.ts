/**
 * The hostile-feed corpus (test/fixtures/hostile/, made by scripts/make-hostile-corpus.mjs):
 * every widget is mounted on every feed. For each case: no uncaught error or unhandled
 * rejection, no injected script or handler runs (the canary stays unset), the page stays
 * responsive, and each widget shows either content or its error state with the fallback kept.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { EMBEDDABLE } from '../../src/embed/embed-options.js';
import { clearFeedRequests } from '../../src/feed/load.js';
import { configureLoader } from '../../src/feed/load.js';

declare global {
  interface Window {
    __canary?: number;
  }
}

const widgets = EMBEDDABLE.filter((name) => customElements.get(name));
const caught: string[] = [];
window.addEventListener('error', (e) => caught.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => caught.push(`rejection: ${String(e.reason)}`));

function mount(name: string, src: string): HTMLElement {
  const el = document.createElement(name);
  el.setAttribute('src', src);
  if (name === 'civic-progress-ring') el.setAttribute('indicator', 'high-standard-farmland');
  const link = document.createElement('a');
  link.href = '/plan.pdf';
  link.textContent = 'The plan (PDF)';
  el.append(link);
  document.body.append(el);
  return el;
}

/** A turn of the event loop; its duration shows whether the page is responsive. */
async function tick(): Promise<number> {
  const start = performance.now();
  await new Promise((r) => setTimeout(r, 0));
  return performance.now() - start;
}

describe('the hostile-feed corpus', function () {
  this.timeout(600_000);
  let files: string[] = [];

  before(async () => {
    configureLoader({ retries: 0, cache: false });
    files = await (await fetch('/test/fixtures/hostile/index.json')).json();
  });

  it('has at least 50 feeds and at least one widget to mount', () => {
    expect(files.length).to.be.at.least(50);
    expect(widgets.length).to.be.at.least(1);
  });

  it('every widget survives every feed', async () => {
    const failures: string[] = [];
    for (const file of files) {
      clearFeedRequests();
      caught.length = 0;
      window.__canary = undefined;
      const src = `/test/fixtures/hostile/${file}`;
      const started = performance.now();
      const els = widgets.map((name) => mount(name, src));
      const deadline = started + 15_000;
      while (els.some((el) => el.hasAttribute('data-loading') || !el.shadowRoot) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      for (let i = 0; i < 3; i++) await tick();
      const elapsed = performance.now() - started;
      const lag = await tick();
      for (const el of els) {
        const root = el.shadowRoot;
        const name = `${file} <${el.localName}>`;
        if (!root) {
          failures.push(`${name}: not rendered`);
          continue;
        }
        if (el.hasAttribute('data-loading')) failures.push(`${name}: still loading after 15 s`);
        const error = root.querySelector('[part~="error"]');
        if (error) {
          const box = el.querySelector('a')!.getBoundingClientRect();
          if (!(box.width > 0 && box.height > 0)) failures.push(`${name}: error state without the fallback content`);
        } else if ((root.textContent ?? '').trim().length === 0) {
          failures.push(`${name}: neither content nor the error state`);
        }
        if (root.querySelector('script, iframe, object, embed, [onerror], [onload], [onclick], [onmouseover]')) failures.push(`${name}: markup from the feed was rendered`);
      }
      if (window.__canary) failures.push(`${file}: an injected script ran`);
      if (caught.length) failures.push(`${file}: ${caught.join('; ')}`);
      if (elapsed > 15_000) failures.push(`${file}: took ${Math.round(elapsed)} ms`);
      if (lag > 2_000) failures.push(`${file}: the page froze for ${Math.round(lag)} ms`);
      for (const el of els) el.remove();
    }
    expect(failures).to.deep.equal([]);
  });
});
