/**
 * The example feed the templates are filled with (`civic-feed template`): two rows or so per
 * sheet, labelled as a sample, showing every sheet a clerk may fill in.
 */
import type { Feed } from '../feed/types.js';

/** The example the templates are filled with (two rows per sheet). */
export const EXAMPLE_FEED: Feed = {
  version: 1,
  id: 'my-district-2025',
  lang: 'zh-Hans',
  title: { 'zh-Hans': '某区2025年乡村振兴重点工作实施方案', en: 'District plan for the key rural revitalization work of 2025' },
  publisher: { name: { 'zh-Hans': '某区农业农村局', en: 'District Agriculture and Rural Affairs Bureau' }, url: 'https://example.gov.cn/' },
  updated: '2025-03-31T17:00:00+08:00',
  timeZone: 'Asia/Shanghai',
  sample: true,
  sections: [
    { id: 's1', number: 1, title: { 'zh-Hans': '夯实农业生产基础', en: 'Strengthen the foundations of farming' } },
    { id: 's2', number: 2, title: { 'zh-Hans': '建设宜居宜业和美乡村', en: 'Build villages good to live and work in' } },
  ],
  tasks: [
    {
      id: 't1',
      section: 's1',
      number: 1,
      title: { 'zh-Hans': '压实粮食安全责任制', en: 'Fulfil grain-security responsibilities' },
      summary: {
        'zh-Hans': '完成市级下达的粮食播种面积和产量任务，全区粮食平均单产达到380公斤以上。',
        en: "Meet the city's targets for grain sown area and output; average yield of at least 380 kg per mu.",
      },
      owners: [{ 'zh-Hans': '区农业农村局', en: 'District Agriculture and Rural Affairs Bureau' }],
      status: 'in-progress',
      progress: 40,
      due: '2025-12-31',
      updated: '2025-03-28T16:30:00+08:00',
      indicators: ['grain-yield'],
      milestones: [
        { title: { 'zh-Hans': '春播完成', en: 'Spring sowing completed' }, due: '2025-05-31', done: false },
        { title: { 'zh-Hans': '秋粮测产', en: 'Autumn yield measured' }, due: '2025-10-15', done: false },
      ],
      links: [{ title: { 'zh-Hans': '春耕动员会召开', en: 'Spring ploughing meeting held' }, url: 'https://example.gov.cn/news/1' }],
      updates: [
        { date: '2025-03-28', text: { 'zh-Hans': '春耕备耕物资已到位，完成小麦返青期田间管理。', en: 'Spring supplies are in place; wheat fields tended after green-up.' }, progress: 40 },
        { date: '2025-02-28', text: { 'zh-Hans': '召开春耕动员会，分解下达播种面积任务。', en: 'Spring ploughing meeting held; sowing targets passed down.' }, progress: 20 },
      ],
    },
    {
      id: 't2',
      section: 's2',
      number: 2,
      title: { 'zh-Hans': '改造农村户厕', en: 'Upgrade rural household toilets' },
      summary: { 'zh-Hans': '年内完成1000户农村户厕改造。', en: 'Upgrade 1,000 rural household toilets within the year.' },
      owners: [
        { 'zh-Hans': '区农业农村局', en: 'District Agriculture and Rural Affairs Bureau' },
        { 'zh-Hans': '区卫生健康委', en: 'District Health Commission' },
      ],
      status: 'not-started',
      progress: 0,
      due: '2025-11-30',
      indicators: ['toilets'],
      links: [{ title: { 'zh-Hans': '改厕工作方案', en: 'Toilet upgrade plan' }, url: 'https://example.gov.cn/news/2' }],
    },
  ],
  indicators: [
    {
      id: 'grain-yield',
      task: 't1',
      title: { 'zh-Hans': '粮食平均单产', en: 'Average grain yield' },
      unit: { 'zh-Hans': '公斤/亩', en: 'kg/mu' },
      target: 380,
      comparison: 'at-least',
      value: 120,
      asOf: '2025-03-31',
      history: [
        { date: '2025-02-28', value: 60 },
        { date: '2025-03-31', value: 120 },
      ],
    },
    {
      id: 'toilets',
      task: 't2',
      title: { 'zh-Hans': '改造户厕', en: 'Toilets upgraded' },
      unit: { 'zh-Hans': '户', en: 'households' },
      target: 1000,
      comparison: 'at-least',
      value: 0,
      asOf: '2025-03-31',
    },
  ],
  categories: [
    { id: 'agriculture', title: { 'zh-Hans': '农业', en: 'Agriculture' }, color: '#2e6b30' },
    { id: 'culture', title: { 'zh-Hans': '文化', en: 'Culture' }, color: '#7b3294' },
  ],
  events: [
    {
      id: 'spring-fair',
      title: { 'zh-Hans': '春季农资展销会', en: 'Spring farm supplies fair' },
      summary: { 'zh-Hans': '种子、化肥、农机具展销和农技咨询。', en: 'Seeds, fertiliser and machinery on sale, with farming advice.' },
      category: 'agriculture',
      start: '2025-04-12',
      end: '2025-04-13',
      location: { name: { 'zh-Hans': '区会展中心', en: 'District Exhibition Centre' } },
      task: 't1',
      status: 'scheduled',
    },
    {
      id: 'harvest-festival',
      title: { 'zh-Hans': '中国农民丰收节', en: "Chinese farmers' harvest festival" },
      category: 'agriculture',
      start: '2025-09-23',
      recurrence: { solarTerm: 'autumn-equinox', until: '2030-12-31' },
      location: { name: { 'zh-Hans': '区文化广场', en: 'District culture square' } },
      status: 'scheduled',
    },
    {
      id: 'village-gala',
      title: { 'zh-Hans': '村晚', en: 'Village gala' },
      category: 'culture',
      start: '2025-01-25T19:00:00+08:00',
      end: '2025-01-25T21:30:00+08:00',
      location: { name: { 'zh-Hans': '某村文化广场', en: 'Village culture square' }, lat: 40.38, lng: 116.84 },
      url: 'https://example.gov.cn/events/gala',
      status: 'scheduled',
    },
  ],
};
