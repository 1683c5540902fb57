// The viewer on a large uploaded network (2,000 entities / 8,000 deals) in real headless Chromium:
// it loads through the file input, draws with the large-network settings, pans by moving the drawn
// picture, and its background exposure, on-demand max round-trip and exposure CSV (max round-trips
// solved for the export) agree with the engine.

import {
  buildFinancingGraph,
  computeBoundedMaxRoundTrips,
  computeFlowMatrix,
  computeMaxRoundTrip,
  computeRoundTripShares,
  computeSummary,
  type Dataset,
  findCycles,
} from "@engine";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { generateNetwork } from "../../bench/generate-network.js";
import { analyzeDrawing, inclusionFor, VIEW_CYCLE_OPTIONS } from "../../client/analyze-view.js";
import { formatCount, formatShare, formatUsd } from "../../client/format.js";
import { RENDER_TIER_LIMITS } from "../../client/graph-view/render-tier.js";
import { FILTER_DEFAULTS } from "../../client/view-state.js";
import { dispatch, downloadedBytes, figure, paintedShare } from "./page-helpers.js";
import { useViewer } from "./use-viewer.js";

const large = generateNetwork({ shape: "hub", n: 2_000, m: 8_000, seed: 3 });
/** Just over the detailed tier's limits (RENDER_TIER_LIMITS): the large tier, a third of the reading. */
const justLarge = generateNetwork({
  shape: "hub",
  n: RENDER_TIER_LIMITS.detailedNodes + 100,
  m: RENDER_TIER_LIMITS.detailedEdges + 500,
  seed: 3,
});
const LIGHT_BACKGROUND: [number, number, number] = [0xf7, 0xf7, 0xf4];

const viewer = useViewer();

/** Upload a large network through the file input and wait for the viewer to show it. */
async function uploadLarge(page: Page, dataset: Dataset = large): Promise<void> {
  await page.setInputFiles('input[type="file"]', {
    name: "large.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(dataset)),
  });
  await expect.poll(() => page.textContent("#toast"), { timeout: 60_000 }).toContain("large.json");
}

interface CanvasSettings {
  tier: string;
  entities: number;
  defaultEdgeType: string;
  defaultNodeType: string;
  enableEdgeEvents: boolean;
  hideEdgesOnMove: boolean;
  edgeTypes: string[];
}

function canvasSettings(page: Page): Promise<CanvasSettings> {
  return page.evaluate(() => {
    const { renderer, model } = (
      window as unknown as {
        __roundtrip: {
          renderer: import("sigma").default;
          model: { tier: { name: string }; dataset: Dataset };
        };
      }
    ).__roundtrip;
    const graph = renderer.getGraph();
    const edgeTypes = new Set<string>();
    for (const edge of graph.edges().slice(0, 200)) {
      const type = renderer.getEdgeDisplayData(edge)?.type;
      if (type) edgeTypes.add(type);
    }
    return {
      tier: model.tier.name,
      entities: model.dataset.entities.length,
      defaultEdgeType: String(renderer.getSetting("defaultEdgeType")),
      defaultNodeType: String(renderer.getSetting("defaultNodeType")),
      enableEdgeEvents: Boolean(renderer.getSetting("enableEdgeEvents")),
      hideEdgesOnMove: Boolean(renderer.getSetting("hideEdgesOnMove")),
      edgeTypes: [...edgeTypes],
    };
  });
}

function camera(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const { renderer } = (
      window as unknown as { __roundtrip: { renderer: import("sigma").default } }
    ).__roundtrip;
    const { x, y } = renderer.getCamera().getState();
    return { x, y };
  });
}

