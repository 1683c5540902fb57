import { describe, expect, it } from "vitest";
import { rankScenario } from "../../../client/stress-panel/scenario-ranking.js";
import { buildFinancingGraph, runScenario } from "../../../server/analysis/index.js";
import { fourCompanies } from "../../analysis/scenario-fixtures.js";

describe("rankScenario", () => {
  it("ranks the entities hit by dollar loss and says which capital each one uses", () => {
    const data = fourCompanies();
    data.entities.find((e) => e.id === "chips")!.financials = {
      equityUsd: 200,
      asOf: "2025-12-31",
    };
    const graph = buildFinancingGraph(data);
    // DebtRank, lab fails, capital share 0.5: chips loses 110 of 200, cloud 50 of 50, lab 50 (shocked).
    const result = runScenario(graph, { shocks: [{ id: "lab", shock: 1 }], capitalShare: 0.5 });
    const rows = rankScenario(graph, result, 0.5);
    expect(rows.map((r) => [r.id, r.defaultRound])).toEqual([
      ["chips", null],
      ["cloud", 1],
      ["lab", 0],
    ]);
    expect(rows[0]!.capitalBasis).toBe("book equity, 2025-12-31");
    expect(rows[1]!.capitalBasis).toBe("50% of deal throughput (no financials)");
    // The bank, untouched, is not listed.
    expect(rows.some((r) => r.id === "bank")).toBe(false);
  });
});
