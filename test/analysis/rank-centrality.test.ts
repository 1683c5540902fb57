import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeCentrality, computePageRank } from "../../server/analysis/centrality.js";
import { InvalidOptionError } from "../../server/analysis/errors.js";
import { RANK_CENTRALITY_DEFAULTS, rankCentrality } from "../../server/analysis/rank-centrality.js";
import { arbitraryDataset } from "../fixtures/arbitrary-dataset.js";
import { datasetOf, deal, flowOf } from "../fixtures/build-dataset.js";

/** Brute-force rank: 1 + how many values are strictly greater. */
const rankOf = (values: readonly number[], value: number) =>
  1 + values.filter((other) => other > value).length;

describe("rankCentrality", () => {
  it("gives computeCentrality's figures with each entity's rank among all (property)", () => {
    fc.assert(
      fc.property(arbitraryDataset({ amounts: "mixed" }), (data) => {
        const flow = flowOf(data);
        const rows = computeCentrality(flow);
        const ranked = rankCentrality(flow);
        expect(ranked.betweennessNotComputed).toBeNull();
        expect(ranked.entities.map((row) => row.id)).toEqual(flow.ids);
        const pageRanks = rows.map((row) => row.pageRank);
        const betweenness = rows.map((row) => row.betweenness);
        ranked.entities.forEach((row, i) => {
          expect(row.pageRank).toBe(rows[i]!.pageRank);
          expect(row.betweenness).toBe(rows[i]!.betweenness);
          expect(row.pageRankRank).toBe(rankOf(pageRanks, row.pageRank));
          expect(row.betweennessRank).toBe(rankOf(betweenness, rows[i]!.betweenness));
        });
      }),
    );
  });

  it("above the bound, still gives PageRank and its ranks, and says why betweenness is null (property)", () => {
    fc.assert(
      fc.property(arbitraryDataset({ amounts: "mixed" }), (data) => {
        const flow = flowOf(data);
        const rows = computeCentrality(flow);
        const ranked = rankCentrality(flow, { maxBetweennessEntities: flow.n - 1 });
        expect(ranked.betweennessNotComputed).toBe(
          `betweenness is computed on networks of up to ${flow.n - 1} entities (Brandes' algorithm takes time entities × deals); this one has ${flow.n}`,
        );
        const pageRanks = rows.map((row) => row.pageRank);
        ranked.entities.forEach((row, i) => {
          expect(row).toEqual({
            id: flow.ids[i],
            pageRank: rows[i]!.pageRank,
            pageRankRank: rankOf(pageRanks, rows[i]!.pageRank),
            betweenness: null,
            betweennessRank: null,
          });
        });
        expect(computePageRank(flow)).toEqual(pageRanks);
      }),
    );
  });

  it("ranks a hand-solved chain: ties share the better rank", () => {
    // x → hub → y: hub alone lies between two others; x and y tie at betweenness 0.
    const flow = flowOf(
      datasetOf(["hub", "x", "y"], [deal("d1", "x", "hub", 10), deal("d2", "hub", "y", 10)]),
    );
    const { entities } = rankCentrality(flow);
    expect(entities.map((row) => [row.id, row.betweennessRank])).toEqual([
      ["hub", 1],
      ["x", 2],
      ["y", 2],
    ]);
    // Money ends up with y: first by PageRank, the source x last.
    expect(entities.map((row) => row.pageRankRank)).toEqual([2, 3, 1]);
    expect(RANK_CENTRALITY_DEFAULTS.maxBetweennessEntities).toBe(2_000);
  });

  it("bounds betweenness' work, entities × (entities + pairs with money), and says so past it", () => {
    // Three entities, two pairs carrying money (the undisclosed y → x deal carries none): 3 × 5.
    const flow = flowOf(
      datasetOf(
        ["hub", "x", "y"],
        [deal("d1", "x", "hub", 10), deal("d2", "hub", "y", 10), deal("d3", "y", "x", null)],
      ),
    );
    expect(rankCentrality(flow, { maxBetweennessWork: 15 }).betweennessNotComputed).toBeNull();
    const past = rankCentrality(flow, { maxBetweennessWork: 14 });
    expect(past.betweennessNotComputed).toBe(
      "betweenness is computed when entities × (entities + pairs with money) is at most 14; this network has 3 × (3 + 2) = 15",
    );
    expect(past.entities.map((row) => [row.betweenness, row.betweennessRank])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(past.entities.map((row) => row.pageRank)).toEqual(computePageRank(flow));
    expect(RANK_CENTRALITY_DEFAULTS.maxBetweennessWork).toBe(3e7);
  });

  it("rejects a negative bound", () => {
    for (const bound of ["maxBetweennessEntities", "maxBetweennessWork"]) {
      expect(() => rankCentrality(flowOf({ entities: [], deals: [] }), { [bound]: -1 })).toThrow(
        InvalidOptionError,
      );
    }
  });
});