describe("viewer on a large network", () => {
  it("keeps curved arrows and edge events on the curated dataset", async () => {
    const { page } = await viewer.readOnlyPage();
    const settings = await canvasSettings(page);
    expect(settings.tier).toBe("detailed");
    expect(settings.defaultEdgeType).toBe("curved");
    expect(settings.defaultNodeType).toBe("circle");
    expect(settings.enableEdgeEvents).toBe(true);
    expect(settings.hideEdgesOnMove).toBe(false);
    // Curved arrows, solid for firm commitments and dashed for promises (issue 11).
    expect(settings.edgeTypes).toEqual(["curved", "dashed"]);
  });

  it("loads an upload of 2,000 entities / 8,000 deals with the large-network settings", async () => {
    const { page, errors } = await viewer.open(viewer.served.url, {
      colorScheme: "light",
    });
    await uploadLarge(page);
    const settings = await canvasSettings(page);
    expect(settings).toEqual({
      tier: "large",
      entities: 2_000,
      defaultEdgeType: "arrow",
      // Points, not instanced triangles: software WebGL draws instances one at a time.
      defaultNodeType: "point",
      enableEdgeEvents: false,
      hideEdgesOnMove: true,
      edgeTypes: ["arrow"],
    });
    // Laid out in the layout worker: the view model received its positions ready-made.
    const layoutMarks = await page.evaluate(() =>
      performance
        .getEntriesByName("roundtrip:layout")
        .map((mark) => (mark as PerformanceMark).detail as { precomputed: boolean }),
    );
    expect(layoutMarks.at(-1)).toEqual({ precomputed: true });
    const drawn = analyzeDrawing(large, buildFinancingGraph(large), FILTER_DEFAULTS, null);
    expect(await figure(page, "deals")).toBe(formatCount(drawn.drawnDeals.size));
    const graph = await page.$("#graph");
    expect(await paintedShare(page, await graph!.screenshot(), LIGHT_BACKGROUND)).toBeGreaterThan(
      0.02,
    );

    // Exposure and summary arrive from the worker and match the engine.
    const flow = computeFlowMatrix(buildFinancingGraph(large), inclusionFor(FILTER_DEFAULTS, null));
    const shares = computeRoundTripShares(flow);
    const summary = computeSummary(flow, findCycles(flow, VIEW_CYCLE_OPTIONS), shares);
    await expect
      .poll(() => figure(page, "finn"), { timeout: 90_000 })
      .toBe(formatShare(summary.finnCyclingIndex));
    expect(await figure(page, "gross")).toBe(formatUsd(summary.grossUsd));

    // The max round-trip of a selected entity is computed on demand.
    const top = [...flow.ids.keys()].sort((a, b) => shares.share[b]! - shares.share[a]!)[0]!;
    const id = flow.ids[top]!;
    await dispatch(page, { type: "select", item: { kind: "entity", id } });
    const stat = page.locator(".entity-panel .stat", { hasText: "Max round-trip" });
    await expect
      .poll(() => stat.locator(".stat-value").textContent())
      .toBe(formatUsd(computeMaxRoundTrip(flow, id).maxRoundTripUsd));
    const shareStat = page.locator(".entity-panel .stat", { hasText: "Round-trip share" });
    expect(await shareStat.locator(".stat-value").textContent()).toBe(
      formatShare(shares.share[top]!),
    );

    // A filter change while the worker is busy replaces it; the answer is the latest filter's.
    await dispatch(
      page,
      { type: "setMinAmount", minAmountUsd: 1e9 },
      { type: "setMinAmount", minAmountUsd: 5e9 },
    );
    expect(await figure(page, "finn")).toBe("…");
    const filtered = computeFlowMatrix(
      buildFinancingGraph(large),
      inclusionFor({ ...FILTER_DEFAULTS, minAmountUsd: 5e9 }, null),
    );
    const filteredSummary = computeSummary(filtered, findCycles(filtered, VIEW_CYCLE_OPTIONS));
    await expect
      .poll(() => figure(page, "finn"), { timeout: 90_000 })
      .toBe(formatShare(filteredSummary.finnCyclingIndex));
    expect(await figure(page, "gross")).toBe(formatUsd(filteredSummary.grossUsd));

    // The exposure table leaves no max round-trip empty: the export solves them in a worker.
    await page.click(".menu summary");
    const [file] = await Promise.all([
      page.waitForEvent("download", { timeout: 90_000 }),
      page.click('[data-format="exposure-csv"]'),
    ]);
    const rows = Papa.parse<Record<string, string>>(
      (await downloadedBytes(file)).toString("utf8"),
      {
        header: true,
        skipEmptyLines: true,
      },
    ).data;
    const solved = computeBoundedMaxRoundTrips(filtered).rows;
    expect(rows.map((row) => row.id)).toEqual(filtered.ids);
    expect(rows.filter((row) => row.maxRoundTripUsd === "")).toEqual([]);
    expect(rows.map((row) => Number(row.maxRoundTripUsd))).toEqual(
      solved.map((row) => row!.maxRoundTripUsd),
    );
    expect(rows.map((row) => row.bottleneckDeals)).toEqual(
      solved.map((row) => row!.bottleneckDeals.join(" ")),
    );
    expect(solved.some((row) => row!.maxRoundTripUsd > 0)).toBe(true);
    expect(errors).toEqual([]);
  }, 240_000);

  it("pans by moving the drawn picture and keeps the selection", async () => {
    const { page } = await viewer.open(viewer.served.url);
    await uploadLarge(page, justLarge);
    expect((await canvasSettings(page)).tier).toBe("large");
    const id = justLarge.entities[0]!.id;
    await dispatch(page, { type: "select", item: { kind: "entity", id } });
    // Selected from outside the canvas, the entity is framed: the drag starts once the camera rests.
    await page.waitForFunction(
      () =>
        !(
          window as unknown as { __roundtrip: { renderer: import("sigma").default } }
        ).__roundtrip.renderer
          .getCamera()
          .isAnimated(),
      undefined,
      { timeout: 20_000 },
    );
    const box = (await page.locator(".sigma-mouse").boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const before = await camera(page);
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let k = 1; k <= 12; k++) await page.mouse.move(x + 10 * k, y + 5 * k);
    // Mid-drag: the canvases are translated by the pointer's travel; the camera has not moved.
    const transform = await page.evaluate(
      () => (document.querySelector(".sigma-nodes") as HTMLCanvasElement).style.transform,
    );
    expect(transform).toBe("translate(120px, 60px)");
    expect(await camera(page)).toEqual(before);
    await page.mouse.up();
    await expect
      .poll(() =>
        page.evaluate(
          () => (document.querySelector(".sigma-nodes") as HTMLCanvasElement).style.transform,
        ),
      )
      .toBe("");
    const after = await camera(page);
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeGreaterThan(0);
    // The release ending a drag is no click on the stage: the selection stays.
    const state = await page.evaluate(() => {
      const { model } = (
        window as unknown as {
          __roundtrip: {
            model: { getState(): { selection: { id: string } | null; hovered: unknown } };
          };
        }
      ).__roundtrip;
      return model.getState();
    });
    expect(state.selection?.id).toBe(id);
  }, 120_000);
});
