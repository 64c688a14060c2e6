/** The task-list benchmark's synthetic feed: many tasks in many sections, Chinese and English text. */
const STATUSES = ['completed', 'in-progress', 'in-progress', 'delayed', 'not-started'];
const WORDS = ['粮食', '蔬菜', '耕地', '农田', '产业', '科技', '旅游', '人居', '环境', '治理', '水务', '道路', '文化', '就业', '合作社'];
const OWNERS = ['区农业农村局', '区园林绿化局', '区水务局', '区文旅局', '区发改委', '区财政局', '区交通局', '区生态环境局'];

/** A synthetic feed: `tasks` tasks spread over `sections` sections, Chinese and English text. */
export function syntheticFeed(tasks = 1000, sections = 20) {
  const pick = (list, i) => list[i % list.length];
  return {
    version: 1,
    lang: 'zh-Hans',
    title: { 'zh-Hans': '基准测试规划', en: 'Benchmark plan' },
    updated: '2024-09-30T17:00:00+08:00',
    timeZone: 'Asia/Shanghai',
    sample: true,
    sections: Array.from({ length: sections }, (_, s) => ({
      id: `s${s + 1}`,
      number: s + 1,
      title: { 'zh-Hans': `第${s + 1}部分：${pick(WORDS, s)}与${pick(WORDS, s + 3)}重点工作`, en: `Part ${s + 1}: ${pick(WORDS, s)} work` },
    })),
    tasks: Array.from({ length: tasks }, (_, i) => ({
      id: `t${i + 1}`,
      section: `s${(i % sections) + 1}`,
      number: i + 1,
      title: { 'zh-Hans': `推进${pick(WORDS, i)}${pick(WORDS, i * 7 + 3)}项目第${i + 1}项`, en: `Advance ${pick(WORDS, i)} project ${i + 1}` },
      summary: {
        'zh-Hans': `围绕${pick(WORDS, i + 1)}和${pick(WORDS, i + 5)}，完成年度目标任务，建立长效机制，定期向社会公开进展情况。`,
        en: `Meet the year's targets for ${pick(WORDS, i + 1)} and set up lasting arrangements.`,
      },
      owners: [{ 'zh-Hans': pick(OWNERS, i), en: `Bureau ${i % OWNERS.length}` }, { 'zh-Hans': pick(OWNERS, i + 3), en: `Bureau ${(i + 3) % OWNERS.length}` }],
      status: pick(STATUSES, i),
      progress: pick(STATUSES, i) === 'completed' ? 100 : (i * 37) % 100,
      due: `2024-${String((i % 12) + 1).padStart(2, '0')}-28`,
      milestones: [
        { title: '方案制定', due: '2024-03-31', done: true },
        { title: '全面实施', due: '2024-09-30', done: i % 2 === 0 },
      ],
    })),
  };
}
