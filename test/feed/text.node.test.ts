import { test } from 'node:test';
import assert from 'node:assert/strict';
import { langOf, pickText, sameLanguage, textIn } from '../../src/feed/text.js';

test('textIn says which language the chosen string is in', () => {
  const text = { 'zh-Hans': '粮食', en: 'Grain' };
  assert.deepEqual(textIn(text, 'en', 'zh-Hans'), { value: 'Grain', lang: 'en' });
  assert.deepEqual(textIn(text, 'en-GB', 'zh-Hans'), { value: 'Grain', lang: 'en' }, 'the base language');
  assert.deepEqual(textIn({ 'zh-Hans': '粮食' }, 'en', 'zh-Hans'), { value: '粮食', lang: 'zh-Hans' }, 'the feed language');
  assert.deepEqual(textIn({ fr: 'Grain' }, 'en', 'zh-Hans'), { value: 'Grain', lang: 'fr' }, 'the first one present');
  assert.deepEqual(textIn('粮食', 'en', 'zh-Hans'), { value: '粮食', lang: 'zh-Hans' }, 'a plain string is in the feed language');
  assert.deepEqual(textIn(undefined, 'en', 'zh-Hans'), { value: '', lang: 'en' });
  assert.deepEqual(textIn({}, 'en', 'zh-Hans'), { value: '', lang: 'en' });
  assert.equal(pickText(text, 'zh-CN', 'zh-Hans'), '粮食');
});

test('langOf marks only text in another language than the UI', () => {
  assert.equal(langOf('粮食', 'en', 'zh-Hans'), 'zh-Hans');
  assert.equal(langOf('粮食', 'zh-CN', 'zh-Hans'), undefined, 'zh-CN and zh-Hans are one language');
  assert.equal(langOf({ 'zh-Hans': '粮食', en: 'Grain' }, 'en', 'zh-Hans'), undefined);
  assert.equal(langOf({ en: 'Grain' }, 'zh-CN', 'zh-Hans'), 'en');
  assert.equal(langOf(undefined, 'en', 'zh-Hans'), undefined, 'no text, no mark');
  assert.equal(sameLanguage('zh-Hans', 'zh-CN'), true);
  assert.equal(sameLanguage('en-GB', 'en'), true);
  assert.equal(sameLanguage('en', 'zh'), false);
});
