// Save screenshots of the viewer's main states to docs/screenshots (run by hand, not a test):
//   npm run build:test-client && npx tsx test/e2e/capture-screenshots.ts [outDir] [name…]
// The overview at the five widths issue 15 names (a phone, a tablet upright and sideways, two
// desktops) in both themes; the phone with its sheet, menu and long-press card; the other states
// at 1280 × 800 and 1920 × 1080. Each shot waits for the page to settle (camera still, no CSS
// transition running, two frames drawn), not for a fixed time.

import { mkdirSync, readFileSync } from "node:fs";
import type { Dataset } from "@engine";
import type { Page } from "playwright-core";
import { launchBrowser } from "./launch-browser.js";
import { nodePosition, openViewer } from "./page-helpers.js";
import { serveViewer } from "./serve-viewer.js";

const [outDir = "docs/screenshots", ...only] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const dataset = JSON.parse(readFileSync("data/deals.json", "utf8")) as Dataset;
const served = await serveViewer(dataset);
const browser = await launchBrowser();

type Size = readonly [number, number];

interface Shot {
  name: string;
  hash?: string;
  act?: (page: Page) => Promise<void>;
  /** Open as a first visit ("How to read this" opens by itself). */
  firstVisit?: boolean;
  /** Which sizes and themes to capture it in. */
  sizes: readonly Size[];
  themes: readonly ("dark" | "light")[];
}

const PHONE = [390, 844] as const;
const SMALL = [1280, 800] as const;
const LARGE = [1920, 1080] as const;
const WIDTHS: readonly Size[] = [PHONE, [768, 1024], [1024, 768], [1440, 900], LARGE];
const BOTH = ["dark", "light"] as const;

/** The camera has stopped, no CSS transition or animation runs, and two frames have been drawn. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const hook = (window as unknown as { __roundtrip?: { renderer: import("sigma").default } })
      .__roundtrip;
    const moving = hook?.renderer.getCamera().isAnimated() ?? false;
    const running = document
      .getAnimations()
      .some(
        (animation) =>
          animation.playState === "running" &&
          animation.effect?.getTiming().iterations !== Infinity,
      );
    return !moving && !running;
  });
  await page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );
}

/** Hold a finger on an entity until its card shows (touch contexts only). */
async function longPress(page: Page, id: string): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const { x, y } = await nodePosition(page, id);
  await session.send("Input.dispatchTouchEvent", {
    type: "touchStart",
    touchPoints: [{ x, y, id: 0 }],
  });
  await page.locator(".tooltip").waitFor({ state: "visible" });
  await session.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

const SHOTS: Shot[] = [
  { name: "overview", sizes: WIDTHS, themes: BOTH },
  {
    name: "loop",
    act: async (page) => {
      if (page.viewportSize()!.width <= 480) await page.tap("#tab-cycles");
      await page.locator(".cycle-card .cycle-toggle").nth(2).click();
      await page.locator(".loop-chip").waitFor();
    },
    sizes: [PHONE, SMALL, LARGE],
    themes: BOTH,
  },
  {
    name: "entity",
    act: async (page) => {
      const { x, y } = await nodePosition(page, "oracle");
      if (page.viewportSize()!.width <= 480) await page.touchscreen.tap(x, y);
      else {
        await page.mouse.click(x, y);
        await page.mouse.move(5, 5);
      }
      await page.locator(".entity-panel .detail-title").waitFor();
    },
    // Not on the phone: with an entity's panel open in the sheet, headless Chromium's full-view
    // capture leaves out the graph's WebGL layers (a capture clipped to the graph shows them), so
    // the image would show labels without nodes. The mobile e2e checks that view instead.
    sizes: [SMALL],
    themes: BOTH,
  },
  {
    name: "menu",
    act: async (page) => {
      await page.tap("#header-menu");
      await page.locator("#open-dataset").waitFor();
    },
    sizes: [PHONE],
    themes: ["dark"],
  },
  {
    name: "long-press",
    act: (page) => longPress(page, "nvidia"),
    sizes: [PHONE],
    themes: ["light"],
  },
  {
    name: "hover",
    act: async (page) => {
      const { x, y } = await nodePosition(page, "nvidia");
      await page.mouse.move(x, y);
      await page.locator(".tooltip").waitFor();
    },
    sizes: [SMALL],
    themes: ["dark"],
  },
  {
    name: "exposure",
    act: async (page) => {
      await page.click("#tab-exposure");
      await page.locator("#panel-exposure").waitFor();
    },
    sizes: [SMALL, LARGE],
    themes: BOTH,
  },
  { name: "timeline", hash: "asOf=2025-03-31", sizes: [SMALL], themes: ["light"] },
  {
    name: "deal",
    hash: "deal=nvidia-openai-2025-09-loi",
    act: async (page) => void (await page.locator(".deal-panel .detail-title").waitFor()),
    sizes: [SMALL],
    themes: ["dark"],
  },
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
    name: "what-if",
    hash: "entity=openai&shock=openai:0.5",
    act: async (page) => {
      await page.locator(".entity-panel .what-if-results").waitFor();
      if (page.viewportSize()!.width <= 480) {
        // On a phone, the sheet closed (pressed from the keyboard): the graph and its "✕k" marks.
        await page.focus(".sheet-handle");
        await page.keyboard.press("Enter");
        await page.locator('.sheet-handle[aria-expanded="false"]').waitFor();
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        return;
      }
      // Scroll the entity panel to its what-if section, where the scenario's results are.
      await settled(page);
      // Scroll only the panel (scrollIntoView would scroll the page too).
      await page.evaluate(() => {
        const section = document.querySelector<HTMLElement>(".entity-panel .what-if");
        const scroller = section?.closest<HTMLElement>(".detail");
        if (section && scroller)
          scroller.scrollTop +=
            section.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      });
    },
    // On the phone with the sheet closed: open, it would show the entity panel (see "entity").
    sizes: [PHONE, SMALL],
    themes: BOTH,
  },
  {
    name: "trend",
    hash: "tab=trend",
    act: async (page) => {
      if (page.viewportSize()!.width <= 480) await page.tap("#tab-trend");
      await page.locator("#panel-trend .trend-chart").first().waitFor();
    },
    sizes: [PHONE, SMALL],
    themes: BOTH,
  },
  {
    name: "help",
    firstVisit: true,
    act: async (page) => void (await page.locator(".help-body h2").waitFor()),
    sizes: [PHONE, SMALL],
    themes: ["light", "dark"],
  },
  {
    name: "filters",
    act: async (page) => {
      await page.click("#tab-filters");
      await page.locator("#panel-filters").waitFor();
    },
    sizes: [SMALL],
    themes: ["dark"],
  },
];

for (const shot of SHOTS) {
  if (only.length > 0 && !only.includes(shot.name)) continue;
  for (const [width, height] of shot.sizes) {
    for (const theme of shot.themes) {
      const hash = [shot.hash, theme === "light" ? "theme=light" : ""].filter(Boolean).join("&");
      const { page, errors } = await openViewer(browser, `${served.url}${hash ? `#${hash}` : ""}`, {
        width,
        height,
        colorScheme: theme,
        touch: width <= 480,
        firstVisit: shot.firstVisit ?? false,
      });
      await shot.act?.(page);
      await settled(page);
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
