// The viewer in headless Chromium (SwiftShader WebGL): time from navigation to the first rendered
// frame of the curated dataset, and frame times while panning a large synthetic network in the
// real app (served in place of GET /api/dataset), beside sigma alone with its own best settings
// for context. Uses the `window.__roundtrip.renderer` hook of the test build (dist/client-test).

import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { build } from "esbuild";
import { type Browser, chromium, type Page } from "playwright-core";
import { HELP_SEEN_KEY } from "../client/help/help-seen.js";
import { PATHS } from "./bench-paths.js";
import { dragPan } from "./drag-pan.js";
import { filterChange } from "./filter-change.js";
import { generateNetwork, type NetworkSpec } from "./generate-network.js";
import type { PanSceneOptions } from "./pan-page.js";
import { buildPanScene } from "./pan-scene.js";
import { type SampleSummary, summarizeSamples } from "./summarize-samples.js";
import { timelineStep } from "./timeline-step.js";

export const CHROMIUM_ARGS = Object.freeze([
  "--enable-unsafe-swiftshader",
  "--no-sandbox",
  "--disable-background-networking",
]);

export interface PanRun {
  /** Navigation to the first frame of the large network (layout included). */
  firstFrameMs: number;
  /**
   * While the user drags: wall time of each pointer move from dispatch until Chromium has handled
   * it (input is flow-controlled by frame production, so a slow GPU frame shows up here).
   */
  frameMs: SampleSummary & { p95: number };
  /**
   * Intervals between animation frames that had a pointer move to show: the main thread's
   * cadence only — it misses time spent in the GPU process (16.7 ms while sigma alone takes
   * 0.6 s per move), so it is reported for context, never as the frame time.
   */
  rafMs: SampleSummary & { p95: number };
  /** sigma's own render time per frame (beforeRender → afterRender). */
  renderMs: SampleSummary & { p95: number };
  frames: number;
  /** Wall time of the whole drag (all pointer moves, each acknowledged by the page). */
  dragMs: number;
  /** Release → the frame after sigma's last redraw (the app redraws everything once here). */
  settleMs: number;
  /** The app only: navigation to the exposure analysis arriving from its worker (null: not within the timeout). */
  exposureReadyMs?: number | null;
  /** The app only: unchecking a deal type → the redrawn canvas. */
  filterMs?: number;
  /** The app only: one step back on the timeline → the redrawn canvas. */
  timelineMs?: number;
}

export interface PanVariant {
  name: string;
  /** Where it ran: the full viewer app, or sigma alone with the viewer's renderer settings. */
  page: "app" | "sigma";
  spec: NetworkSpec;
  run: PanRun | null;
  error: string | null;
}

export interface ViewerResult {
  curatedFirstFrameMs: SampleSummary;
  /**
   * The first animation frame after the renderer exists (the previous definition of the first
   * frame, which stopped one frame earlier), for comparison with earlier runs.
   */
  curatedFirstRafMs: SampleSummary;
  /** First contentful paint of the page shell, for context. */
  curatedFirstContentfulPaintMs: SampleSummary;
  /** Non-background pixels in a screenshot after the first frame (0 would mean nothing drawn). */
  curatedDrawnPixels: number;
  /** Unchecking a deal type in the Filters tab → the redrawn canvas, curated dataset. */
  curatedFilterMs: SampleSummary;
  /** One step back on the timeline → the redrawn canvas, curated dataset. */
  curatedTimelineMs?: SampleSummary;
  pan: PanVariant[];
  notes: string[];
}

// Code that runs in the page is kept as source text: tsx (esbuild keepNames) would wrap nested
// functions in a `__name` helper that does not exist in the page.

/**
 * Runs in the page before its scripts: the time (performance.now, not the frame's begin stamp,
 * which can predate a long task) of the second animation frame after the renderer exists — the
 * first frame holding sigma's drawing has then been produced.
 */
