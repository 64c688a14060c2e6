/**
 * The docs hang together: README.md is a front door of at most 250 lines, every page under docs/
 * is linked from README.md or docs/README.md, and every relative link in them resolves.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/**
 * Pages another change is writing at the same time (issue 15: docs/npm.md comes with the
 * packaging work). A missing one is excused; once it exists it is checked like any other page.
 * Remove an entry when its page has landed.
 */
const PENDING = new Set<string>([]);

const pagesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? pagesUnder(path) : name.endsWith('.md') ? [path] : [];
  });

const withoutCode = (text: string) => text.replace(/^```[\s\S]*?^```/gm, '');

/**
 * The relative links of a markdown file, fenced code left out: the target as written, the file it
 * names (from the repository root; the file itself for `#anchor`), and its anchor.
 */
export function relativeLinks(file: string, text = readFileSync(file, 'utf8')): { target: string; path: string; anchor?: string }[] {
  return [...withoutCode(text).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
    .map((m) => m[1])
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
    .map((target) => {
      const [pathPart, anchor] = target.split('#');
      const path = pathPart ? normalize(join(dirname(file), decodeURIComponent(pathPart.split('?')[0]))) : file;
      return { target, path, anchor: anchor ? decodeURIComponent(anchor) : undefined };
    });
}

/** The anchors GitHub gives a markdown file's headings (github-slugger: lower case, punctuation out, spaces to hyphens, repeats numbered). */
export function headingAnchors(text: string): Set<string> {
  const anchors = new Set<string>();
  for (const m of withoutCode(text).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = m[1]
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[`*]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    let anchor = base;
    for (let n = 1; anchors.has(anchor); n++) anchor = `${base}-${n}`;
    anchors.add(anchor);
  }
  return anchors;
}

const docs = pagesUnder('docs').sort();
const linkedFromIndex = new Set(['README.md', 'docs/README.md'].flatMap((f) => relativeLinks(f).filter((l) => l.path !== f).map((l) => l.path)));

test('README.md is a front door: at most 250 lines', () => {
  const lines = readFileSync('README.md', 'utf8').split('\n').length;
  assert.ok(lines <= 250, `README.md has ${lines} lines`);
});

test('README.md keeps its two set-up commands between the setup markers (.ci/run reads them)', () => {
  const block = /<!-- setup:start -->([\s\S]*?)<!-- setup:end -->/.exec(readFileSync('README.md', 'utf8'))?.[1] ?? '';
  assert.deepEqual(block.split('\n').filter((line) => /^(npm|npx) /.test(line)), ['npm ci && npm start', 'npm test']);
});

test('every page under docs/ is linked from README.md or docs/README.md', () => {
  assert.ok(docs.length >= 10, `only ${docs.length} pages`);
  assert.deepEqual(docs.filter((page) => page !== 'docs/README.md' && !linkedFromIndex.has(page)), []);
});

test('every relative link in README.md and docs/ resolves to a file', () => {
  const broken = ['README.md', ...docs].flatMap((file) =>
    relativeLinks(file)
      .filter((l) => !existsSync(l.path) && !PENDING.has(l.path))
      .map((l) => `${file}: ${l.target}`),
  );
  assert.deepEqual(broken, []);
});

test('every link to a heading of a markdown file names a heading it has', () => {
  const broken = ['README.md', ...docs].flatMap((file) =>
    relativeLinks(file)
      .filter((l) => l.anchor && l.path.endsWith('.md') && existsSync(l.path) && !headingAnchors(readFileSync(l.path, 'utf8')).has(l.anchor))
      .map((l) => `${file}: ${l.target}`),
  );
  assert.deepEqual(broken, []);
});

test('the link reader finds links and images, and leaves out code and other sites', () => {
  const text = '[a](b.md) ![i](images/x.png "t") [c](https://example.org) [d](#top) [e](../f.md#part)\n```\n[g](code.md)\n```\n';
  assert.deepEqual(
    relativeLinks('docs/page.md', text).map((l) => [l.path, l.anchor]),
    [['docs/b.md', undefined], ['docs/images/x.png', undefined], ['docs/page.md', 'top'], ['f.md', 'part']],
  );
});

test('heading anchors are the ones GitHub makes', () => {
  const text = '# `<civic-task-list>`\n## Keyboard (month grid: WAI-ARIA grid pattern)\n## Notes\n## Notes\n```\n# not a heading\n```\n### 1. Start from the templates\n## 数据源 Feed\n';
  assert.deepEqual([...headingAnchors(text)], ['civic-task-list', 'keyboard-month-grid-wai-aria-grid-pattern', 'notes', 'notes-1', '1-start-from-the-templates', '数据源-feed']);
});
