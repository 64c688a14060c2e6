/**
 * Every widget in forced-colors mode (Windows high contrast), emulated through the DevTools
 * protocol: it renders, passes axe, and draws its status marks with system colours rather
 * than its own palette.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { setPageLang, systemColor as system, until } from '../support/helpers.js';

const feed = {
  version: 1,
  lang: 'en',
  title: 'Forced colours',
  timeZone: 'Asia/Shanghai',
  sections: [{ id: 's1', number: 1, title: 'Part one' }],
  tasks: [
    { id: 't1', section: 's1', number: 1, title: 'Done', status: 'completed', progress: 100, indicators: ['i1'] },
    { id: 't2', section: 's1', number: 2, title: 'Late', status: 'delayed', progress: 30, due: '2024-06-30' },
  ],
  indicators: [{ id: 'i1', task: 't1', title: 'Farmland', unit: 'mu', target: 10, value: 6, asOf: '2024-09-30' }],
  categories: [{ id: 'c', title: 'Culture', color: '#7b2d8e' }],
  events: [{ id: 'e1', title: 'Harvest festival', start: '2024-09-22', category: 'c', task: 't2' }],
};

describe('forced-colors mode', () => {
  before(async () => {
    await executeServerCommand('forced-colors', 'active');
    await setPageLang('en');
  });
  after(() => executeServerCommand('forced-colors', 'none'));

  it('is emulated', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  for (const tag of ['civic-task-list', 'civic-indicator-board', 'civic-event-calendar', 'civic-feed-summary']) {
    it(`<${tag}> renders and passes axe`, async () => {
      const el = await fixture<HTMLElement & { state?: string }>(html`<div></div>`);
      const widget = document.createElement(tag) as HTMLElement & { feed?: unknown; state?: string };
      widget.feed = feed;
      el.append(widget);
      await until(() => widget.state === 'ready', 8000, `${tag} ready`);
      await (widget as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect((widget.shadowRoot!.textContent ?? '').length).to.be.greaterThan(20);
      await expect(widget).to.be.accessible();
    });
  }

  it('the ring draws its progress with a system colour, not its accent', async () => {
    const el = await fixture<HTMLElement>(html`<civic-progress-ring value="6" target="10" label="Farmland" unit="mu"></civic-progress-ring>`);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const indicator = el.shadowRoot!.querySelector('.indicator')!;
    expect(getComputedStyle(indicator).stroke).to.equal(system('Highlight'));
    await expect(el).to.be.accessible();
  });

  it('the task list shows status as text and a shape, with system-colour borders', async () => {
    const el = await fixture<HTMLElement & { feed: unknown; state: string }>(html`<civic-task-list .feed=${feed}></civic-task-list>`);
    await until(() => el.state === 'ready', 8000, 'task list ready');
    const tag = el.shadowRoot!.querySelector('[part~="status"]')!;
    expect(tag.textContent!.trim().length).to.be.greaterThan(0);
    expect(tag.querySelector('svg')).to.not.equal(null);
    expect(getComputedStyle(tag).borderTopColor).to.equal(system('CanvasText'));
  });
});
