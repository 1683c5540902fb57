// The viewer on a phone (issue 15) in real headless Chromium with touch emulation: nothing wider
// than the screen, the header's tools in a menu, the panels as a bottom sheet that opens on a
// selection and drags or taps closed, tap selects, long press shows the tooltip, pinch zooms, and
// the loops and the what-if stay usable above the sheet. Touches go through the DevTools protocol
// (Input.dispatchTouchEvent), as a finger's would.

import type { CDPSession, Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { nodePosition } from "./page-helpers.js";
import { useViewer } from "./use-viewer.js";

const PHONE = { width: 390, height: 844, touch: true };
const viewer = useViewer();

type Point = { x: number; y: number };

async function touch(
  session: CDPSession,
  type: "touchStart" | "touchMove" | "touchEnd",
  points: Point[],
): Promise<void> {
  await session.send("Input.dispatchTouchEvent", {
    type,
    touchPoints: points.map(({ x, y }, id) => ({ x, y, id })),
  });
}

/**
 * A tap on an element's middle, both touch events sent at once: a busy machine cannot stretch it
 * into a long press, which makes no click (page.tap sends them one after the other).
 */
async function quickTap(page: Page, session: CDPSession, target: string | Locator): Promise<void> {
  const locator = typeof target === "string" ? page.locator(target) : target;
  await locator.scrollIntoViewIfNeeded();
  const box = (await locator.boundingBox())!;
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await Promise.all([touch(session, "touchStart", [point]), touch(session, "touchEnd", [])]);
}

/** Elements drawn (even partly) right of the viewport, after clipping by their ancestors. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll("body *")) {
      if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const box = element.getBoundingClientRect();
      let right = box.right;
      let left = box.left;
      for (let up = element.parentElement; up; up = up.parentElement) {
        const style = getComputedStyle(up);
        const clips =
          style.overflowX !== "visible" || (style.clip !== "auto" && style.position === "absolute");
        if (!clips) continue;
        const outer = up.getBoundingClientRect();
        right = Math.min(right, outer.right);
        left = Math.max(left, outer.left);
      }
      if (box.width > 0 && right > left && right > window.innerWidth + 0.5)
        found.push(`${element.tagName}.${element.className} ends at ${Math.round(right)}`);
    }
    return found;
  });
}

const sheetTop = (page: Page) =>
  page.evaluate(() => document.getElementById("sidebar")!.getBoundingClientRect().top);
/** The sheet's top once its slide has finished (a box measured mid-slide moves under the finger). */
async function settledSheetTop(page: Page): Promise<number> {
  await expect
    .poll(() => page.evaluate(() => document.getElementById("sidebar")!.getAnimations().length))
    .toBe(0);
  return sheetTop(page);
}
const selection = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as {
          __roundtrip: { model: { getState(): { selection: { id: string } | null } } };
        }
      ).__roundtrip.model.getState().selection?.id ?? null,
  );
const cameraRatio = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as { __roundtrip: { renderer: import("sigma").default } }
      ).__roundtrip.renderer
        .getCamera()
        .getState().ratio,
  );

