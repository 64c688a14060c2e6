/**
 * The README's generated sections: the text between `<!-- name:start -->` and
 * `<!-- name:end -->`. Writers throw when the markers are missing, so a table can never
 * silently fail to land; tests read a section to check it against its source.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const pattern = (name) => new RegExp(`(<!-- ${name}:start -->)([\\s\\S]*?)(<!-- ${name}:end -->)`);

/** The section's text, trimmed; undefined when the markers are missing. */
export function readSection(name, file = 'README.md') {
  return readFileSync(file, 'utf8').match(pattern(name))?.[2].trim();
}

/** Replaces the section's text with `body`. */
export function writeSection(name, body, file = 'README.md') {
  const readme = readFileSync(file, 'utf8');
  if (!pattern(name).test(readme)) throw new Error(`${file} has no <!-- ${name}:start --> … <!-- ${name}:end --> markers`);
  // A function replacement: `$` in the body is text, not a replacement pattern.
  writeFileSync(file, readme.replace(pattern(name), (_, start, _old, end) => `${start}\n${body.trim()}\n${end}`));
}
