// Issue 16: a large file the user opens is read in a Web Worker — the page keeps answering while
// a 20,000-entity ring is parsed and validated — and the read can be cancelled. Responsiveness is
// measured on the page's own event loop (the Long Tasks API: every main-thread task over 50 ms)
// over the read, from the upload's start to its answer, not as a wall-clock time of the whole.

import type { Dataset } from "@engine";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { waitForRebuiltAfterRead } from "./page-helpers.js";
import { ringCsv } from "./ring-csv.js";
import { curated, useViewer } from "./use-viewer.js";

const viewer = useViewer();

/** Record every long task (> 50 ms) of the page's main thread from now on. */
function watchLongTasks(page: Page): Promise<void> {
  return page.evaluate(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        tasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: "longtask" });
  });
}

/** Entities of the dataset the viewer shows. */
function shownEntities(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (window as unknown as { __roundtrip: { model: { dataset: Dataset } } }).__roundtrip.model
        .dataset.entities.length,
  );
}

interface ReadWindow {
  readMs: number;
  /**
   * The longest main-thread task that began during the read (0 when none was over 50 ms); the
   * task that hands the file to the page (Playwright's, here) and calls the reader is before it.
   */
  longestTaskMs: number;
  longTasks: number;
}

function readWindow(page: Page): Promise<ReadWindow> {
  return page.evaluate(() => {
    const start = performance.getEntriesByName("roundtrip:upload-start").at(-1)!.startTime;
    const end = performance.getEntriesByName("roundtrip:upload-read").at(-1)!.startTime;
    const tasks = (
      window as unknown as { __longTasks: { start: number; duration: number }[] }
    ).__longTasks.filter((task) => task.start >= start && task.start < end);
    return {
      readMs: end - start,
      longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
      longTasks: tasks.length,
    };
  });
}

interface DrawWindow {
  /** `roundtrip:prepare-step` marks after the read, then the view model's `roundtrip:layout`. */
  marks: number[];
  /** Long tasks (> 50 ms) that hold two consecutive marks: work not split between tasks. */
  spanning: { start: number; duration: number }[];
  /** Key presses the page handled after the first step and before the viewer was rebuilt. */
  keysBetweenSteps: number;
}

/** Record when the page handles each key press (a real input event, from Playwright). */
function watchKeys(page: Page): Promise<void> {
  return page.evaluate(() => {
    const handled: number[] = [];
    (window as unknown as { __keys: number[] }).__keys = handled;
    window.addEventListener("keydown", () => handled.push(performance.now()), true);
  });
}

/** How the upload read last was prepared and mounted (once `roundtrip:interactive` follows it). */
function drawWindow(page: Page): Promise<DrawWindow> {
  return page.evaluate(() => {
    const read = performance.getEntriesByName("roundtrip:upload-read").at(-1)!.startTime;
    const after = (name: string) =>
      performance
        .getEntriesByName(name)
        .map((mark) => mark.startTime)
        .filter((at) => at >= read);
    const marks = [...after("roundtrip:prepare-step"), after("roundtrip:layout")[0]!];
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] })
      .__longTasks;
    const spanning = tasks.filter((task) =>
      marks.some(
        (at, k) => k > 0 && task.start <= marks[k - 1]! && task.start + task.duration >= at,
      ),
    );
    const keys = (window as unknown as { __keys: number[] }).__keys;
    const keysBetweenSteps = keys.filter((at) => at > marks[0]! && at < marks.at(-1)!).length;
    return { marks, spanning, keysBetweenSteps };
  });
}

describe("opening a large file", () => {
  it("reads a 20,000-entity ring off the main thread: no long task holds the page during the read", async () => {
    const { page, errors } = await viewer.open(viewer.served.url, {
      colorScheme: "light",
    });
    await watchLongTasks(page);
    await watchKeys(page);
    await page.setInputFiles('input[type="file"]', {
      name: "ring.csv",
      mimeType: "text/csv",
      buffer: ringCsv(20_000),
    });
    // Someone typing all along (each press waits until the page has taken it).
    let typing = true;
    const typed = (async () => {
      while (typing) await page.keyboard.press("Shift");
    })();
    // The status line names the file while it is read.
    await expect
      .poll(() => page.textContent(".upload-progress"), { timeout: 10_000 })
      .toContain("Reading ring.csv");
    // The page answers while the worker reads: a task posted now runs before the read ends.
    const answeredDuringRead = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) =>
          setTimeout(
            () => resolve(performance.getEntriesByName("roundtrip:upload-read").length === 0),
            0,
          ),
        ),
    );
    await page.waitForFunction(
      () => performance.getEntriesByName("roundtrip:upload-read").length > 0,
      undefined,
      { timeout: 60_000 },
    );
    const read = await readWindow(page);
    expect(answeredDuringRead).toBe(true);
    // Read on the main thread, the parse is one task as long as the read itself; in the worker,
    // the page's own tasks stay short (posting the bytes, taking the dataset and layout back).
    expect(read.longestTaskMs).toBeLessThan(read.readMs / 3);
    // Shown (the header names the file; a toast may go on to say the link cannot carry it).
    await expect
      .poll(() => page.textContent(".dataset-badge .dataset-name"), { timeout: 90_000 })
      .toContain("ring.csv");
    expect(await shownEntities(page)).toBe(20_000);
    expect(await page.isHidden(".upload-progress")).toBe(true);
    // The network is prepared a step per task before the viewer is rebuilt on it (graphs, the
    // first drawing, the source tiers): no task holds two steps, and the page answers input
    // between them.
    await waitForRebuiltAfterRead(page, 90_000);
    typing = false;
    await typed;
    const drawn = await drawWindow(page);
    expect(drawn.marks.length).toBeGreaterThanOrEqual(5);
    // Keys pressed while the network was prepared were answered before it was mounted.
    expect(drawn.keysBetweenSteps).toBeGreaterThan(0);
    expect(drawn.marks).toEqual([...drawn.marks].sort((a, b) => a - b));
    expect(drawn.spanning).toEqual([]);
    expect(errors).toEqual([]);
  }, 180_000);

  it("cancels the read: the worker is stopped and the data on screen stays", async () => {
    const { page, errors } = await viewer.open(viewer.served.url, {
      colorScheme: "light",
    });
    await page.setInputFiles('input[type="file"]', {
      name: "ring.csv",
      mimeType: "text/csv",
      buffer: ringCsv(20_000),
    });
    await page.click(".upload-progress button", { timeout: 10_000 });
    await expect
      .poll(() => page.textContent("#toast"), { timeout: 10_000 })
      .toContain("Stopped reading ring.csv; the data on screen stays.");
    expect(await page.isHidden(".upload-progress")).toBe(true);
    expect(await page.getAttribute("#open-dataset", "aria-busy")).toBeNull();
    expect(await shownEntities(page)).toBe(curated.entities.length);
    // A file opened next is read to the end and shown.
    await page.setInputFiles('input[type="file"]', {
      name: "small-ring.csv",
      mimeType: "text/csv",
      buffer: ringCsv(500),
    });
    await expect
      .poll(() => page.textContent(".dataset-badge .dataset-name"), { timeout: 90_000 })
      .toContain("small-ring.csv");
    expect(await shownEntities(page)).toBe(500);
    expect(errors).toEqual([]);
  }, 180_000);
});
