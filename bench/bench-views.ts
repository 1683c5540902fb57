// Both views in the viewer, curated dataset: a filter change and a timeline step (→ redrawn), now
// that every step also asks the worker for the other view, and the quarterly history of both
// views computed in the browser's analysis worker (a filter change → the history's mark). With
// `--baseline DIR` (another build of the client, e.g. the one before issue 11) the two builds are
// loaded in interleaved order (A B, B A, …) on the same data and both are reported.
//   npm run build:client && npx tsx bench/bench-views.ts [runs] [--baseline DIR]

import { readFileSync } from "node:fs";
import type { Dataset } from "@engine";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../test/e2e/launch-browser.js";
import { openViewer } from "../test/e2e/page-helpers.js";
import { CLIENT_DIR, type ServedViewer, serveViewer } from "../test/e2e/serve-viewer.js";
import { filterChange } from "./filter-change.js";
import { timelineStep } from "./timeline-step.js";

const args = process.argv.slice(2);
const baselineAt = args.indexOf("--baseline");
const baselineDir = baselineAt >= 0 ? args[baselineAt + 1] : undefined;
const runs = Number(args.find((arg, i) => /^\d+$/.test(arg) && i !== baselineAt + 1) ?? 7);

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

interface Build {
  name: string;
  served: ServedViewer;
  filters: number[];
  steps: number[];
  histories: number[];
}

async function measure(browser: Browser, build: Build): Promise<void> {
  const { page } = await openViewer(browser, build.served.url);
  build.filters.push(await filterChange(page));
  build.steps.push(await timelineStep(page));
  const history = await historyMs(page);
  if (history !== null) build.histories.push(history);
  await page.context().close();
}

const dataset = JSON.parse(readFileSync("data/deals.json", "utf8")) as Dataset;
const builds: Build[] = [];
for (const [name, dir] of [
  ["this build", CLIENT_DIR],
  ...(baselineDir ? [["baseline", baselineDir]] : []),
] as const) {
  builds.push({
    name,
    served: await serveViewer(dataset, dir),
    filters: [],
    steps: [],
    histories: [],
  });
}
const browser = await launchBrowser();
for (let run = 0; run < runs; run++) {
  for (let k = 0; k < builds.length; k++)
    await measure(browser, builds[(run + k) % builds.length]!);
}
await browser.close();
const list = (values: readonly number[]) => values.map((v) => v.toFixed(0)).join(", ");
for (const build of builds) {
  await build.served.close();
  console.log(`${build.name}:`);
  console.log(
    `  filter change → redrawn: median ${median(build.filters).toFixed(1)} ms (${list(build.filters)})`,
  );
  console.log(
    `  timeline step → redrawn: median ${median(build.steps).toFixed(1)} ms (${list(build.steps)})`,
  );
  console.log(
    build.histories.length > 0
      ? `  quarterly history, both views (filter change → history in the worker): median ${median(build.histories).toFixed(1)} ms (${list(build.histories)})`
      : "  no history in this build",
  );
}
if (builds.length === 2) {
  const [a, b] = builds as [Build, Build];
  console.log(
    `ratios (this build / baseline): filter change ${(median(a.filters) / median(b.filters)).toFixed(2)}, timeline step ${(median(a.steps) / median(b.steps)).toFixed(2)}`,
  );
}
