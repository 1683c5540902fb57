// A what-if filter in the real app: uncheck one deal type and time until the canvas shows the
// recomputed network (the analysis the main thread needs, then sigma's redraw).

import type { Page } from "playwright-core";
import { watchSettle } from "./watch-settle.js";

/** Open the Filters tab, toggle `input[name=checkbox]`, and return the change → redrawn time (ms). */
export async function filterChange(page: Page, checkbox = "type-equity"): Promise<number> {
  await page.click("#tab-filters");
  const input = page.locator(`input[name="${checkbox}"]`);
  await page.evaluate(watchSettle("change"));
  if (await input.isChecked()) await input.uncheck();
  else await input.check();
  return Number(await page.evaluate("window.__benchSettled"));
}
