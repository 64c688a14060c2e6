/** heading.ts: the level from an attribute, and the tag each level renders. */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { heading, headingLevelOf } from '../../src/internal/heading.js';

function rendered(level: number, attrs: Parameters<typeof heading>[2] = {}): HTMLElement {
  const box = document.createElement('div');
  render(heading(level, 'Title', attrs), box);
  return box.firstElementChild as HTMLElement;
}

describe('heading.ts', () => {
  it('headingLevelOf: whole numbers 2 to 6, else the fallback', () => {
    for (const v of [2, 3, 4, 5, 6, '2', '6']) expect(headingLevelOf(v, 3)).to.equal(Number(v));
    for (const v of [1, 7, 0, -2, 2.5, NaN, Infinity, '', 'h2', null, undefined, '3x']) expect(headingLevelOf(v, 3), String(v)).to.equal(3);
  });

  it('heading(): <hN> for 2 to 6, clamped beyond, rounded', () => {
    for (const n of [2, 3, 4, 5, 6]) expect(rendered(n).localName).to.equal(`h${n}`);
    expect(rendered(1).localName).to.equal('h2');
    expect(rendered(9).localName).to.equal('h6');
    expect(rendered(3.4).localName).to.equal('h3');
  });

  it('heading(): content as text, attributes given, none when not given', () => {
    const h = rendered(4, { id: 'x', class: 'c', part: 'p', lang: 'en', tabindex: -1 });
    expect(h.textContent).to.equal('Title');
    expect([h.id, h.className, h.getAttribute('part'), h.lang, h.getAttribute('tabindex')]).to.deep.equal(['x', 'c', 'p', 'en', '-1']);
    const bare = rendered(2);
    expect(bare.getAttributeNames()).to.deep.equal([]);
    const box = document.createElement('div');
    render(heading(3, '<b>not markup</b>'), box);
    expect(box.querySelector('b')).to.equal(null);
  });
});
