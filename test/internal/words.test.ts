import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { breakBefore, words } from '../../src/internal/words.js';

/** The text with "|" where a line may break. */
const marked = (text: string) => breakBefore(text).join('|');

describe('words: where a Chinese label may wrap', () => {
  it('between words, never inside one', () => {
    expect(marked('把这项即将举行的活动加入日历')).to.not.match(/加\|入|日\|历/);
    expect(marked('把这项即将举行的活动加入日历').split('|').length).to.be.greaterThan(3);
  });
  it('a date wraps between its parts, a number keeps its unit', () => {
    const m = marked('数据更新于 2024年9月30日，已超过 26 个月未更新');
    expect(m).to.contain('2024年|9月|30日，');
    expect(m).to.not.match(/\d\|/);
    expect(m).to.contain('26 个');
  });
  it('no line starts with closing punctuation or ends with opening punctuation', () => {
    const m = marked('屏幕较窄，以列表显示。（共 3 项）「活动」');
    expect(m).to.not.match(/\|[，。）」]/);
    expect(m).to.not.match(/[（「]\|/);
    expect(m).to.contain('窄，|以');
  });
  it('renders <wbr> at those places and leaves the text as it was', () => {
    const div = document.createElement('div');
    const text = '数据更新于 2024年9月30日，已超过 26 个月未更新';
    render(words(text), div);
    expect(div.textContent).to.equal(text);
    expect(div.querySelectorAll('wbr').length).to.equal(breakBefore(text).length - 1);
  });
  it('English text is left as it is (it wraps at its spaces)', () => {
    expect(words('Last updated September 30, 2024')).to.equal('Last updated September 30, 2024');
  });
});
