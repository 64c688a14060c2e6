/**
 * The fenced code blocks of a Markdown file, for the tests that paste the docs' examples as they
 * are: { lang, file, code, heading, line }. The info string may name a file (```ts file=src/main.ts).
 */
import { readFileSync } from 'node:fs';

export function snippets(path) {
  const out = [];
  let heading = '';
  let open;
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const fence = /^\s*```(.*)$/.exec(text);
      if (open) {
        if (fence && !fence[1].trim()) {
          out.push(open);
          open = undefined;
        } else open.code += (open.code ? '\n' : '') + text.slice(open.indent);
        return;
      }
      if (/^#{1,4} /.test(text)) heading = text.replace(/^#+ /, '');
      if (fence) {
        const [lang = '', ...rest] = fence[1].trim().split(/\s+/);
        const file = rest.find((r) => r.startsWith('file='))?.slice(5);
        open = { lang, file, code: '', heading, line: i + 1, indent: text.indexOf('```') };
      }
    });
  return out;
}

/** The Content-Security-Policy value of the first ```http block of `path` in the section `heading`. */
export function policy(path, heading) {
  const block = snippets(path).find((s) => s.lang === 'http' && s.heading.includes(heading));
  return block.code.replace(/^Content-Security-Policy:\s*/, '').trim();
}
