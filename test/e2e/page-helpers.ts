// Helpers for the browser tests: open the viewer, find a node on screen, count painted pixels.

import type { Browser, Page } from "playwright-core";

export interface OpenedPage {
  page: Page;
  /** console errors and uncaught exceptions seen so far. */
  errors: string[];
  dialogs: string[];
}

export async function openViewer(
  browser: Browser,
  url: string,
  { width = 1280, height = 800, colorScheme = "dark" as "dark" | "light", ready = true } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width, height },
    colorScheme,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url);
  if (ready) await page.waitForSelector("body.ready", { timeout: 20_000 });
  return { page, errors, dialogs };
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
