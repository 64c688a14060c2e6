/**
 * Issue 20 (heading-level, the table's header association, names) and issue 17 item 4 (as-of on
 * every figure) for <civic-indicator-board>.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/civic-indicator-board/civic-indicator-board.js';
import type { CivicIndicatorBoard } from '../../../src/elements/civic-indicator-board/civic-indicator-board.js';
import { formatDate } from '../../../src/feed/format.js';
import { setPageLang, until } from '../../support/helpers.js';

const root = (el: Element) => el.shadowRoot!;

/** axe-core's own view (the engine the tests run): accessible names, a data cell's headers. */
interface AxeInternals {
  setup(node: Node): void;
  teardown(): void;
  commons: { text: { accessibleText(el: Element): string }; table: { getHeaders(cell: Element): Element[] } };
}
async function withAxe<T>(fn: (axe: AxeInternals) => T): Promise<T> {
  await import('axe-core/axe.min.js' as string);
  const axe = (window as unknown as { axe: AxeInternals }).axe;
  axe.setup(document);
  try {
    return fn(axe);
  } finally {
    axe.teardown();
  }
}
const headings = (el: Element) => [...root(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${h.textContent!.trim()}`);

function feedOf(extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    lang: 'en',
    timeZone: 'Asia/Shanghai',
    updated: '2024-09-30T17:00:00+08:00',
    sections: [
      { id: 's1', number: 1, title: 'Farming' },
      { id: 's2', number: 2, title: 'Villages' },
    ],
    tasks: [
      { id: 't1', section: 's1', number: 1, title: 'Grain', status: 'in-progress' },
      { id: 't2', section: 's2', number: 2, title: 'Toilets', status: 'in-progress' },
    ],
    indicators: [
      // No asOf of its own: as of the feed's data.
      { id: 'a', task: 't1', title: 'Yield', unit: 'kg/mu', target: 378, value: 350 },
      {
        id: 'b',
        task: 't1',
        title: 'Farmland',
        unit: 'mu',
        target: 1.45,
        value: 1.2,
        asOf: '2024-08-31',
        history: [
          { date: '2024-05-31', value: 0.21 },
          { date: '2024-08-31', value: 1.2 },
          { date: '2024-07-31', value: 0.55 },
        ],
      },
      { id: 'c', task: 't2', title: 'Toilets', unit: 'households', target: 200, value: 150, asOf: '2024-06-30' },
    ],
    ...extra,
  };
}

async function board(feed: unknown, attrs: { level?: string; section?: string; table?: boolean } = {}) {
  const el = await fixture<CivicIndicatorBoard>(
    html`<civic-indicator-board heading-level=${attrs.level ?? ''} section=${attrs.section ?? ''} ?table=${!!attrs.table} .feed=${feed}></civic-indicator-board>`,
  );
  await until(() => el.state === 'ready', 8000, 'board ready');
  await el.updateComplete;
  return el;
}

describe('<civic-indicator-board>: outline, table, as-of', () => {
  beforeEach(() => setPageLang('en'));

  describe('heading-level', () => {
    it('default 2: sections h2, cards h3', async () => {
      const el = await board(feedOf());
      expect(headings(el)).to.deep.equal(['h2 Farming', 'h3 Yield', 'h3 Farmland', 'h2 Villages', 'h3 Toilets']);
    });

    for (const [level, section, card] of [
      ['2', 'h2', 'h3'],
      ['4', 'h4', 'h5'],
      ['6', 'h6', 'h6'],
    ]) {
      it(`heading-level="${level}": sections ${section}, cards ${card}; cards and table`, async () => {
        const el = await board(feedOf(), { level });
        expect(headings(el)).to.deep.equal([`${section} Farming`, `${card} Yield`, `${card} Farmland`, `${section} Villages`, `${card} Toilets`]);
        await expect(el).to.be.accessible();
        el.table = true;
        await el.updateComplete;
        expect(headings(el)).to.deep.equal([`${section} Farming`, `${section} Villages`]);
        await expect(el).to.be.accessible();
      });
    }

    it('one group: no section headings, the cards are at heading-level', async () => {
      const el = await board(feedOf(), { level: '4', section: 's1' });
      expect(headings(el)).to.deep.equal(['h4 Yield', 'h4 Farmland']);
    });

    for (const bad of ['1', '7', 'x', '3.5']) {
      it(`heading-level="${bad}" is ignored (default 2)`, async () => {
        const el = await board(feedOf(), { level: bad });
        expect(headings(el)[0]).to.equal('h2 Farming');
      });
    }
  });

  describe('the table view', () => {
    it('every data cell has one column header (scope=col) and one row header (scope=row) in its own table', async () => {
      const el = await board(feedOf(), { table: true });
      const tables = [...root(el).querySelectorAll('table')];
      expect(tables).to.have.length(2);
      let cells = 0;
      for (const table of tables) {
        const cols = [...table.tHead!.rows[0].cells];
        expect(cols.every((th) => th.localName === 'th' && th.scope === 'col')).to.equal(true);
        for (const row of [...table.tBodies[0].rows]) {
          const [head, ...data] = [...row.cells];
          expect(head.localName).to.equal('th');
          expect(head.scope).to.equal('row');
          expect(data).to.have.length(cols.length - 1);
          for (const td of data) {
            expect(td.localName).to.equal('td');
            expect(td.colSpan).to.equal(1);
            expect(td.hasAttribute('headers')).to.equal(false);
            cells++;
          }
        }
        expect(table.querySelectorAll('[scope=rowgroup], [scope=colgroup], [colspan], [rowspan]')).to.have.length(0);
      }
      expect(cells).to.equal(3 * 5);
      await expect(el).to.be.accessible();
    });

    it('one group: a single table with the count in its caption, its region named by it', async () => {
      const el = await board(feedOf(), { table: true, section: 's1' });
      const table = root(el).querySelector('table')!;
      expect(root(el).querySelectorAll('table')).to.have.length(1);
      expect(table.caption!.textContent).to.equal('Indicators (2)');
      // The wrapper is a region (named by the caption) while the table scrolls sideways.
      el.style.inlineSize = '150px';
      await until(() => root(el).querySelector('[role=region]') !== null, 4000, 'the scrolling table to become a region');
      expect(root(el).querySelector('[role=region]')!.getAttribute('aria-labelledby')).to.equal(table.caption!.id);
      expect(headings(el)).to.deep.equal([]);
    });

    it("axe's table model gives each data cell its column and row headers", async () => {
      const el = await board(feedOf(), { table: true });
      const cells = [...root(el).querySelectorAll('tbody td')];
      const headers = await withAxe((axe) => cells.map((td) => axe.commons.table.getHeaders(td).map((h) => h.textContent!.trim())));
      expect(headers[0]).to.deep.equal(['Value', 'Yield']);
      expect(headers[4]).to.deep.equal(['As of', 'Yield']);
      expect(headers[5]).to.deep.equal(['Value', 'Farmland']);
      expect(headers[10]).to.deep.equal(['Value', 'Toilets']);
      expect(headers.every((h) => h.length === 2)).to.equal(true);
    });
  });

  describe('as-of on every figure', () => {
    const sep30 = 'September 30, 2024';

    it("a card without its own date is as of the feed's updated; others keep theirs", async () => {
      const el = await board(feedOf());
      const [yieldCard, farmland, toilets] = [...root(el).querySelectorAll('[part=card]')];
      const asOf = (c: Element) => c.querySelector('.as-of')!.textContent;
      expect(asOf(yieldCard)).to.equal(`As of ${sep30}`);
      expect(asOf(farmland)).to.equal('As of August 31, 2024');
      expect(asOf(toilets)).to.equal('As of June 30, 2024');
      // In the ring's name too (the screen reader hears the date with the value).
      expect(yieldCard.querySelector('[role=progressbar]')!.getAttribute('aria-valuetext')).to.contain(`as of ${sep30}`);
    });

    it("without `updated`, the newest item date; without any date, none", async () => {
      const noUpdated = feedOf();
      delete (noUpdated as { updated?: string }).updated;
      let el = await board(noUpdated);
      expect(root(el).querySelector('[part=card] .as-of')!.textContent).to.equal('As of August 31, 2024');
      const noDates = feedOf({ indicators: [{ id: 'a', task: 't1', title: 'Yield', unit: 'kg/mu', target: 378, value: 350 }] });
      delete (noDates as { updated?: string }).updated;
      el = await board(noDates);
      expect(root(el).querySelector('.as-of')).to.equal(null);
    });

    it('the table shows the same dates', async () => {
      const el = await board(feedOf(), { table: true });
      const dates = [...root(el).querySelectorAll('tbody tr')].map((tr) => tr.lastElementChild!.textContent!.trim());
      expect(dates).to.deep.equal([sep30, 'August 31, 2024', 'June 30, 2024']);
    });

    it('in Chinese: 截至2024年9月30日', async () => {
      await setPageLang('zh-Hans');
      const el = await board(feedOf());
      expect(root(el).querySelector('[part=card] .as-of')!.textContent).to.equal('截至2024年9月30日');
      await setPageLang('en');
    });

    it('history: every dated value one step away (a disclosure), newest first, with the shared date formatter', async () => {
      const el = await board(feedOf());
      const details = root(el).querySelector<HTMLDetailsElement>('[part=history]')!;
      expect(root(el).querySelectorAll('[part=history]')).to.have.length(1);
      const summary = details.querySelector('summary')!;
      expect(summary.textContent!.trim()).to.equal('History (3 values)');
      expect(details.open).to.equal(false);
      summary.click();
      expect(details.open).to.equal(true);
      const rows = [...details.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      const d = (v: string) => formatDate(v, 'en', 'Asia/Shanghai');
      expect(rows).to.deep.equal([`${d('2024-08-31')} 1.2 mu`, `${d('2024-07-31')} 0.55 mu`, `${d('2024-05-31')} 0.21 mu`]);
      expect(root(el).querySelector('[part=trend]')!.getAttribute('aria-label')).to.equal(
        'Trend: from 0.21 mu on May 31, 2024 to 1.2 mu on August 31, 2024',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('names', () => {
    it('the view toggle and the history disclosure are named without their glyphs or stray spaces', async () => {
      const el = await board(feedOf());
      const controls = [...root(el).querySelectorAll('button, summary, a[href]')];
      const names = await withAxe((axe) => controls.map((c) => axe.commons.text.accessibleText(c)));
      expect(names).to.include('Table view');
      expect(names).to.include('History (3 values)');
      expect(names).to.include('Task 1: Grain');
      for (const name of names) {
        expect(name, name).to.not.match(/[▦▸▾✓▲]/);
        expect(name, name).to.equal(name.trim().replace(/\s{2,}/g, ' '));
        expect(name, name).to.not.match(/\s[,，。]/);
      }
    });
  });
});
