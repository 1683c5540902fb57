// Save screenshots of the viewer's main states to docs/screenshots (run by hand, not a test):
//   npm run build:test-client && npx tsx test/e2e/capture-screenshots.ts [outDir]

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
  /** Which sizes and themes to capture it in. */
  sizes: readonly (readonly [number, number])[];
  themes: readonly ("dark" | "light")[];
}

const SMALL = [1280, 800] as const;
const LARGE = [1920, 1080] as const;
const BOTH = ["dark", "light"] as const;

const SHOTS: Shot[] = [
  { name: "overview", sizes: [SMALL, LARGE], themes: BOTH },
  {
    name: "loop",
    act: async (page) => {
      await page.locator(".cycle-card").nth(2).click();
    },
    sizes: [SMALL, LARGE],
    themes: BOTH,
  },
  {
    name: "entity",
    act: async (page) => {
      const { x, y } = await nodePosition(page, "oracle");
      await page.mouse.click(x, y);
      await page.mouse.move(5, 5);
    },
    sizes: [SMALL],
    themes: BOTH,
  },
  {
    name: "hover",
    act: async (page) => {
      const { x, y } = await nodePosition(page, "nvidia");
      await page.mouse.move(x, y);
    },
    sizes: [SMALL],
    themes: ["dark"],
  },
  {
    name: "exposure",
    act: async (page) => void (await page.click("#tab-exposure")),
    sizes: [SMALL, LARGE],
    themes: BOTH,
  },
  { name: "timeline", hash: "asOf=2025-03-31", sizes: [SMALL], themes: ["light"] },
  { name: "deal", hash: "deal=nvidia-openai-2025-09-loi", sizes: [SMALL], themes: ["dark"] },
  {
    name: "upload-errors",
    act: async (page) => {
      await page.setInputFiles('input[type="file"]', "test/e2e/fixtures/invalid-dataset.json");
      // Read in a worker: the problems come a task or more later.
      await page.waitForSelector("#problems-dialog[open]", { timeout: 20_000 });
    },
    sizes: [SMALL],
    themes: ["light"],
  },
  {
    name: "filters",
    act: async (page) => void (await page.click("#tab-filters")),
    sizes: [SMALL],
    themes: ["dark"],
  },
];

for (const shot of SHOTS) {
  for (const [width, height] of shot.sizes) {
    for (const theme of shot.themes) {
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
