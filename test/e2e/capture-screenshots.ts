// Save screenshots of the viewer's main states to docs/screenshots (run by hand, not a test):
//   npm run build:client && npx tsx test/e2e/capture-screenshots.ts [outDir]

import { mkdirSync, readFileSync } from "node:fs";
import type { Dataset } from "@engine";
import type { Page } from "playwright-core";
import { launchBrowser } from "./launch-browser.js";
import { nodePosition, openViewer } from "./page-helpers.js";
import { serveViewer } from "./serve-viewer.js";

const outDir = process.argv[2] ?? "docs/screenshots";
mkdirSync(outDir, { recursive: true });
const dataset = JSON.parse(readFileSync("data/deals.json", "utf8")) as Dataset;
const served = await serveViewer(dataset);
const browser = await launchBrowser();

interface Shot {
  name: string;
  hash?: string;
  act?: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  { name: "overview" },
  {
    name: "loop",
    act: async (page) => {
      await page.locator(".cycle-card").nth(2).click();
    },
  },
  {
    name: "entity",
    act: async (page) => {
      const { x, y } = await nodePosition(page, "oracle");
      await page.mouse.click(x, y);
      await page.mouse.move(5, 5);
    },
  },
  {
    name: "exposure",
    act: async (page) => {
      await page.click("#tab-exposure");
    },
  },
  { name: "timeline", hash: "asOf=2025-03-31" },
  { name: "filters", act: async (page) => void (await page.click("#tab-filters")) },
];

const SIZES = [
  [1280, 800],
  [1920, 1080],
] as const;

for (const [width, height] of SIZES) {
  for (const theme of ["dark", "light"] as const) {
    for (const shot of SHOTS) {
      const hash = [shot.hash, theme === "light" ? "theme=light" : ""].filter(Boolean).join("&");
      const { page, errors } = await openViewer(browser, `${served.url}${hash ? `#${hash}` : ""}`, {
        width,
        height,
        colorScheme: theme,
      });
      await shot.act?.(page);
      await page.waitForTimeout(900);
      const file = `${outDir}/${shot.name}-${width}x${height}-${theme}.png`;
      await page.screenshot({ path: file });
      if (errors.length > 0) console.error(file, errors);
      console.log(file);
      await page.context().close();
    }
  }
}
await browser.close();
await served.close();
