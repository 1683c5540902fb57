import { buildFinancingGraph } from "@engine";
import { describe, expect, it } from "vitest";
import { analyzeView } from "../../../client/analyze-view.js";
import { filteredDataset } from "../../../client/export-menu/filtered-dataset.js";
import { FILTER_DEFAULTS } from "../../../client/view-state.js";
import { FIXTURE } from "../fixture-dataset.js";

describe("filteredDataset", () => {
  it("keeps the drawn deals and only the entities they touch", () => {
    const early = analyzeView(FIXTURE, buildFinancingGraph(FIXTURE), FILTER_DEFAULTS, "2024-12-31");
    const dataset = filteredDataset(FIXTURE, early);
    expect(dataset.deals.map((deal) => deal.id)).toEqual(["ab", "bc", "da"]);
    expect(dataset.entities.map((entity) => entity.id)).toEqual(["a", "b", "c", "d"]);
  });
});
