// The viewer in headless Chromium (SwiftShader WebGL): time from navigation to the first rendered
// frame of the curated dataset, and frame times while panning a large synthetic network (served
// in place of GET /api/dataset). Uses the `window.__roundtrip.renderer` hook the viewer exposes.

import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { type Browser, chromium, type Page } from "playwright-core";
import { PATHS } from "./bench-paths.js";
import { generateNetwork, type NetworkSpec } from "./generate-network.js";
import { type SampleSummary, summarizeSamples } from "./summarize-samples.js";

export const CHROMIUM_ARGS = Object.freeze([
  "--enable-unsafe-swiftshader",
  "--no-sandbox",
  "--disable-background-networking",
]);

export interface PanRun {
  /** Navigation to the first frame of the large network (layout included). */
  firstFrameMs: number;
  /** Intervals between successive animation frames while the camera moves every frame. */
  frameMs: SampleSummary & { p95: number };
  /** sigma's own render time per frame (beforeRender → afterRender). */
  renderMs: SampleSummary & { p95: number };
  frames: number;
}

export interface ViewerResult {
  curatedFirstFrameMs: SampleSummary;
  /** First contentful paint of the page shell, for context. */
  curatedFirstContentfulPaintMs: SampleSummary;
  /** Non-background pixels in a screenshot after the first frame (0 would mean nothing drawn). */
  curatedDrawnPixels: number;
  pan: { spec: NetworkSpec; runs: PanRun[] } | null;
  notes: string[];
}

// Code that runs in the page is kept as source text: tsx (esbuild keepNames) would wrap nested
// functions in a `__name` helper that does not exist in the page.

/** Runs in the page before its scripts: note the time of the first animation frame after mount. */
const WATCH_FIRST_FRAME = `(() => {
  const tick = (time) => {
    if (window.__roundtrip && window.__roundtrip.renderer) window.__benchFirstFrame = time;
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

/** Count pixels that differ from the most common colour (the background) of a PNG. */
const COUNT_DRAWN_PIXELS = `async (base64) => {
  const image = new Image();
  image.src = "data:image/png;base64," + base64;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext("2d");
  context.drawImage(image, 0, 0);
  const data = context.getImageData(0, 0, image.width, image.height).data;
  const counts = new Map();
  for (let i = 0; i < data.length; i += 4) {
    const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  return data.length / 4 - Math.max(...counts.values());
}`;

/** Move the camera a little every animation frame; record frame stamps and sigma render times. */
const PAN = `async (count) => {
  const renderer = window.__roundtrip.renderer;
  const camera = renderer.getCamera();
  const start = camera.getState();
  const renders = [];
  let began = 0;
  renderer.on("beforeRender", () => { began = performance.now(); });
  renderer.on("afterRender", () => { renders.push(performance.now() - began); });
  const stamps = [];
  await new Promise((resolve) => {
    const step = (time) => {
      stamps.push(time);
      if (stamps.length > count) return resolve();
      const k = stamps.length;
      camera.setState({ x: start.x + 0.004 * k * start.ratio, y: start.y + 0.002 * k * start.ratio });
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  return { intervals: stamps.slice(1).map((t, k) => t - stamps[k]), renders };
}`;

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const withP95 = (samples: number[]) => ({
  ...summarizeSamples(samples),
  p95: percentile(
    [...samples].sort((a, b) => a - b),
    0.95,
  ),
});

async function firstFrame(page: Page, url: string, timeoutMs: number): Promise<number> {
  await page.addInitScript(WATCH_FIRST_FRAME);
  await page.goto(url, { waitUntil: "commit", timeout: timeoutMs });
  // Polled by a page-side promise (evaluated over CDP, so the page's strict CSP allows it).
  const wait = page.evaluate(`new Promise((resolve) => {
    const check = () => window.__benchFirstFrame ? resolve(window.__benchFirstFrame) : setTimeout(check, 20);
    check();
  })`);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no frame within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    return Number(await Promise.race([wait, timeout]));
  } finally {
    clearTimeout(timer);
  }
}

async function drawnPixels(page: Page): Promise<number> {
  const png = await page.locator("canvas").first().screenshot();
  return Number(
    await page.evaluate(`(${COUNT_DRAWN_PIXELS})(${JSON.stringify(png.toString("base64"))})`),
  );
}

async function pan(
  page: Page,
  frames: number,
): Promise<{ intervals: number[]; renders: number[] }> {
  return (await page.evaluate(`(${PAN})(${frames})`)) as { intervals: number[]; renders: number[] };
}

async function startServer(): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", `${PATHS.root}bench/serve-app.ts`, "viewer"],
    {
      cwd: PATHS.root,
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`serve-app viewer exited with ${code}`)));
    lines.on("line", (line) => {
      const parsed = JSON.parse(line) as { port?: number };
      if (typeof parsed.port === "number") resolve(parsed.port);
    });
  });
  return { child, port };
}

export async function benchViewer(
  config: { spec: NetworkSpec; runs: number; panFrames: number },
  log: (line: string) => void,
): Promise<ViewerResult> {
  const notes: string[] = [];
  const server = await startServer();
  const url = `http://127.0.0.1:${server.port}/`;
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: [...CHROMIUM_ARGS],
    });
    const firstFrames: number[] = [];
    const paints: number[] = [];
    let pixels = 0;
    for (let run = 0; run < config.runs; run++) {
      // A fresh context per run: a first visit, nothing cached.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      const ms = await firstFrame(page, url, 60_000);
      firstFrames.push(ms);
      const fcp = Number(
        await page.evaluate(
          `performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN`,
        ),
      );
      if (Number.isFinite(fcp)) paints.push(fcp);
      if (run === 0) pixels = await drawnPixels(page);
      if (errors.length > 0) notes.push(`page errors on the curated dataset: ${errors.join("; ")}`);
      log(
        `  curated dataset: first frame at ${ms.toFixed(0)} ms (first contentful paint ${fcp.toFixed(0)} ms)`,
      );
      await context.close();
    }

    const dataset = JSON.stringify(generateNetwork(config.spec));
    const runs: PanRun[] = [];
    for (let run = 0; run < config.runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.route("**/api/dataset", (route) =>
        route.fulfill({ status: 200, contentType: "application/json", body: dataset }),
      );
      try {
        const ms = await firstFrame(page, url, 300_000);
        const { intervals, renders } = await pan(page, config.panFrames);
        const frameMs = withP95(intervals);
        const renderMs = withP95(renders);
        runs.push({ firstFrameMs: ms, frameMs, renderMs, frames: intervals.length });
        log(
          `  ${config.spec.n}/${config.spec.m} network: first frame ${(ms / 1000).toFixed(1)} s; pan frame median ${frameMs.median.toFixed(1)} ms, p95 ${frameMs.p95.toFixed(1)} ms; sigma render median ${renderMs.median.toFixed(1)} ms`,
        );
      } catch (error) {
        const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
        notes.push(`large network run ${run + 1}: ${message}`);
        log(`  large network: FAILED ${message}`);
      }
      await context.close();
    }
    return {
      curatedFirstFrameMs: summarizeSamples(firstFrames),
      curatedFirstContentfulPaintMs: summarizeSamples(paints),
      curatedDrawnPixels: pixels,
      pan: { spec: config.spec, runs },
      notes,
    };
  } finally {
    await browser?.close();
    server.child.kill("SIGTERM");
  }
}
