/**
 * The demo pages as built (dist/demo/) on a phone with 200 % text (issue 20): the widgets are
 * tested alone in large-text.test.mjs; here they sit in a page's own layout (gutters, cards, a
 * long English title), which is how residents meet them. At 320 and 360 px, root font at 200 %,
 * in Chinese and in English (the page's own toggle): the page does not scroll sideways, no
 * control sticks out or is cut off, no word or number breaks, every target is at least 24 px.
 * The configurator and publishing pages (for editors and clerks) are held to no sideways scrolling
 * and target size. Screenshots go to test-results/large-text-demo/.
 */
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { withBrowserAndServer, widgetsSettled } from "./support.mjs";
import { layoutFacts } from "./layout-facts.mjs";

/** Text that may break between any two Chinese characters: the feed's strings and the pages' own prose. */
const PROSE = [];
JSON.parse(
  readFileSync("public/feeds/miyun-2024.json", "utf8"),
  (key, value) => {
    if (
      typeof value === "string" &&
      value.trim().length >= 2 &&
      /[\u3400-\u9fff]/.test(value)
    )
      PROSE.push(value.trim());
    return value;
  },
);
for (const m of readFileSync("demo/page-text.ts", "utf8").matchAll(
  /zh: '([^']+)'/g,
))
  PROSE.push(m[1]);

const PAGES = {
  "index.html": [
    "civic-task-list",
    "civic-progress-ring",
    "civic-indicator-board",
    "civic-feed-summary",
  ],
  "tourism.html": ["civic-event-calendar"],
  "configurator.html": [],
  "publish.html": [],
};
const CHECKS = [
  "no sideways scrolling",
  "no button cut off",
  "no word broken",
  "targets at least 24 px",
];

const env = withBrowserAndServer({ root: "dist" });

for (const [file, widgets] of Object.entries(PAGES)) {
  // The tool pages open in the browser's language and have their own switch: tested as they open.
  const langs = widgets.length ? ["zh", "en"] : ["as opened"];
  for (const width of [320, 360]) {
    for (const lang of langs) {
      describe(`demo ${file} at ${width} px, 200 % text, ${lang}`, () => {
        let facts;
        before(async () => {
          const page = await env.browser.newPage({
            viewport: { width, height: 720 },
          });
          // 200 % text from the first paint, as a reader's browser setting is (a style added after
          // load leaves Chromium's container queries measured at the old size until a resize).
          await page.route(`**/demo/${file}`, async (route) => {
            const response = await route.fetch();
            const body = (await response.text()).replace(
              "</head>",
              "<style>html { font-size: 200% }</style></head>",
            );
            await route.fulfill({ response, body });
          });
          await page.goto(`${env.server.origin}/demo/${file}`, {
            waitUntil: "load",
          });
          // The portal opens in Chinese, the tourism page in English: the toggle switches.
          if (
            widgets.length &&
            !(
              await page.evaluate(() => document.documentElement.lang)
            ).startsWith(lang)
          ) {
            await page.click("[data-lang-toggle]");
            await page.waitForFunction(
              (l) => document.documentElement.lang.startsWith(l),
              lang,
            );
          }
          if (widgets.length) await widgetsSettled(page, widgets);
          await page.evaluate(async (tags) => {
            await Promise.all(
              tags.flatMap((t) =>
                [...document.querySelectorAll(t)].map(
                  (el) => el.updateComplete,
                ),
              ),
            );
            await new Promise((r) =>
              requestAnimationFrame(() => requestAnimationFrame(r)),
            );
          }, widgets);
          facts = await page.evaluate(layoutFacts, [["body"], PROSE]);
          mkdirSync("test-results/large-text-demo", { recursive: true });
          await page.screenshot({
            path: `test-results/large-text-demo/${file.replace(".html", "")}-${width}-${lang.replace(" ", "-")}.png`,
            fullPage: true,
            clip: { x: 0, y: 0, width, height: 2400 },
          });
          await page.close();
        });
        test(CHECKS[0], () => {
          assert.ok(
            facts.docWidth <= facts.viewport,
            `the page is ${facts.docWidth} px wide in a ${facts.viewport} px viewport`,
          );
          assert.deepEqual(facts.wide, [], "elements wider than the viewport");
        });
        // The tool pages are for editors and clerks: their own hints are Chinese prose that wraps
        // anywhere, and a text box scrolls its long address inside itself; they are held to no
        // sideways scrolling and target size.
        const tool = !widgets.length;
        test(CHECKS[1], { skip: tool && "tool page" }, () =>
          assert.deepEqual(facts.clipped, []),
        );
        test(CHECKS[2], { skip: tool && "tool page" }, () =>
          assert.deepEqual(facts.broken, []),
        );
        test(CHECKS[3], () => assert.deepEqual(facts.small, []));
      });
    }
  }
}
