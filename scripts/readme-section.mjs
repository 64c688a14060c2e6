/**
 * The docs' generated sections: the text between `<!-- name:start -->` and `<!-- name:end -->`.
 * Writers throw when the markers are missing, so a table can never silently fail to land; tests
 * read a section to check it against its source. Each section lives in one file (SECTION_FILES),
 * so the scripts that write them (sizes, bench, lighthouse) need not know where it moved.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** Where each generated section lives. */
export const SECTION_FILES = {
  sizes: 'docs/sizes.md',
  bench: 'docs/performance.md',
  lighthouse: 'docs/performance.md',
};

const pattern = (name) => new RegExp(`(<!-- ${name}:start -->)([\\s\\S]*?)(<!-- ${name}:end -->)`);

/** The file a section lives in. */
export const sectionFile = (name) => SECTION_FILES[name] ?? 'README.md';

/** The section's text, trimmed; undefined when the markers are missing. */
export function readSection(name, file = sectionFile(name)) {
  return readFileSync(file, 'utf8').match(pattern(name))?.[2].trim();
}

/** `text` with the section's body replaced by `body`; throws when the markers are missing. */
export function replaceSection(text, name, body, file = 'the text') {
  if (!pattern(name).test(text)) throw new Error(`${file} has no <!-- ${name}:start --> … <!-- ${name}:end --> markers`);
  // A function replacement: `$` in the body is text, not a replacement pattern.
  return text.replace(pattern(name), (_, start, _old, end) => `${start}\n${body.trim()}\n${end}`);
}

/** Replaces the section's text with `body`, in its file. */
export function writeSection(name, body, file = sectionFile(name)) {
  writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), name, body, file));
  return file;
}
