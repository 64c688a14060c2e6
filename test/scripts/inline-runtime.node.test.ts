/**
 * scripts/inline-runtime.ts: rolldown's runtime file goes into the files that import it, the code
 * still runs, and the source maps still point where they did.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import MagicString from 'magic-string';
import { SourceMapConsumer } from 'source-map-js';
import { inlineRuntime, type BuiltFile } from '../../scripts/inline-runtime.ts';

/** Rolldown's runtime file as it builds it (its namespace helper). */
const RUNTIME =
  'var e=Object.defineProperty,t=(t,n)=>{let r={};for(var i in t)e(r,i,{get:t[i],enumerable:!0});return n||e(r,Symbol.toStringTag,{value:`Module`}),r};export{t};\n//# sourceMappingURL=rolldown-runtime-DK3Fl9T5.js.map';
/** A chunk that imports it, with a source map from its "source" (every character in place). */
function chunk(): BuiltFile {
  const source = 'import{t as e}from"./rolldown-runtime-DK3Fl9T5.js";import{x as q}from"./core-abc.js";const a=7;var ns=e({a:()=>a});export{ns as n,q};';
  const map = new MagicString(source).generateMap({ hires: true, source: '../src/layer.ts', includeContent: true });
  return { code: source, map: JSON.parse(map.toString()) };
}

test('the runtime file is removed and its importers carry its code instead of importing it', () => {
  const files = new Map<string, BuiltFile>([
    ['chunks/rolldown-runtime-DK3Fl9T5.js', { code: RUNTIME }],
    ['chunks/feed-layer-X.js', chunk()],
    ['chunks/core-abc.js', { code: 'export const x=1;' }],
  ]);
  const { changed, removed } = inlineRuntime(files);
  assert.deepEqual(removed, ['chunks/rolldown-runtime-DK3Fl9T5.js']);
  assert.deepEqual(changed, ['chunks/feed-layer-X.js']);
  assert.ok(!files.has('chunks/rolldown-runtime-DK3Fl9T5.js'));
  const code = files.get('chunks/feed-layer-X.js')!.code;
  assert.doesNotMatch(code, /rolldown-runtime/);
  assert.match(code, /^const\{t:e\}=\(\(\)=>\{var e=Object\.defineProperty/);
  assert.equal(files.get('chunks/core-abc.js')!.code, 'export const x=1;', 'a file without the runtime is left alone');
});

test('the code still runs: the namespace object is made as before', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'inline-runtime-'));
  const files = new Map<string, BuiltFile>([
    ['rolldown-runtime-DK3Fl9T5.js', { code: RUNTIME }],
    ['layer.js', chunk()],
  ]);
  inlineRuntime(files);
  writeFileSync(join(dir, 'core-abc.js'), 'export const x=41;');
  writeFileSync(join(dir, 'layer.js'), files.get('layer.js')!.code);
  const m = (await import(pathToFileURL(join(dir, 'layer.js')).href)) as { n: { a: number }; q: number };
  rmSync(dir, { recursive: true, force: true });
  assert.equal(m.n.a, 7);
  assert.equal(Object.prototype.toString.call(m.n), '[object Module]');
  assert.equal(m.q, 41);
});

test('the source map still points each piece of code to where it was', () => {
  const before = chunk();
  const files = new Map<string, BuiltFile>([
    ['chunks/rolldown-runtime-DK3Fl9T5.js', { code: RUNTIME }],
    ['chunks/feed-layer-X.js', chunk()],
  ]);
  inlineRuntime(files);
  const after = files.get('chunks/feed-layer-X.js')!;
  const map = new SourceMapConsumer(after.map as never);
  for (const piece of ['const a=7', 'var ns=e(', 'export{ns']) {
    const column = after.code.indexOf(piece);
    assert.ok(column > before.code.indexOf(piece), `${piece} moved right`);
    const found = map.originalPositionFor({ line: 1, column });
    assert.deepEqual([found.source, found.line, found.column], ['../src/layer.ts', 1, before.code.indexOf(piece)], piece);
  }
  const map2 = after.map as unknown as { sources: string[]; sourcesContent: string[]; file?: string };
  assert.equal(map2.sourcesContent[map2.sources.indexOf('../src/layer.ts')], before.code, 'each source keeps its own content');
  assert.equal(map2.file, (before.map as { file?: string }).file);
});

test('an import of the runtime that cannot be found fails the build', () => {
  const files = new Map<string, BuiltFile>([
    ['chunks/rolldown-runtime-DK3Fl9T5.js', { code: RUNTIME }],
    ['chunks/odd.js', { code: 'import * as r from "./rolldown-runtime-DK3Fl9T5.js";r.t({});' }],
  ]);
  assert.throws(() => inlineRuntime(files), /odd\.js mentions .*rolldown-runtime.* import statement was not found/);
});

test('a runtime file that imports something itself is not inlined', () => {
  const files = new Map<string, BuiltFile>([
    ['chunks/rolldown-runtime-A.js', { code: 'import{x}from"./core.js";var t=()=>x;export{t};' }],
  ]);
  assert.throws(() => inlineRuntime(files), /not a self-contained module/);
});

test('nothing to do without a runtime file', () => {
  const files = new Map<string, BuiltFile>([['a.js', { code: 'export const a=1;' }]]);
  assert.deepEqual(inlineRuntime(files), { changed: [], removed: [] });
  assert.equal(files.get('a.js')!.code, 'export const a=1;');
});
