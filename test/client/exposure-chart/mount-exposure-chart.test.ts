import { buildFinancingGraph } from "@engine";
import { describe, expect, it } from "vitest";
import { analyzeView } from "../../../client/analyze-view.js";
import { rankExposure } from "../../../client/exposure-chart/mount-exposure-chart.js";
import { FILTER_DEFAULTS } from "../../../client/view-state.js";
import { FIXTURE } from "../fixture-dataset.js";

const view = analyzeView(FIXTURE, buildFinancingGraph(FIXTURE), FILTER_DEFAULTS, null);

describe("rankExposure", () => {
  it("keeps entities with a round trip, ranked by share or by dollars", () => {
    const byShare = rankExposure(view.exposure.entities, "share");
    expect(byShare.map((row) => row.id).sort()).toEqual(["a", "b", "c"]);
    for (let i = 1; i < byShare.length; i++) {
      expect(byShare[i - 1]!.roundTripShare).toBeGreaterThanOrEqual(byShare[i]!.roundTripShare);
    }
    const byUsd = rankExposure(view.exposure.entities, "usd");
    for (let i = 1; i < byUsd.length; i++) {
      expect(byUsd[i - 1]!.roundTripUsd).toBeGreaterThanOrEqual(byUsd[i]!.roundTripUsd);
    }
  });
});
