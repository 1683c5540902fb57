// The first view of the network in real headless Chromium: framed clear of the controls drawn over
// the canvas (the legend, folded or open, and the zoom buttons) at desktop, laptop and phone sizes.

import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useViewer } from "./use-viewer.js";

const viewer = useViewer();

/** The visible nodes whose disc overlaps a control over the canvas, in page pixels. */
function nodesUnderControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { renderer } = (
      window as unknown as { __roundtrip: { renderer: import("sigma").default } }
    ).__roundtrip;
    const container = renderer.getContainer().getBoundingClientRect();
    const cameraState = renderer.getCamera().getState();
    const controls = ["#legend", "#graph-controls"].map((selector) => ({
      selector,
      box: document.querySelector(selector)!.getBoundingClientRect(),
    }));
    const found: string[] = [];
    for (const key of renderer.getGraph().nodes()) {
      const data = renderer.getNodeDisplayData(key);
      if (!data || data.hidden) continue;
      const point = renderer.framedGraphToViewport(data, { cameraState });
      const x = container.left + point.x;
      const y = container.top + point.y;
      const radius = renderer.scaleSize(data.size, cameraState.ratio);
      for (const { selector, box } of controls) {
        if (box.width === 0) continue;
        if (
          x + radius > box.left &&
          x - radius < box.right &&
          y + radius > box.top &&
          y - radius < box.bottom
        )
          found.push(`${key} under ${selector}`);
      }
    }
    return found;
  });
}

describe("the first view's framing", () => {
  it.each([
    { width: 1440, height: 900, touch: false, legendOpen: false },
    // Framed by its width with the folded legend in the bottom-left corner, this size drew Vantage
    // bank group's node under the legend button.
    { width: 1280, height: 720, touch: false, legendOpen: false },
    { width: 1920, height: 1080, touch: false, legendOpen: true },
    { width: 390, height: 844, touch: true, legendOpen: false },
  ])(
    "draws no node under the legend or the zoom buttons at $width × $height",
    { timeout: 60_000 },
    async ({ width, height, touch, legendOpen }) => {
      const { page, errors } = await viewer.open(viewer.served.url, {
        width,
        height,
        touch,
      });
      const toggle = page.locator(".legend-toggle");
      expect(await toggle.getAttribute("aria-expanded")).toBe(String(legendOpen));
      expect(await page.locator("#graph-controls button").count()).toBeGreaterThan(0);
      expect(await nodesUnderControls(page)).toEqual([]);
      // The network is still drawn: most of its nodes are in view.
      const inView = await page.evaluate(() => {
        const { renderer } = (
          window as unknown as { __roundtrip: { renderer: import("sigma").default } }
        ).__roundtrip;
        const { width: w, height: h } = renderer.getDimensions();
        const cameraState = renderer.getCamera().getState();
        const shown = renderer
          .getGraph()
          .nodes()
          .map((key) => renderer.getNodeDisplayData(key)!)
          .filter((data) => !data.hidden);
        const inside = shown.filter((data) => {
          const p = renderer.framedGraphToViewport(data, { cameraState });
          return p.x >= 0 && p.x <= w && p.y >= 0 && p.y <= h;
        });
        return inside.length / shown.length;
      });
      expect(inView).toBeGreaterThan(touch ? 0.5 : 0.99);
      expect(errors).toEqual([]);
      viewer.release(page);
    },
  );
});
