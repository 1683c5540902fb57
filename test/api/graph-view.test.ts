import { describe, expect, it } from "vitest";
import { analyzeDataset } from "../../server/analysis/analyze-dataset.js";
import { buildGraphView } from "../../server/api/graph-view.js";
import { datasetOf, deal } from "../fixtures/build-dataset.js";

describe("buildGraphView", () => {
  const dataset = datasetOf(
    ["nvidia", "openai"],
    [
      deal("loi", "nvidia", "openai", 100, "equity", { date: "2025-09", amountBasis: "headline" }),
      deal("stake", "nvidia", "openai", 30, "equity", { date: "2026-02", supersedes: "loi" }),
    ],
  );
  const edge = (options: { asOf?: string }) => {
    const view = buildGraphView(dataset, analyzeDataset(dataset, options), options);
    return new Map(view.edges.map((e) => [e.key, e.attributes]));
  };

  it("marks a superseded deal not included and names the deal that supersedes it", () => {
    expect(edge({}).get("loi")).toMatchObject({ included: false, supersededBy: "stake" });
    expect(edge({}).get("stake")).toMatchObject({ included: true, supersededBy: null });
  });

  it("counts the superseded deal as of a date before its replacement", () => {
    expect(edge({ asOf: "2025-12-31" }).get("loi")).toMatchObject({
      included: true,
      supersededBy: null,
    });
    expect(edge({ asOf: "2025-12-31" }).get("stake")).toMatchObject({ included: false });
  });
});
