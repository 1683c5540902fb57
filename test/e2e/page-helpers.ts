// Helpers for the browser tests: open the viewer, find a node on screen, count painted pixels.

import type { Browser, BrowserContext, Download, Page } from "playwright-core";
import { HELP_SEEN_KEY } from "../../client/help/help-seen.js";

export interface OpenedPage {
  page: Page;
  /** console errors and uncaught exceptions seen so far. */
  errors: string[];
  dialogs: string[];
}

export interface ViewerOptions {
  width?: number;
  height?: number;
  colorScheme?: "dark" | "light";
  /** Wait until the viewer shows the data and answers the pointer (else only the navigation). */
  ready?: boolean;
  /** A phone: touch events and a mobile viewport. */
  touch?: boolean;
  /** A first visit, when "How to read this" opens by itself; else it counts as dismissed before. */
  firstVisit?: boolean;
}

/** A new browser context as `openViewer` opens it: the window, scheme, touch and first visit. */
export async function newViewerContext(
  browser: Browser,
  {
    width = 1280,
    height = 800,
    colorScheme = "dark",
    touch = false,
    firstVisit = false,
  }: ViewerOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width, height },
    colorScheme,
    acceptDownloads: true,
    hasTouch: touch,
    isMobile: touch,
  });
  if (!firstVisit) {
    // Every frame runs it, and a cross-origin iframe (the embed test) may not touch storage.
    await context.addInitScript((key) => {
      try {
        localStorage.setItem(key, "1");
      } catch {
        // no storage here: the help does not open uninvited either
      }
    }, HELP_SEEN_KEY);
  }
  return context;
}

/**
 * Collects the page's console errors, uncaught exceptions and dialogs (dismissed) into whichever
 * lists `current()` gives when each arrives.
 */
