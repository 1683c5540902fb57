import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { centralityOf, centralityReady } from "../../../client/entity-panel/centrality-of.js";
import {
  buildFinancingGraph,
  computeCentrality,
  computeFlowMatrix,
} from "../../../server/analysis/index.js";
import { FIXTURE } from "../fixture-dataset.js";

const flow = computeFlowMatrix(buildFinancingGraph(FIXTURE));

describe("centralityOf", () => {
  it("gives the engine's PageRank and betweenness with each entity's rank among all", () => {
    const rows = computeCentrality(flow);
    for (const row of rows) {
      const got = centralityOf(flow, row.id)!;
      expect(got.pageRank).toBe(row.pageRank);
      expect(got.betweenness).toBe(row.betweenness);
      expect(got.count).toBe(rows.length);
      // Brute force: 1 + the entities strictly above.
      expect(got.pageRankRank).toBe(1 + rows.filter((r) => r.pageRank > row.pageRank).length);
      expect(got.betweennessRank).toBe(
        1 + rows.filter((r) => r.betweenness > row.betweenness).length,
      );
    }
    expect(rows.some((row) => centralityOf(flow, row.id)!.pageRankRank === 1)).toBe(true);
  });

  it("computes once per flow matrix and says when it would answer at once", () => {
    const fresh = computeFlowMatrix(buildFinancingGraph(FIXTURE));
    expect(centralityReady(fresh)).toBe(false);
    expect(centralityReady(fresh, fresh.n - 1)).toBe(true);
    const first = centralityOf(fresh, "a");
    expect(centralityReady(fresh)).toBe(true);
    expect(centralityOf(fresh, "a")).toBe(first);
  });

  it("is left out on networks above the limit, and for an unknown entity", () => {
    expect(centralityOf(flow, "a", flow.n - 1)).toBeNull();
    expect(centralityOf(flow, "nobody")).toBeNull();
  });

  it("ranks ties alike and higher values first on random systems (property)", () => {
    const ids = ["a", "b", "c", "d", "e"];
    const deals = fc.array(
      fc.record({
        from: fc.constantFrom(...ids),
        to: fc.constantFrom(...ids),
        amountUsd: fc.integer({ min: 1, max: 100 }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(deals, (list) => {
        const dataset = {
          entities: ids.map((id) => ({ id, name: id, kind: "other" as const })),
          deals: list
            .filter((d) => d.from !== d.to)
            .map((d, i) => ({
              id: `d${i}`,
              ...d,
              type: "equity" as const,
              amountBasis: "committed" as const,
              date: "2024-01-01",
              status: "closed" as const,
              sources: [],
            })),
        };
        const random = computeFlowMatrix(buildFinancingGraph(dataset));
        const rows = computeCentrality(random);
        for (const a of rows) {
          for (const b of rows) {
            const ra = centralityOf(random, a.id)!;
            const rb = centralityOf(random, b.id)!;
            if (a.betweenness === b.betweenness) {
              expect(ra.betweennessRank).toBe(rb.betweennessRank);
            }
            if (a.pageRank === b.pageRank) expect(ra.pageRankRank).toBe(rb.pageRankRank);
            if (a.pageRank > b.pageRank) expect(ra.pageRankRank).toBeLessThan(rb.pageRankRank);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
