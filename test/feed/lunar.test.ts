import { expect } from '@open-wc/testing';
import { lunarDate, lunarDayName, lunarLabel, solarTermOn, solarTermsOf } from '../../src/feed/lunar.js';

// Published dates (China time) of the 24 solar terms, from the Purple Mountain Observatory tables.
const TERMS_2024 =
  '01-06小寒 01-20大寒 02-04立春 02-19雨水 03-05惊蛰 03-20春分 04-04清明 04-19谷雨 05-05立夏 05-20小满 06-05芒种 06-21夏至 ' +
  '07-06小暑 07-22大暑 08-07立秋 08-22处暑 09-07白露 09-22秋分 10-08寒露 10-23霜降 11-07立冬 11-22小雪 12-06大雪 12-21冬至';
const TERMS_2025 =
  '01-05小寒 01-20大寒 02-03立春 02-18雨水 03-05惊蛰 03-20春分 04-04清明 04-20谷雨 05-05立夏 05-21小满 06-05芒种 06-21夏至 ' +
  '07-07小暑 07-22大暑 08-07立秋 08-23处暑 09-07白露 09-23秋分 10-08寒露 10-23霜降 11-07立冬 11-22小雪 12-07大雪 12-21冬至';

describe('lunar dates and solar terms', () => {
  for (const [year, table] of [
    [2024, TERMS_2024],
    [2025, TERMS_2025],
  ] as const) {
    it(`gives the 24 solar terms of ${year} on their published days`, () => {
      const got = [...solarTermsOf(year)].map(([d, n]) => d.slice(5) + n).join(' ');
      expect(got).to.equal(table);
    });
  }

  it('puts 秋分 on 2024-09-22 (the harvest festival) and nothing on the day before', () => {
    expect(solarTermOn('2024-09-22')).to.equal('秋分');
    expect(solarTermOn('2024-09-21')).to.equal(undefined);
    expect(lunarLabel('2024-09-22')).to.deep.equal({ text: '秋分', term: true });
  });

  it('has 24 distinct terms every year from 2020 to 2035', () => {
    for (let y = 2020; y <= 2035; y++) {
      const terms = solarTermsOf(y);
      expect(terms.size, String(y)).to.equal(24);
      for (const d of terms.keys()) expect(d.startsWith(String(y))).to.equal(true);
    }
  });

  it('reads lunar dates with Intl: 2024-02-10 is 正月初一, 2024-09-17 is 八月十五', () => {
    expect(lunarDate('2024-02-10')).to.deep.include({ month: '正月', day: 1, leap: false });
    expect(lunarDate('2024-09-17')).to.deep.include({ month: '八月', day: 15, dayName: '十五' });
    expect(lunarLabel('2024-02-10')!.text).to.equal('正月');
    expect(lunarLabel('2024-09-18')!.text).to.equal('十六');
  });

  it('knows leap months: 2023-03-22 is 闰二月初一', () => {
    expect(lunarDate('2023-03-22')).to.deep.include({ month: '闰二月', day: 1, leap: true });
  });

  it('names lunar days', () => {
    expect([1, 10, 11, 20, 21, 29, 30].map(lunarDayName)).to.deep.equal(['初一', '初十', '十一', '二十', '廿一', '廿九', '三十']);
  });
});
