/**
 * Large text (issue 20 item 2) for <civic-progress-ring>, <civic-indicator-board> (cards and
 * table) and <civic-feed-summary>: with the Miyun feed, at 320 and 360 px with the root font at
 * 200 %, in zh and en: no element wider than the viewport (a table may scroll inside its own
 * region), nothing clipped, no button outside its container, no word or number broken across
 * lines (Latin words, numbers with their sign, CJK labels of up to 6 characters), targets at
 * least 24 px. Needs the build (dist/self-host).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { withBrowserAndServer } from "./support.mjs";

const CASES = {
  ring: '<civic-progress-ring src="/feeds/miyun-2024.json" indicator="high-standard-farmland"></civic-progress-ring>',
  board:
    '<civic-indicator-board src="/feeds/miyun-2024.json"></civic-indicator-board>',
  table:
    '<civic-indicator-board src="/feeds/miyun-2024.json" table section="s1 s2"></civic-indicator-board>',
  summary:
    '<civic-feed-summary src="/feeds/miyun-2024.json"></civic-feed-summary>',
};
const page = (
  lang,
  body,
) => `<!doctype html><html lang="${lang}" style="font-size:200%"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>t</title>
<script type="module" src="/civic-widgets.js"></script></head><body style="margin:8px">${body}</body></html>`;

const pages = {};
for (const [name, body] of Object.entries(CASES))
  for (const lang of ["zh-CN", "en"])
    pages[`/large-${name}-${lang}.html`] = { body: page(lang, body) };
const env = withBrowserAndServer({ pages });

for (const name of Object.keys(CASES)) {
  for (const lang of ["zh-CN", "en"]) {
    test(`${name}, ${lang}, 320 and 360 px at 200 % text: nothing too wide, clipped or broken; targets ≥ 24 px`, async () => {
      for (const width of [320, 360]) {
        const p = await env.browser.newPage({
          viewport: { width, height: 1300 },
        });
        await p.goto(`${env.server.origin}/large-${name}-${lang}.html`);
        await p.waitForFunction(
          () =>
            [...document.body.children].every(
              (el) =>
                !el.localName.startsWith("civic-") ||
                (el.shadowRoot &&
                  el.state &&
                  el.state !== "loading" &&
                  el.state !== "idle"),
            ),
          null,
          { timeout: 20000 },
        );
        await p.evaluate(() => {
          for (const el of document.querySelectorAll("*"))
            for (const d of el.shadowRoot?.querySelectorAll("details") ?? [])
              d.open = true;
        });
        await p.waitForTimeout(300);
        const found = await p.evaluate(() => {
          const issues = [];
          const vw = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth > vw)
            issues.push(
              `page scrolls sideways: ${document.documentElement.scrollWidth} > ${vw}`,
            );
          const all = [];
          const walk = (root) => {
            for (const el of root.querySelectorAll("*")) {
              all.push(el);
              if (el.shadowRoot) walk(el.shadowRoot);
            }
          };
          walk(document);
          const scrollers = all.filter((el) =>
            ["auto", "scroll"].includes(getComputedStyle(el).overflowX),
          );
          const inScroller = (el) =>
            scrollers.some((s) => s !== el && s.contains(el));
          const desc = (el) =>
            `${el.localName}${el.className && typeof el.className === "string" ? "." + el.className.split(" ").join(".") : ""}`;
          for (const el of all) {
            const r = el.getBoundingClientRect();
            if (!r.width || getComputedStyle(el).visibility === "hidden")
              continue;
            if ((r.right > vw + 0.5 || r.left < -0.5) && !inScroller(el))
              issues.push(
                `wider than the viewport: ${desc(el)} ${Math.round(r.left)}–${Math.round(r.right)}`,
              );
            const cs = getComputedStyle(el);
            if (
              ["hidden", "clip"].includes(cs.overflowX) &&
              el.scrollWidth > el.clientWidth + 1 &&
              el.localName !== "svg"
            )
              issues.push(
                `clipped: ${desc(el)} ${el.scrollWidth} > ${el.clientWidth}`,
              );
            if (
              ["button", "a", "summary", "select", "input"].includes(
                el.localName,
              ) &&
              !el.closest?.("p, li:not(.card)")
            ) {
              if (r.width < 24 || r.height < 24)
                issues.push(
                  `target under 24px: ${desc(el)} ${Math.round(r.width)}×${Math.round(r.height)}`,
                );
            }
            if (el.localName === "button" && el.parentElement) {
              const pr = el.parentElement.getBoundingClientRect();
              if (r.right > pr.right + 1 || r.left < pr.left - 1)
                issues.push(`button outside its container: ${desc(el)}`);
            }
          }
          // Words broken across lines: Latin words, numbers with their sign, and short CJK labels.
          for (const el of all) {
            for (const node of el.childNodes) {
              if (node.nodeType !== 3 || !node.data.trim()) continue;
              const text = node.data;
              const tokens = [];
              const re = /[A-Za-z0-9][A-Za-z0-9.,%:/'’]*|[一-鿿]+/g;
              let m;
              while ((m = re.exec(text))) {
                const cjk = /^[一-鿿]+$/.test(m[0]);
                // A CJK run is a label when it is the whole (short) text of its node.
                if (cjk && !(text.trim() === m[0] && m[0].length <= 6))
                  continue;
                tokens.push([m.index, m[0]]);
              }
              for (const [i, word] of tokens) {
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + word.length);
                const tops = new Set(
                  [...range.getClientRects()]
                    .filter((r) => r.width > 0)
                    .map((r) => Math.round(r.top)),
                );
                if (tops.size > 1)
                  issues.push(`word broken: "${word}" in ${desc(el)}`);
              }
            }
          }
          return [...new Set(issues)];
        });
        await p.close();
        assert.deepEqual(found, [], `${name} ${lang} ${width}px`);
      }
    });
  }
}
