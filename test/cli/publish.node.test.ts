import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { cli, MIYUN, tempDir } from './helpers.js';

const miyun = () => JSON.parse(readFileSync(MIYUN, 'utf8'));
const write = (dir: string, name: string, data: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
};

test('html: a static, script-free A4 page with tasks by section, indicators, events and the data date', async () => {
  const dir = tempDir();
  const out = join(dir, 'plan.html');
  const r = await cli(['html', MIYUN, '-o', out]);
  assert.equal(r.code, 0, r.stderr);
  const html = readFileSync(out, 'utf8');
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'no event handler attributes');
  assert.doesNotMatch(html, /javascript:/i);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  assert.match(html, /@page \{ size: A4/);
  assert.match(html, /<html lang="zh-CN">/);
  // The running header is the <thead> of the layout table, repeated on every printed page.
  const thead = /<table class="page"[^>]*>\s*<thead>([\s\S]*?)<\/thead>/.exec(html)?.[1] ?? '';
  assert.match(thead, /数据截至 2024年9月30日 17:00/);
  assert.match(thead, /示例数据/, 'the sample badge is in the running header');
  const feed = miyun();
  for (const s of feed.sections) assert.ok(html.includes(`<h3>${s.number}、${s.title['zh-Hans']}</h3>`), s.id);
  for (const t of feed.tasks) assert.ok(html.includes(`id="task-${t.id}"`), t.id);
  const table = /<table class="data">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  assert.equal((table.match(/<tr><td>/g) ?? []).length, feed.indicators.length, 'one table row per indicator');
  assert.match(table, /<th scope="col"[^>]*>目标<\/th>/);
  assert.equal((/<ol class="events">([\s\S]*?)<\/ol>/.exec(html)?.[1].match(/<li/g) ?? []).length, feed.events.length);
  assert.match(html, /◐ 进行中/, 'status as text and shape');
  assert.match(html, /\[已取消\]/);
});

test('html: feed text is escaped, unsafe links are not links, no badge when not a sample, English with --lang en', async () => {
  const dir = tempDir();
  const feed = miyun();
  feed.sample = false;
  feed.title = '<script>alert(1)</script> & "plan"';
  feed.tasks[0].title = '<img src=x onerror=alert(1)>';
  feed.tasks[0].links = [{ title: 'evil', url: 'javascript:alert(1)' }, { title: 'good', url: 'https://example.gov.cn/a?b=1&c=2' }];
  const file = write(dir, 'feed.json', feed);
  const r = await cli(['html', file, '--lang', 'en']);
  assert.equal(r.code, 0);
  const html = r.stdout;
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<img/i);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &quot;plan&quot;/);
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.match(html, /<a href="https:\/\/example\.gov\.cn\/a\?b=1&amp;c=2">good<\/a>/);
  assert.doesNotMatch(html, /href="javascript/i, 'the unsafe link was dropped by the validator');
  assert.doesNotMatch(html, /Sample data/);
  assert.match(html, /<html lang="en">/);
  assert.match(html, /Data as of 30 September 2024 at 17:00/);
  assert.match(html, /Fulfil grain-security responsibilities|Secure “vegetable basket”/);
});

test('ics: the whole feed as one iCalendar file (through the shared generator)', async () => {
  const dir = tempDir();
  const out = join(dir, 'events.ics');
  const r = await cli(['ics', MIYUN, '-o', out, '--base', 'https://miyun.example.gov.cn/']);
  assert.equal(r.code, 0, r.stderr);
  const text = readFileSync(out, 'utf8');
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents('vevent');
  assert.equal(events.length, miyun().events.length);
  const gala = events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith('cun-wan-gubeikou.'))!;
  assert.equal(gala.getFirstPropertyValue('summary'), '古北口镇春节“村晚”', 'texts in the feed language by default');
  const en = await cli(['ics', MIYUN, '--lang', 'en']);
  assert.match(en.stdout, /SUMMARY:Gubeikou Spring Festival village gala/);
  assert.equal((await cli(['ics', join(dir, 'none.json')])).code, 2);
});

test('diff: status changes, figures that moved, tasks added and removed', async () => {
  const dir = tempDir();
  const before = miyun();
  const after = miyun();
  after.tasks[0].status = 'completed';
  after.tasks[0].progress = 100;
  after.indicators[1].value = 16.5;
  const removed = after.tasks.splice(5, 1)[0];
  after.tasks.push({ id: 't99', section: 's1', title: { 'zh-Hans': '新增任务', en: 'New task' }, status: 'not-started' });
  after.updated = '2024-10-31T17:00:00+08:00';
  const a = write(dir, 'old.json', before);
  const b = write(dir, 'new.json', after);

  const zh = await cli(['diff', a, b]);
  assert.equal(zh.code, 1, 'changes found: exit 1, like diff(1)');
  assert.match(zh.stdout, /~ 任务 t1「压实粮食安全责任制」：状态 进行中 → 已完成/);
  assert.match(zh.stdout, /~ 任务 t1「压实粮食安全责任制」：进度 75 → 100 \(\+25\)/);
  assert.match(zh.stdout, /~ 指标 vegetable-output「蔬菜年产量」：当前值 14\.2 → 16\.5 \(\+2\.3\)/);
  assert.ok(zh.stdout.includes(`- 删除任务 ${removed.id}「${removed.title['zh-Hans']}」`), zh.stdout);
  assert.match(zh.stdout, /\+ 新增任务 t99「新增任务」/);
  assert.match(zh.stdout, /~ 基本信息：更新时间 2024-09-30T17:00:00\+08:00 → 2024-10-31T17:00:00\+08:00/);

  const json = JSON.parse((await cli(['diff', a, b, '--json'])).stdout);
  assert.deepEqual(
    json.changes.filter((c: any) => c.list === 'tasks' && c.id === 't1').map((c: any) => [c.field, c.from, c.to]),
    [
      ['status', 'in-progress', 'completed'],
      ['progress', 75, 100],
    ],
  );
  const en = await cli(['diff', a, b, '--lang', 'en']);
  assert.match(en.stdout, /\+ Task t99 “New task” added/);

  const same = await cli(['diff', a, a]);
  assert.equal(same.code, 0);
  assert.equal(same.stdout.trim(), '没有变化。');
  assert.equal((await cli(['diff', a, join(dir, 'missing.json')])).code, 2);
});

test('export: texts in languages the sheets have no column for are reported', async () => {
  const dir = tempDir();
  const feed = miyun();
  feed.tasks[0].title.ug = 'ۋەزىپە';
  const file = write(dir, 'feed.json', feed);
  const r = await cli(['export', file, '-o', join(dir, 'out'), '--lang', 'en']);
  assert.equal(r.code, 0);
  assert.match(r.stderr, /\/tasks\/0\/title: The text in "ug" has no column/);
});
