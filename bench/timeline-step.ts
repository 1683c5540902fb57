// A step on the timeline in the real app: the slider moves one deal date back and the canvas shows
// the network as of that date (the analysis the main thread needs, then sigma's redraw).

import type { Page } from "playwright-core";
import { watchSettle } from "./watch-settle.js";

/** Focus the timeline's slider, press ←, and return the step → redrawn time (ms). */
export async function timelineStep(page: Page): Promise<number> {
  await page.focus('#timeline input[type="range"]');
  await page.evaluate(watchSettle("input"));
  await page.keyboard.press("ArrowLeft");
  return Number(await page.evaluate("window.__benchSettled"));
}
