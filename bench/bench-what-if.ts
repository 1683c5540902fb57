// A what-if in the viewer, curated dataset (issue 13: "recomputing a scenario takes under 50 ms
// in the browser"): with OpenAI's shock open in its panel, move the "Unpaid" slider and time the
// input → the canvas redrawn with the new losses (the scenario computed on the main thread, the
// panel's ranking and sigma's redraw). Each round a fresh page; the slider goes to a new share.
//   npm run build:test-client && npx tsx bench/bench-what-if.ts [runs]

import { readFileSync } from "node:fs";
import type { Dataset } from "@engine";
import { launchBrowser } from "../test/e2e/launch-browser.js";
import { openViewer } from "../test/e2e/page-helpers.js";
import { serveViewer } from "../test/e2e/serve-viewer.js";
import { watchSettle } from "./watch-settle.js";

const runs = Number(process.argv[2] ?? 7);
const dataset = JSON.parse(readFileSync("data/deals.json", "utf8")) as Dataset;
const served = await serveViewer(dataset);
const browser = await launchBrowser();
const times: number[] = [];
for (let run = 0; run < runs; run++) {
  const { page } = await openViewer(browser, `${served.url}#entity=openai&shock=openai:0.5`);
  await page.locator(".entity-panel .what-if-results").waitFor();
  for (const share of [30, 70, 90]) {
    await page.evaluate(watchSettle("input"));
    await page.evaluate(`(() => {
      const slider = document.querySelector(".what-if-shock-row input[type=range]");
      slider.value = "${share}";
      slider.dispatchEvent(new Event("input", { bubbles: true }));
    })()`);
    times.push(Number(await page.evaluate("window.__benchSettled")));
  }
  await page.context().close();
}
await browser.close();
await served.close();
const sorted = [...times].sort((a, b) => a - b);
const median =
  sorted.length % 2
    ? sorted[sorted.length >> 1]!
    : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
console.log(
  `what-if: slider input → redrawn, median ${median.toFixed(1)} ms over ${times.length} changes (${times.map((t) => t.toFixed(0)).join(", ")})`,
);