const WATCH_FIRST_FRAME = `(() => {
  const tick = () => {
    if (window.__roundtrip && window.__roundtrip.renderer) {
      window.__benchFirstRaf = performance.now();
      requestAnimationFrame(() => { window.__benchFirstFrame = performance.now(); });
    } else requestAnimationFrame(tick);
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

export async function firstFrame(page: Page, url: string, timeoutMs: number): Promise<number> {
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

/** Navigation to the viewer's `roundtrip:exposure` mark, waiting up to `timeoutMs`. */
async function exposureReady(page: Page, timeoutMs: number): Promise<number | null> {
  // Polled by a page-side promise: the page's CSP forbids the eval that waitForFunction needs.
  const mark = await page.evaluate(`new Promise((resolve) => {
    const deadline = performance.now() + ${timeoutMs};
    const check = () => {
      const entry = performance.getEntriesByName("roundtrip:exposure")[0];
      if (entry) resolve(entry.startTime);
      else if (performance.now() > deadline) resolve(null);
      else setTimeout(check, 250);
    };
    check();
  })`);
  return mark === null ? null : Number(mark);
}

async function startServer(): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [PATHS.serveApp, "viewer"], {
    cwd: PATHS.root,
    stdio: ["pipe", "pipe", "inherit"],
  });
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

export interface ViewerConfig {
  runs: number;
  panSteps: number;
  /** Loaded and panned in the full app (right after its first frame, exposure still computing). */
  appSpec: NetworkSpec;
  /** Panned with sigma alone (straight arrows, hideEdgesOnMove): what sigma's own drag costs. */
  sceneSpec: NetworkSpec;
  appTimeoutMs: number;
}

export async function bundlePanPage(): Promise<string> {
  const result = await build({
    entryPoints: [`${PATHS.root}bench/pan-page.ts`],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    logLevel: "warning",
  });
  return result.outputFiles[0]!.text;
}

function summarizeRun(
  firstFrameMs: number,
  { intervals, renders, moves, dragMs, settleMs }: Awaited<ReturnType<typeof dragPan>>,
): PanRun {
  return {
    dragMs,
    settleMs,
    firstFrameMs,
    frameMs: withP95(moves),
    rafMs: withP95(intervals),
    renderMs: withP95(renders),
    frames: moves.length,
  };
}

function describeRun(name: string, run: PanRun): string {
  const ready =
    run.exposureReadyMs === undefined
      ? ""
      : `; exposure ready ${run.exposureReadyMs === null ? "not within the timeout" : `at ${(run.exposureReadyMs / 1000).toFixed(1)} s`}`;
  return `  ${name}: first frame ${(run.firstFrameMs / 1000).toFixed(1)} s; pan frame (move → handled) median ${run.frameMs.median.toFixed(1)} ms, p95 ${run.frameMs.p95.toFixed(1)} ms over ${run.frames} moves, animation-frame interval median ${run.rafMs.median.toFixed(1)} ms (drag ${(run.dragMs / 1000).toFixed(1)} s, release → redrawn ${(run.settleMs / 1000).toFixed(1)} s); sigma render median ${run.renderMs.median.toFixed(1)} ms${ready}`;
}

export async function benchViewer(
  config: ViewerConfig,
  log: (line: string) => void,
): Promise<ViewerResult> {
  const notes: string[] = [];
  const server = await startServer();
  const url = `http://127.0.0.1:${server.port}/`;
  let browser: Browser | null = null;
  const newPage = async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 800 } });
    // A first visit, but with "How to read this" dismissed: its modal would take the pointer.
    await context.addInitScript((key) => localStorage.setItem(key, "1"), HELP_SEEN_KEY);
    return { context, page: await context.newPage() };
  };
  try {
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: [...CHROMIUM_ARGS],
    });
    const firstFrames: number[] = [];
    const firstRafs: number[] = [];
    const paints: number[] = [];
    const filterTimes: number[] = [];
    const timelineTimes: number[] = [];
    let pixels = 0;
    for (let run = 0; run < config.runs; run++) {
      // A fresh context per run: a first visit, nothing cached.
      const { context, page } = await newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      const ms = await firstFrame(page, url, 60_000);
      firstFrames.push(ms);
      firstRafs.push(Number(await page.evaluate("window.__benchFirstRaf")));
      const fcp = Number(
        await page.evaluate(
          `performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN`,
        ),
      );
      if (Number.isFinite(fcp)) paints.push(fcp);
      if (run === 0) pixels = await drawnPixels(page);
      filterTimes.push(await filterChange(page));
      timelineTimes.push(await timelineStep(page));
      if (errors.length > 0) notes.push(`page errors on the curated dataset: ${errors.join("; ")}`);
      log(
        `  curated dataset: first frame at ${ms.toFixed(0)} ms (first animation frame after mount ${firstRafs.at(-1)!.toFixed(0)} ms) (first contentful paint ${fcp.toFixed(0)} ms); filter change → redrawn ${filterTimes.at(-1)!.toFixed(0)} ms; timeline step → redrawn ${timelineTimes.at(-1)!.toFixed(0)} ms`,
      );
      await context.close();
    }

    const panVariants: PanVariant[] = [];
    const attempt = async (
      variant: Omit<PanVariant, "run" | "error">,
      go: (page: Page) => Promise<PanRun>,
    ) => {
      const { context, page } = await newPage();
      try {
        const run = await go(page);
        panVariants.push({ ...variant, run, error: null });
        log(describeRun(variant.name, run));
      } catch (error) {
        const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
        panVariants.push({ ...variant, run: null, error: message });
        log(`  ${variant.name}: FAILED ${message}`);
      } finally {
        await context.close();
      }
    };

    // The full app on a network its in-browser analysis can finish.
    const appDataset = JSON.stringify(generateNetwork(config.appSpec));
    await attempt(
      {
        name: `viewer app, ${config.appSpec.n}/${config.appSpec.m}`,
        page: "app",
        spec: config.appSpec,
      },
      async (page) => {
        await page.route("**/api/dataset", (route) =>
          route.fulfill({ status: 200, contentType: "application/json", body: appDataset }),
        );
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        const ms = await firstFrame(page, url, config.appTimeoutMs);
        const shown = Number(
          await page.evaluate("window.__roundtrip.model.dataset.entities.length"),
        );
        if (shown !== config.appSpec.n) {
          throw new Error(`the app shows ${shown} entities, expected ${config.appSpec.n}`);
        }
        const panned = await dragPan(page, config.panSteps);
        const ready = await exposureReady(page, config.appTimeoutMs);
        const filterMs = await filterChange(page);
        const timelineMs = await timelineStep(page);
        if (errors.length > 0) notes.push(`page errors in the app: ${errors.join("; ")}`);
        notes.push(
          `app ${config.appSpec.n}/${config.appSpec.m}: the drag moves the drawn picture (snapshot pan); release → redrawn ${(panned.settleMs / 1000).toFixed(1)} s; exposure from the worker ${ready === null ? `not ready within ${config.appTimeoutMs / 1000} s` : `ready ${(ready / 1000).toFixed(1)} s after navigation`}; unchecking a deal type → redrawn ${(filterMs / 1000).toFixed(1)} s; a step back on the timeline → redrawn ${(timelineMs / 1000).toFixed(1)} s.`,
        );
        return {
          ...summarizeRun(ms, panned),
          exposureReadyMs: ready,
          filterMs,
          timelineMs,
        };
      },
    );

    // sigma alone on the large network with its best native settings for a drag (edges and
    // labels hidden while moving, no edge picking): redrawing nodes every frame, for contrast with
    // the app's snapshot pan. (Curved arrows with edge events never finished a drag at 5,000.)
    const script = await bundlePanPage();
    const scene = JSON.stringify(buildPanScene(generateNetwork(config.sceneSpec)));
    const size = `${config.sceneSpec.n}/${config.sceneSpec.m}`;
    const variants: [string, PanSceneOptions][] = [
      [
        `sigma alone, straight arrows, edge events, everything redrawn, ${size}`,
        { curved: false, hideEdgesOnMove: false },
      ],
      [
        `sigma alone, straight arrows, hideEdgesOnMove + hideLabelsOnMove, ${size}`,
        { curved: false, hideEdgesOnMove: true, hideLabelsOnMove: true, edgeEvents: false },
      ],
    ];
    for (const [name, options] of variants) {
      await attempt({ name, page: "sigma", spec: config.sceneSpec }, async (page) => {
        await page.setContent(
          `<!doctype html><html><body style="margin:0"><div id="stage" style="width:100vw;height:100vh"></div><script>${script}</script></body></html>`,
        );
        const start = Number(await page.evaluate("performance.now()"));
        await page.evaluate(`window.__benchMount(${scene}, ${JSON.stringify(options)})`);
        const shown = Number(
          await page.evaluate(
            "new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))))",
          ),
        );
        return summarizeRun(shown - start, await dragPan(page, config.panSteps));
      });
    }
    return {
      curatedFirstFrameMs: summarizeSamples(firstFrames),
      curatedFirstRafMs: summarizeSamples(firstRafs),
      curatedFirstContentfulPaintMs: summarizeSamples(paints),
      curatedDrawnPixels: pixels,
      curatedFilterMs: summarizeSamples(filterTimes),
      curatedTimelineMs: summarizeSamples(timelineTimes),
      pan: panVariants,
      notes,
    };
  } finally {
    await browser?.close();
    server.child.kill("SIGTERM");
  }
}