export function watchPage(page: Page, current: () => Omit<OpenedPage, "page">): void {
  page.on("console", (message) => {
    if (message.type() === "error") current().errors.push(message.text());
  });
  page.on("pageerror", (error) => current().errors.push(error.message));
  page.on("dialog", (dialog) => {
    current().dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}

/** Waits until the viewer shows the data and picking (hover and click on the canvas) works. */
export async function waitUntilInteractive(page: Page): Promise<void> {
  await page.waitForSelector("body.ready", { timeout: 20_000 });
  // Picking starts a frame after the first one.
  await page.waitForFunction(
    () => performance.getEntriesByName("roundtrip:interactive").length > 0,
    undefined,
    { timeout: 20_000 },
  );
}

/** The viewer at `url` in a browser context of its own (close it with `page.context().close()`). */
export async function openViewer(
  browser: Browser,
  url: string,
  options: ViewerOptions = {},
): Promise<OpenedPage> {
  const context = await newViewerContext(browser, options);
  const page = await context.newPage();
  const lists = { errors: [] as string[], dialogs: [] as string[] };
  watchPage(page, () => lists);
  await page.goto(url);
  if (options.ready ?? true) await waitUntilInteractive(page);
  return { page, ...lists };
}

/** Where an entity's node is drawn, in page coordinates. */
export async function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((key) => {
    const { renderer } = (
      window as unknown as { __roundtrip: { renderer: import("sigma").default } }
    ).__roundtrip;
    const data = renderer.getNodeDisplayData(key);
    if (!data) throw new Error(`no node ${key}`);
    const point = renderer.framedGraphToViewport(data);
    const box = renderer.getContainer().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }, id);
}

/** The colour a node is drawn with right now. */
export async function nodeColor(page: Page, id: string): Promise<string | undefined> {
  return page.evaluate((key) => {
    const { renderer } = (
      window as unknown as { __roundtrip: { renderer: import("sigma").default } }
    ).__roundtrip;
    return renderer.getNodeDisplayData(key)?.color;
  }, id);
}

/** Share of a screenshot's pixels that differ clearly from the background colour. */
export async function paintedShare(
  page: Page,
  png: Buffer,
  background: [number, number, number],
): Promise<number> {
  return page.evaluate(
    async ({ base64, bg }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext("2d")!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let painted = 0;
      for (let i = 0; i < data.length; i += 4) {
        const distance =
          Math.abs(data[i]! - bg[0]) +
          Math.abs(data[i + 1]! - bg[1]) +
          Math.abs(data[i + 2]! - bg[2]);
        if (distance > 40) painted++;
      }
      return painted / (data.length / 4);
    },
    { base64: png.toString("base64"), bg: background },
  );
}

export async function figure(page: Page, key: string): Promise<string> {
  return (await page.textContent(`[data-figure="${key}"] .figure-value`)) ?? "";
}

/**
 * Where the middle of a deal's curved arrow is drawn, in page coordinates: the curve is the
 * quadratic Bézier @sigma/edge-curve draws, whose control point sits off the chord's midpoint by
 * `curvature` × the chord turned a quarter; at t = ½ that is half the offset. Both sides are
 * returned (the y-down viewport flips the turn); the caller checks which one sigma picks.
 */
export async function edgeMidpoints(page: Page, id: string): Promise<{ x: number; y: number }[]> {
  return page.evaluate((key) => {
    const { renderer } = (
      window as unknown as { __roundtrip: { renderer: import("sigma").default } }
    ).__roundtrip;
    const graph = renderer.getGraph();
    const edge = renderer.getEdgeDisplayData(key);
    const source = renderer.getNodeDisplayData(graph.source(key));
    const target = renderer.getNodeDisplayData(graph.target(key));
    if (!edge || !source || !target || edge.hidden) return [];
    const a = renderer.framedGraphToViewport(source);
    const b = renderer.framedGraphToViewport(target);
    const curvature = Number((edge as unknown as { curvature?: number }).curvature ?? 0);
    const box = renderer.getContainer().getBoundingClientRect();
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    return [1, -1].map((side) => ({
      x: box.left + (a.x + b.x) / 2 - (side * dy * curvature) / 2,
      y: box.top + (a.y + b.y) / 2 + (side * dx * curvature) / 2,
    }));
  }, id);
}

/** What the pointer hovers right now, per the view state. */
export async function hoveredItem(page: Page): Promise<{ kind: string; id: string } | null> {
  return page.evaluate(() => {
    const { model } = (
      window as unknown as {
        __roundtrip: { model: { getState(): { hovered: { kind: string; id: string } | null } } };
      }
    ).__roundtrip;
    return model.getState().hovered;
  });
}

/** What is selected right now, per the view state. */
export async function selectedItem(page: Page): Promise<{ kind: string; id: string } | null> {
  return page.evaluate(() => {
    const { model } = (
      window as unknown as {
        __roundtrip: { model: { getState(): { selection: { kind: string; id: string } | null } } };
      }
    ).__roundtrip;
    return model.getState().selection;
  });
}

/** Dispatch view-state actions, all in one task of the page. */
export async function dispatch(page: Page, ...actions: unknown[]): Promise<void> {
  await page.evaluate((list) => {
    const { model } = (
      window as unknown as { __roundtrip: { model: { dispatch(action: unknown): void } } }
    ).__roundtrip;
    for (const action of list) model.dispatch(action);
  }, actions);
}

/** The loops of the current view, ranked, each as its entity ids. */
export async function viewLoops(page: Page): Promise<string[][]> {
  return page.evaluate(() => {
    const { model } = (
      window as unknown as {
        __roundtrip: {
          model: { getAnalysis(): { cycles: { cycles: { nodes: string[] }[] } } };
        };
      }
    ).__roundtrip;
    return model.getAnalysis().cycles.cycles.map((cycle) => cycle.nodes);
  });
}

/**
 * The bytes of a finished download, read through Playwright: the tests reach the run's Chromium
 * over its WebSocket, where `download.path()` is not available.
 */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/**
 * The page's URL once the viewer has written its last change to the browser's history (the
 * history calls wait for the frame that shows the change: a frame, then the task after it).
 */
export async function settledUrl(page: Page): Promise<string> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );
  return page.url();
}

/** Wait until the viewer is interactive again on the network of the last file it read. */
export async function waitForRebuiltAfterRead(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const read = performance.getEntriesByName("roundtrip:upload-read").at(-1)!.startTime;
      return performance
        .getEntriesByName("roundtrip:interactive")
        .some((mark) => mark.startTime > read);
    },
    undefined,
    { timeout, polling: 200 },
  );
}