describe("the viewer on a phone (390 × 844, touch)", () => {
  it("fits the screen: no element wider than it, the header's tools in a menu", async () => {
    for (const colorScheme of ["dark", "light"] as const) {
      const { page, errors } = await viewer.open(viewer.served.url, {
        ...PHONE,
        colorScheme,
      });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      expect(await overflowing(page)).toEqual([]);
      // Beside each figure only the other view's side shows, so the figures take little height.
      const pair = page.locator('[data-figure="gross"] .figure-pair');
      expect(await pair.innerText()).toMatch(/^\$[\d.]+[KMBT]? committed$/);
      expect((await page.locator(".summary-strip").boundingBox())!.height).toBeLessThan(95);
      // The tools are folded away until the menu opens; then they fit too, and so does the export list.
      expect(await page.locator("#open-dataset").isVisible()).toBe(false);
      const session = await page.context().newCDPSession(page);
      await quickTap(page, session, "#header-menu");
      await expect.poll(() => page.locator("#open-dataset").isVisible()).toBe(true);
      expect(await page.getAttribute("#header-menu", "aria-expanded")).toBe("true");
      await quickTap(page, session, "#export-menu summary");
      await expect.poll(() => page.locator(".menu-list").isVisible()).toBe(true);
      expect(await overflowing(page)).toEqual([]);
      await page.keyboard.press("Escape");
      await page.keyboard.press("Escape");
      await expect.poll(() => page.locator("#open-dataset").isVisible()).toBe(false);
      expect(errors).toEqual([]);
      viewer.release(page);
    }
  }, 120_000);

  it("tap selects and opens the sheet above the graph; the sheet drags and taps closed", async () => {
    const { page, errors } = await viewer.open(viewer.served.url, PHONE);
    const session = await page.context().newCDPSession(page);
    const peekTop = await sheetTop(page);
    expect(peekTop).toBeGreaterThan(844 - 80);
    const oracle = await nodePosition(page, "oracle");
    // A tap: both events sent at once, so a busy machine cannot stretch it into a long press.
    await Promise.all([touch(session, "touchStart", [oracle]), touch(session, "touchEnd", [])]);
    await expect.poll(() => selection(page)).toBe("oracle");
    await expect.poll(() => sheetTop(page)).toBeLessThan(844 * 0.6);
    expect(await page.textContent(".entity-panel .detail-title")).toBe("Oracle");
    // The selected node is framed in the strip of graph left between the figures and the sheet,
    // not under either (Oracle has more neighbours than that strip can show).
    const strip = (await page.locator(".summary-strip").boundingBox())!;
    const top = await settledSheetTop(page);
    await expect
      .poll(async () => {
        const { y } = await nodePosition(page, "oracle");
        return y > strip.y + strip.height && y < top;
      })
      .toBe(true);
    expect(await overflowing(page)).toEqual([]);

    // Drag the handle down to the bottom: the sheet closes to its tabs.
    const handle = (await page.locator(".sheet-handle").boundingBox())!;
    const grip = { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 };
    await touch(session, "touchStart", [grip]);
    for (const y of [grip.y + 100, grip.y + 250, 830])
      await touch(session, "touchMove", [{ x: grip.x, y }]);
    await touch(session, "touchEnd", []);
    await expect.poll(() => sheetTop(page)).toBeGreaterThan(844 - 80);
    expect(await page.getAttribute(".sheet-handle", "aria-expanded")).toBe("false");
    // Closed, what it covers is out of the tab order.
    expect(
      await page.evaluate(() => document.querySelector<HTMLElement>(".sidebar-body")!.inert),
    ).toBe(true);

    // Tap the handle: open again; drag it up: taller; the close button closes it.
    await settledSheetTop(page);
    await quickTap(page, session, ".sheet-handle");
    await expect.poll(() => sheetTop(page)).toBeLessThan(844 * 0.6);
    const openTop = await settledSheetTop(page);
    const reopened = (await page.locator(".sheet-handle").boundingBox())!;
    const start = { x: reopened.x + 100, y: reopened.y + 10 };
    await touch(session, "touchStart", [start]);
    for (const y of [start.y - 60, start.y - 120])
      await touch(session, "touchMove", [{ x: start.x, y }]);
    await touch(session, "touchEnd", []);
    await expect.poll(() => sheetTop(page)).toBeLessThan(openTop - 80);
    await settledSheetTop(page);
    // Clicked, not tapped: Chromium takes a tap right after a fast touch drag as the stop of the
    // fling the drag started and makes no click of it (a phone does the same). The handle acts on
    // the press itself (pointerup), so the taps on it above do not depend on that.
    await page.locator(".drawer-close").click();
    await expect.poll(() => sheetTop(page)).toBeGreaterThan(844 - 80);

    // Closed another way in the middle of a drag (here by the app), the sheet does not stay held up
    // by the drag; the finger lifted afterwards changes nothing.
    await settledSheetTop(page);
    await quickTap(page, session, ".sheet-handle");
    await expect.poll(() => sheetTop(page)).toBeLessThan(844 * 0.6);
    await settledSheetTop(page);
    const held = (await page.locator(".sheet-handle").boundingBox())!;
    const finger = { x: held.x + 100, y: held.y + 10 };
    await touch(session, "touchStart", [finger]);
    await touch(session, "touchMove", [{ x: finger.x, y: finger.y - 60 }]);
    expect(
      await page.evaluate(() => document.getElementById("sidebar")!.classList.contains("dragging")),
    ).toBe(true);
    await page.evaluate(() =>
      (
        window as unknown as {
          __roundtrip: { model: { dispatch(action: { type: "setDrawer"; open: boolean }): void } };
        }
      ).__roundtrip.model.dispatch({ type: "setDrawer", open: false }),
    );
    await expect.poll(() => sheetTop(page)).toBeGreaterThan(844 - 80);
    await touch(session, "touchEnd", []);
    expect(await page.getAttribute(".sheet-handle", "aria-expanded")).toBe("false");
    expect(await settledSheetTop(page)).toBeGreaterThan(844 - 80);
    expect(errors).toEqual([]);
  }, 120_000);

  it("a link to an entity opens the sheet with the entity in view above it", async () => {
    const { page, errors } = await viewer.open(`${viewer.served.url}#entity=oracle`, PHONE);
    expect(await page.textContent(".entity-panel .detail-title")).toBe("Oracle");
    const top = await settledSheetTop(page);
    expect(top).toBeLessThan(844 * 0.6);
    const strip = (await page.locator(".summary-strip").boundingBox())!;
    const { y } = await nodePosition(page, "oracle");
    expect(y).toBeGreaterThan(strip.y + strip.height);
    expect(y).toBeLessThan(top);
    expect(errors).toEqual([]);
  }, 60_000);

  it("a long press shows the tooltip without selecting; a pinch zooms in", async () => {
    const { page, errors } = await viewer.open(viewer.served.url, PHONE);
    const session = await page.context().newCDPSession(page);
    const nvidia = await nodePosition(page, "nvidia");
    await touch(session, "touchStart", [nvidia]);
    // No tooltip on a plain touch, only once the finger has been held.
    expect(await page.locator(".tooltip").isVisible()).toBe(false);
    await expect.poll(() => page.locator(".tooltip").isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await page.textContent(".tooltip strong")).toBe("Nvidia");
    await touch(session, "touchEnd", []);
    // The release is not a tap: nothing is selected, and the card stays to be read.
    expect(await selection(page)).toBe(null);
    expect(await page.locator(".tooltip").isVisible()).toBe(true);
    // The card sits above the finger, inside the screen.
    const card = (await page.locator(".tooltip").boundingBox())!;
    expect(card.y + card.height).toBeLessThan(nvidia.y);
    expect(card.x + card.width).toBeLessThanOrEqual(390);

    // Two fingers moving apart zoom in (sigma's camera ratio falls); the card goes with the touch.
    const before = await cameraRatio(page);
    const graph = (await page.locator("#graph").boundingBox())!;
    const cy = graph.y + graph.height / 2;
    const cx = graph.x + graph.width / 2;
    await touch(session, "touchStart", [
      { x: cx - 30, y: cy },
      { x: cx + 30, y: cy },
    ]);
    for (const spread of [50, 80, 110])
      await touch(session, "touchMove", [
        { x: cx - spread, y: cy },
        { x: cx + spread, y: cy },
      ]);
    await touch(session, "touchEnd", []);
    await expect.poll(() => cameraRatio(page)).toBeLessThan(before * 0.6);
    expect(await page.locator(".tooltip").isVisible()).toBe(false);
    expect(await selection(page)).toBe(null);
    expect(errors).toEqual([]);
  }, 120_000);

  it("a loop chosen in the sheet is shown above it; the what-if runs from an entity", async () => {
    const { page, errors } = await viewer.open(viewer.served.url, PHONE);
    const session = await page.context().newCDPSession(page);
    await quickTap(page, session, "#tab-cycles");
    await expect.poll(() => sheetTop(page)).toBeLessThan(844 * 0.6);
    await quickTap(page, session, page.locator(".cycle-card .cycle-toggle").nth(0));
    await expect.poll(() => page.locator(".loop-chip").count()).toBe(1);
    const loop = await page.evaluate(
      () =>
        (
          window as unknown as {
            __roundtrip: { model: { getState(): { focusedCycle: string[] | null } } };
          }
        ).__roundtrip.model.getState().focusedCycle!,
    );
    expect(loop.length).toBeGreaterThan(1);
    // Every entity of the loop is on screen above the sheet once the camera has moved.
    await expect
      .poll(async () => {
        const top = await sheetTop(page);
        const points = await Promise.all(loop.map((id) => nodePosition(page, id)));
        return points.every(({ x, y }) => x > 0 && x < 390 && y > 0 && y < top);
      })
      .toBe(true);
    expect(await overflowing(page)).toEqual([]);

    // The what-if, from an entity's panel in the sheet: its summary and table fit the screen.
    await page.fill(".search-input", "OpenAI");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent(".entity-panel .detail-title")).toBe("OpenAI");
    // The panel is drawn again when the entity's history arrives from the worker: tap after that.
    await page.locator(".entity-panel .sparkline").waitFor();
    await quickTap(page, session, page.locator(".entity-panel .what-if .chip-button").first());
    await expect
      .poll(() => page.textContent(".entity-panel .what-if-summary"))
      .toContain("System loss");
    // The panel may be redrawn meanwhile (the analysis of the other view arrives): scroll to
    // whichever table is there now until it is in sight.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const table = document.querySelector(".entity-panel .what-if-table");
          if (!table) return false;
          table.scrollIntoView({ block: "nearest" });
          const box = table.getBoundingClientRect();
          return box.height > 0 && box.top < window.innerHeight && box.bottom > 0;
        }),
      )
      .toBe(true);
    expect(await overflowing(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});
