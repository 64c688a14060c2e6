import type { Plugin } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';

/**
 * Minifies the HTML and CSS inside Lit's html``, svg`` and css`` templates in production
 * builds (Vite minifies the JavaScript around them but leaves template text as written).
 *
 * Options are chosen for Lit templates: attributes are never dropped or unquoted (an empty
 * `alt=""` or `aria-label=""` means something), entities are left as written, and whitespace
 * between inline elements keeps one space, so "a <b>b</b>" never becomes "a<b>b</b>".
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'civic-minify-templates',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(?:html|svg|css)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, {
        fileName: id.replace(/\.ts$/, '.js'),
        html: {
          caseSensitive: true,
          collapseWhitespace: true,
          conservativeCollapse: true,
          removeComments: true,
          removeAttributeQuotes: false,
          removeEmptyAttributes: false,
          decodeEntities: false,
          minifyJS: false,
          minifyCSS: { minify: true },
        },
        css: { minify: true },
      });
      return result ? { code: result.code, map: result.map as never } : null;
    },
  };
}
