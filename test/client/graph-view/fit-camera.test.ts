import fc from "fast-check";
import Graph from "graphology";
import type { CameraState } from "sigma/types";
import { describe, expect, it } from "vitest";
import {
  cameraFor,
  type FramingRenderer,
  type ViewRect,
} from "../../../client/graph-view/fit-camera.js";
import { estimateLabelWidth } from "../../../shared/display-label.js";

interface FakeNode {
  x: number;
  y: number;
  size: number;
  label: string | null;
}

/**
 * A stand-in for sigma's renderer: framed-graph coordinates in [0, 1] mapped onto a `width` ×
 * `height` viewport as sigma does without rotation (zoom about the camera, y up), node sizes
 * shrinking with the square root of the zoom ratio (sigma's default).
 */
function fakeRenderer(nodes: Record<string, FakeNode>, width = 800, height = 600): FramingRenderer {
  const graph = new Graph();
  for (const key of Object.keys(nodes)) graph.addNode(key);
  const scale = Math.min(width, height);
  const renderer = {
    getGraph: () => graph,
    getDimensions: () => ({ width, height }),
    getNodeDisplayData: (key: string) => ({ ...nodes[key]!, hidden: false }),
    framedGraphToViewport: (p: { x: number; y: number }, o: { cameraState: CameraState }) => ({
      x: width / 2 + ((p.x - o.cameraState.x) / o.cameraState.ratio) * scale,
      y: height / 2 - ((p.y - o.cameraState.y) / o.cameraState.ratio) * scale,
    }),
    viewportToFramedGraph: (p: { x: number; y: number }, o: { cameraState: CameraState }) => ({
      x: o.cameraState.x + ((p.x - width / 2) / scale) * o.cameraState.ratio,
      y: o.cameraState.y - ((p.y - height / 2) / scale) * o.cameraState.ratio,
    }),
    scaleSize: (size: number, ratio: number) => size / Math.sqrt(ratio),
  };
  return renderer as unknown as FramingRenderer;
}

/** The nodes whose disc or label, seen through `camera`, overlaps `rect` (independent of fit-camera). */
function nodesUnder(
  renderer: FramingRenderer,
  nodes: Record<string, FakeNode>,
  camera: CameraState,
  rect: ViewRect,
): string[] {
  return Object.entries(nodes)
    .filter(([, node]) => {
      const { x, y } = renderer.framedGraphToViewport(node, { cameraState: camera });
      const radius = renderer.scaleSize(node.size, camera.ratio);
      const right = x + radius + (node.label ? estimateLabelWidth(node.label) + 8 : 0);
      return (
        x - radius < rect.right &&
        right > rect.left &&
        y - radius < rect.bottom &&
        y + radius > rect.top
      );
    })
    .map(([key]) => key);
}

/** The folded legend button at the canvas's bottom left, as app.css places it (with a margin). */
const LEGEND_BUTTON: ViewRect = { left: 8, top: 530, right: 110, bottom: 592 };

const SPREAD: Record<string, FakeNode> = {
  // The bottom-left node that the legend button covered.
  corner: { x: 0, y: 0, size: 6, label: "Vantage bank group" },
  top: { x: 0.5, y: 1, size: 10, label: "OpenAI" },
  right: { x: 1, y: 0.6, size: 8, label: "SoftBank" },
  middle: { x: 0.5, y: 0.5, size: 12, label: null },
  low: { x: 0.7, y: 0.05, size: 5, label: "Abilene JV" },
};

describe("cameraFor", () => {
  it("frames no node under a control drawn over the canvas (the folded legend)", () => {
    const renderer = fakeRenderer(SPREAD);
    // Without the overlay, the network fills the view and its bottom-left node sits under it.
    expect(nodesUnder(renderer, SPREAD, cameraFor(renderer, null), LEGEND_BUTTON)).toContain(
      "corner",
    );
    const camera = cameraFor(renderer, null, { overlays: [LEGEND_BUTTON] });
    expect(nodesUnder(renderer, SPREAD, camera, LEGEND_BUTTON)).toEqual([]);
    // Every node is still in view.
    for (const node of Object.values(SPREAD)) {
      const { x, y } = renderer.framedGraphToViewport(node, { cameraState: camera });
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(800);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(600);
    }
  });

  it("costs nothing when no node lies under a control", () => {
    const renderer = fakeRenderer(SPREAD);
    const clear: ViewRect = { left: 300, top: 0, right: 340, bottom: 10 };
    expect(cameraFor(renderer, null, { overlays: [clear] })).toEqual(cameraFor(renderer, null));
  });

  it("gives up the cheaper strip: beside a tall panel, below a wide bar", () => {
    const renderer = fakeRenderer(SPREAD);
    const tall: ViewRect = { left: 0, top: 100, right: 150, bottom: 600 };
    const wide: ViewRect = { left: 0, top: 520, right: 700, bottom: 600 };
    const besideTall = cameraFor(renderer, null, { overlays: [tall] });
    const belowWide = cameraFor(renderer, null, { overlays: [wide] });
    // Beside the tall panel: the view loses 150 px of width, not 500 px of height.
    expect(besideTall.ratio).toBeLessThan(cameraFor(renderer, null).ratio * (600 / 100));
    expect(nodesUnder(renderer, SPREAD, besideTall, tall)).toEqual([]);
    expect(nodesUnder(renderer, SPREAD, belowWide, wide)).toEqual([]);
    const { x: cornerX } = renderer.framedGraphToViewport(SPREAD.corner!, {
      cameraState: besideTall,
    });
    expect(cornerX).toBeGreaterThanOrEqual(tall.right);
  });

  it("keeps every disc clear of two corner controls for any network (property)", () => {
    const node = fc.record({
      x: fc.double({ min: 0, max: 1, noNaN: true }),
      y: fc.double({ min: 0, max: 1, noNaN: true }),
      size: fc.double({ min: 2, max: 20, noNaN: true }),
      label: fc.constant(null),
    });
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 30 }), (list) => {
        // Nodes at the bottom-left and top-right corners of the network, where the controls sit.
        const nodes: Record<string, FakeNode> = {
          ...Object.fromEntries(list.map((n, i) => [`n${i}`, n])),
          bottomLeft: { x: 0, y: 0, size: 4, label: null },
          topRight: { x: 1, y: 1, size: 4, label: null },
        };
        // A square view: the network's corners are the view's.
        const renderer = fakeRenderer(nodes, 600, 600);
        const zoom: ViewRect = { left: 540, top: 8, right: 592, bottom: 150 };
        const camera = cameraFor(renderer, null, { overlays: [LEGEND_BUTTON, zoom] });
        expect(nodesUnder(renderer, nodes, camera, LEGEND_BUTTON)).toEqual([]);
        expect(nodesUnder(renderer, nodes, camera, zoom)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
