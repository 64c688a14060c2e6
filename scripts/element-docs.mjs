#!/usr/bin/env node
/**
 * The API tables of docs/elements/<tag>.md, from custom-elements.json (npm run analyze writes it
 * from the elements' JSDoc): attributes, properties, methods, events, slots, CSS parts and CSS
 * custom properties, between `<!-- api:start -->` and `<!-- api:end -->`. The prose around the
 * markers is written by hand, once; the tables are never edited by hand.
 *   node scripts/element-docs.mjs           rewrites the tables (npm run docs:api)
 *   node scripts/element-docs.mjs --check   exits 1 when a page's tables differ from the manifest
 * The output depends on the manifest alone (its order, no dates), so regenerating is one command:
 * npm run analyze && npm run docs:api. test/scripts/element-docs.node.test.ts runs the check.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceSection } from './readme-section.mjs';

export const DOCS_DIR = 'docs/elements';
const SECTION = 'api';

/** Every custom element in the manifest, by tag name: [{ tag, declaration }]. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((declaration) => ({ tag: declaration.tagName, declaration }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/** A table cell: one line, with `|` escaped (also inside code spans, as GitHub reads tables). */
const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text === undefined || text === null || text === '' ? '–' : `\`${cell(text)}\``);
const defaultOf = (value) => (value === undefined || value === 'null' || value === 'undefined' ? '–' : code(value));
const table = (title, head, rows) =>
  rows.length === 0
    ? []
    : [`### ${title}`, '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''];

const isPublic = (m) => (m.privacy ?? 'public') === 'public' && !m.static && !/^[#_]/.test(m.name);

/** The markdown of one element's API, from its manifest declaration. */
export function apiTables(declaration) {
  const members = (declaration.members ?? []).filter(isPublic);
  const fields = members.filter((m) => m.kind === 'field');
  const cssProperties = declaration.cssProperties ?? [];
  const withAttribute = new Set((declaration.attributes ?? []).map((a) => a.fieldName).filter(Boolean));
  const lines = [
    ...table(
      'Attributes',
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      (declaration.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), defaultOf(a.default), cell(a.description)]),
    ),
    ...table(
      'Properties without an attribute',
      ['Property', 'Type', 'Description'],
      fields
        .filter((f) => !withAttribute.has(f.name))
        .map((f) => [code(f.name), code(f.type?.text), cell(`${f.readonly ? 'Read only. ' : ''}${f.description ?? ''}`)]),
    ),
    ...table(
      'Methods',
      ['Method', 'Description'],
      members
        .filter((m) => m.kind === 'method')
        .map((m) => [
          code(`${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}`).join(', ')})${m.return?.type ? `: ${m.return.type.text}` : ''}`),
          cell(m.description),
        ]),
    ),
    ...table('Events', ['Event', 'Description'], (declaration.events ?? []).map((e) => [code(e.name), cell(e.description)])),
    ...table('Slots', ['Slot', 'Description'], (declaration.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])),
    ...table('CSS parts', ['Part', 'Description'], (declaration.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])),
    ...table(
      'CSS custom properties',
      ['Property', ...(cssProperties.some((p) => p.default !== undefined) ? ['Default'] : []), 'Description'],
      cssProperties.map((p) => [code(p.name), ...(cssProperties.some((q) => q.default !== undefined) ? [defaultOf(p.default)] : []), cell(p.description)]),
    ),
  ];
  return [
    `<!-- Generated from custom-elements.json by scripts/element-docs.mjs (npm run docs:api): do not edit by hand. -->`,
    '',
    ...lines,
  ]
    .join('\n')
    .trim();
}

/** The page of each element as it should be: Map(file → text). Throws for a missing page or markers. */
export function expectedPages(manifest, dir = DOCS_DIR, read = (file) => readFileSync(file, 'utf8')) {
  const pages = new Map();
  for (const { tag, declaration } of elementsOf(manifest)) {
    const file = join(dir, `${tag}.md`);
    pages.set(file, replaceSection(read(file), SECTION, apiTables(declaration), file));
  }
  return pages;
}

/** The pages whose text differs from what the manifest gives. */
export function stalePages(manifest, dir = DOCS_DIR) {
  return [...expectedPages(manifest, dir)].filter(([file, text]) => readFileSync(file, 'utf8') !== text).map(([file]) => file);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  if (process.argv.includes('--check')) {
    const stale = stalePages(manifest);
    if (stale.length) {
      console.error(`element-docs: out of date with custom-elements.json: ${stale.join(', ')} (run npm run docs:api)`);
      process.exit(1);
    }
    console.log('element-docs: every page matches custom-elements.json');
  } else {
    // A new element gets a page with its title and the markers; write its prose around them.
    const stub = (file) => `# \`<${file.split('/').pop().replace(/\.md$/, '')}>\`\n\n## API\n\n<!-- api:start -->\n<!-- api:end -->\n`;
    for (const [file, text] of expectedPages(manifest, DOCS_DIR, (f) => (existsSync(f) ? readFileSync(f, 'utf8') : stub(f)))) {
      writeFileSync(file, text);
      console.log(`${file} written`);
    }
  }
}
