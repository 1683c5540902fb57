// Both views in the viewer, curated dataset: a filter change and a timeline step (→ redrawn), now
// that every step also asks the worker for the other view, and the quarterly history of both
// views computed in the browser's analysis worker (a filter change → the history's mark).
//   npm run build:client && npx tsx bench/bench-views.ts [runs]

import { readFileSync } from "node:fs";
import type { Dataset } from "@engine";
import type { Page } from "playwright-core";
import { launchBrowser } from "../test/e2e/launch-browser.js";
import { openViewer } from "../test/e2e/page-helpers.js";
import { serveViewer } from "../test/e2e/serve-viewer.js";
import { filterChange } from "./filter-change.js";
import { timelineStep } from "./timeline-step.js";

const runs = Number(process.argv[2] ?? 7);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Dispatch a filter change and time it to the next history mark (null: no history in the app). */
async function historyMs(page: Page): Promise<number | null> {
  // Source text: tsx's helpers must not leak into the page.
  const result = await page.evaluate(`(async () => {
    const count = () => performance.getEntriesByName("roundtrip:history").length;
    if (count() === 0) return null;
    const before = count();
    const start = performance.now();
    window.__roundtrip.model.dispatch({ type: "toggleDealType", dealType: "license" });
    while (count() === before) {
      if (performance.now() - start > 30000) return null;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    return performance.getEntriesByName("roundtrip:history").at(-1).startTime - start;
  })()`);
  return result === null ? null : Number(result);
}

const dataset = JSON.parse(readFileSync("data/deals.json", "utf8")) as Dataset;
const served = await serveViewer(dataset);
const browser = await launchBrowser();
const filters: number[] = [];
const steps: number[] = [];
const histories: number[] = [];
for (let run = 0; run < runs; run++) {
  const { page } = await openViewer(browser, served.url);
  filters.push(await filterChange(page));
  steps.push(await timelineStep(page));
  const history = await historyMs(page);
  if (history !== null) histories.push(history);
  await page.context().close();
}
await browser.close();
await served.close();
const list = (values: readonly number[]) => values.map((v) => v.toFixed(0)).join(", ");
console.log(`filter change → redrawn: median ${median(filters).toFixed(1)} ms (${list(filters)})`);
console.log(`timeline step → redrawn: median ${median(steps).toFixed(1)} ms (${list(steps)})`);
console.log(
  histories.length > 0
    ? `quarterly history, both views (filter change → history in the worker): median ${median(histories).toFixed(1)} ms (${list(histories)})`
    : "no history in this build",
);
