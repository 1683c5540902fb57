// Measure the time from navigation to the first rendered frame of the curated dataset in headless
// Chromium (SwiftShader WebGL): `npx tsx test/e2e/measure-first-frame.ts [runs] [clientDir...]`.
// Several built viewers are measured interleaved, load by load, so machine load hits them alike.
// Reports, never asserts: the figure depends on the machine.

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Dataset } from "@engine";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./launch-browser.js";
import { CLIENT_DIR, type ServedViewer, serveViewer } from "./serve-viewer.js";

/** Runs in the page before its scripts: the first animation frame after the renderer exists. */
const WATCH_FIRST_FRAME = `(() => {
  const tick = () => {
    if (window.__roundtrip && window.__roundtrip.renderer) window.__firstFrame = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

async function load(browser: Browser, url: string): Promise<{ ms: number; marks: string }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH_FIRST_FRAME);
    await page.goto(url);
    const frame = () => (window as unknown as { __firstFrame?: number }).__firstFrame;
    await page.waitForFunction(frame, undefined, { timeout: 20_000 });
    const ms = (await page.evaluate(frame)) as number;
    const marks = await page.evaluate(() =>
      performance
        .getEntriesByType("mark")
        .filter((mark) => mark.name.startsWith("roundtrip:"))
        .map((mark) => `${mark.name.slice(10)} ${mark.startTime.toFixed(0)}`)
        .join(", "),
    );
    return { ms, marks };
  } finally {
    await context.close();
  }
}

const runs = Number(process.argv[2] ?? 7);
const dirs = process.argv.length > 3 ? process.argv.slice(3).map((d) => resolve(d)) : [CLIENT_DIR];
const curated = JSON.parse(readFileSync("data/deals.json", "utf8")) as Dataset;
const browser = await launchBrowser();
const servers: ServedViewer[] = [];
const times = dirs.map(() => [] as number[]);
try {
  for (const dir of dirs) servers.push(await serveViewer(curated, dir));
  for (let run = 0; run < runs + 1; run++) {
    for (const [index, server] of servers.entries()) {
      const { ms, marks } = await load(browser, server.url);
      console.log(`${dirs[index]} load ${run}: ${marks}; first frame ${ms.toFixed(0)}`);
      // The first load warms the server's caches and the browser: not counted.
      if (run > 0) times[index]!.push(ms);
    }
  }
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}
for (const [index, list] of times.entries()) {
  const sorted = [...list].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(
    `${dirs[index]}: first frame (ms) over ${list.length} loads: median ${median.toFixed(0)}, min ${sorted[0]!.toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)}`,
  );
}
