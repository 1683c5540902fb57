import { describe, expect, it } from "vitest";
import { RENDER_TIER_LIMITS, renderTier } from "../../../client/graph-view/render-tier.js";

describe("renderTier", () => {
  it("keeps curved arrows and edge events up to the limits", () => {
    const tier = renderTier(RENDER_TIER_LIMITS.detailedNodes, RENDER_TIER_LIMITS.detailedEdges);
    expect(tier.name).toBe("detailed");
    expect(tier.edgeType).toBe("curved");
    expect(tier.nodeType).toBe("circle");
    expect(tier.enableEdgeEvents).toBe(true);
    expect(tier.snapshotPan).toBe(false);
    expect(tier.hoverFocus).toBe(true);
    expect(tier.sizeScale).toBe(1);
  });

  it("switches to straight arrows, point discs, no edge picking and a snapshot pan beyond either limit", () => {
    for (const tier of [
      renderTier(RENDER_TIER_LIMITS.detailedNodes + 1, 10),
      renderTier(10, RENDER_TIER_LIMITS.detailedEdges + 1),
    ]) {
      expect(tier.name).toBe("large");
      expect(tier.edgeType).toBe("arrow");
      expect(tier.nodeType).toBe("point");
      expect(tier.enableEdgeEvents).toBe(false);
      expect(tier.hideEdgesOnMove).toBe(true);
      expect(tier.hideLabelsOnMove).toBe(true);
      expect(tier.snapshotPan).toBe(true);
      expect(tier.hoverFocus).toBe(false);
      expect(tier.sizeScale).toBeLessThan(1);
    }
  });

  it("thins the labels of a detailed network the layout made no room for", () => {
    const labelled = renderTier(RENDER_TIER_LIMITS.labelledNodes, 100);
    const crowded = renderTier(RENDER_TIER_LIMITS.labelledNodes + 1, 100);
    expect(crowded.name).toBe("detailed");
    expect(crowded.edgeType).toBe("curved");
    expect(crowded.labelDensity).toBeLessThan(labelled.labelDensity);
    expect(crowded.labelRenderedSizeThreshold).toBeGreaterThan(labelled.labelRenderedSizeThreshold);
  });

  it("draws hairlines instead of arrows beyond the arrow limit", () => {
    expect(renderTier(5_000, RENDER_TIER_LIMITS.arrowEdges).edgeType).toBe("arrow");
    const tier = renderTier(5_000, RENDER_TIER_LIMITS.arrowEdges + 1);
    expect(tier.name).toBe("large");
    expect(tier.edgeType).toBe("line");
    expect(tier.snapshotPan).toBe(true);
  });

  it("honours custom limits", () => {
    expect(renderTier(50, 100, { detailedNodes: 40 }).name).toBe("large");
    expect(renderTier(50, 100, { detailedNodes: 60, detailedEdges: 100 }).name).toBe("detailed");
  });
});
