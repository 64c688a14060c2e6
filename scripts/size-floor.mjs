#!/usr/bin/env node
/**
 * What the fixed stack costs before any widget code: the smallest elements that use Lit and
 * @lit/localize the way every widget must (an element that renders one msg() text, follows the
 * language, and can switch it), built and minified like dist/self-host/ and measured in gzip like
 * scripts/sizes.mjs. It shows how much of a size budget is left for the widget itself.
 *   node scripts/size-floor.mjs
 */
import { gzipSync } from 'node:zlib';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const LOCALIZE = `import { msg, configureLocalization } from '@lit/localize';
const { setLocale } = configureLocalization({ sourceLocale: 'en', targetLocales: ['zh-Hans'], loadLocale: () => import('./zh.js') });
export { setLocale };`;

export const FLOORS = [
  {
    label: 'LitElement + @lit/localize (one element, one msg() text)',
    code: `import { LitElement, html, css } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
${LOCALIZE}
class Floor extends LitElement {
  static styles = css\`:host { display: block }\`;
  static properties = { value: { type: Number } };
  constructor() { super(); updateWhenLocaleChanges(this); }
  render() { return html\`<p>\${msg('Progress')} \${this.value}</p>\`; }
}
customElements.define('floor-element', Floor);`,
  },
  {
    label: 'lit-html + @lit/localize, no LitElement',
    code: `import { render, html } from 'lit-html';
${LOCALIZE}
class Floor extends HTMLElement {
  connectedCallback() { render(html\`<p>\${msg('Progress')}</p>\`, this.shadowRoot ?? this.attachShadow({ mode: 'open' })); }
}
customElements.define('floor-element', Floor);`,
  },
];

export async function measureFloors() {
  // Inside the checkout, so that lit and @lit/localize resolve from its node_modules.
  const dir = join(root, 'node_modules', '.cache', `civic-floor-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(join(dir, 'zh.js'), 'export const templates = {};');
    const out = [];
    for (const [i, floor] of FLOORS.entries()) {
      const entry = join(dir, `floor-${i}.js`);
      writeFileSync(entry, floor.code);
      const result = await build({
        root,
        configFile: false,
        logLevel: 'silent',
        publicDir: false,
        build: { write: false, minify: true, target: 'es2022', lib: { entry, formats: ['es'], fileName: `floor-${i}` } },
      });
      const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk' && o.isEntry);
      out.push({ label: floor.label, gzip: chunks.reduce((n, c) => n + gzipSync(c.code, { level: 9 }).length, 0) });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await measureFloors()) console.log(`${(f.gzip / 1024).toFixed(1)} KB gzip  ${f.label}`);
}
