import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFinancingGraph } from "../../server/analysis/build-financing-graph.js";
import { computeCounterpartyExposure } from "../../server/analysis/counterparty-exposure.js";
import { DEAL_TYPES } from "../../server/analysis/types.js";
import { arbitraryDataset } from "../fixtures/arbitrary-dataset.js";
import { datasetOf, deal } from "../fixtures/build-dataset.js";

describe("computeCounterpartyExposure", () => {
  it("works out a three-company example by hand", () => {
    // nvidia → openai equity 100 (nvidia's capital in openai), openai → oracle compute 300
    // (oracle's revenue from openai), oracle → nvidia chips 40 (nvidia's revenue from oracle),
    // nvidia → openai backstop 10 (contingent), openai → nvidia warrant 5 (nvidia holds a warrant on
    // openai), nvidia → oracle "other" 7 (not exposure), a cancelled loan (excluded by status).
    // nvidia: openai 100 + 10 + 5 = 115 (contingent 10), oracle 40 → total 155, top openai 115/155.
    // oracle: openai 300. openai: nothing.
    const graph = buildFinancingGraph(
      datasetOf(
        ["nvidia", "openai", "oracle"],
        [
          deal("d1", "nvidia", "openai", 100, "equity"),
          deal("d2", "openai", "oracle", 300, "compute_contract"),
          deal("d3", "oracle", "nvidia", 40, "chip_purchase"),
          deal("d4", "nvidia", "openai", 10, "backstop"),
          deal("d5", "openai", "nvidia", 5, "warrant"),
          deal("d6", "nvidia", "oracle", 7, "other"),
          deal("d7", "nvidia", "oracle", 1000, "loan", { status: "cancelled" }),
        ],
      ),
    );
    const [nvidia, openai, oracle] = computeCounterpartyExposure(graph);
    expect(nvidia).toEqual({
      id: "nvidia",
      exposureTo: [
        {
          counterparty: "openai",
          amountUsd: 115,
          revenueUsd: 0,
          capitalUsd: 100,
          warrantUsd: 5,
          contingentUsd: 10,
          deals: ["d1", "d4", "d5"],
          revenueRatio: null,
          equityRatio: null,
        },
        {
          counterparty: "oracle",
          amountUsd: 40,
          revenueUsd: 40,
          capitalUsd: 0,
          warrantUsd: 0,
          contingentUsd: 0,
          deals: ["d3"],
          revenueRatio: null,
          equityRatio: null,
        },
      ],
      totalExposureUsd: 155,
      contingentUsd: 10,
      topExposure: { counterparty: "openai", amountUsd: 115, share: 115 / 155 },
      revenueRatio: null,
      equityRatio: null,
    });
    expect(openai).toEqual({
      id: "openai",
      exposureTo: [],
      totalExposureUsd: 0,
      contingentUsd: 0,
      topExposure: null,
      revenueRatio: null,
      equityRatio: null,
    });
    expect(oracle!.exposureTo.map((r) => [r.counterparty, r.amountUsd])).toEqual([["openai", 300]]);
    // Backstops count whatever backstopsCalled says.
    expect(computeCounterpartyExposure(graph, { backstopsCalled: true })).toEqual(
      computeCounterpartyExposure(graph),
    );
  });

  it("relates each exposure to the holder's revenue and book equity when its financials give them", () => {
    // nvidia: revenue 200, equity 500, no figures for oracle; nvidia holds 100 on openai, 40 on oracle.
    const data = datasetOf(
      ["nvidia", "openai", "oracle"],
      [deal("d1", "nvidia", "openai", 100), deal("d3", "oracle", "nvidia", 40, "chip_purchase")],
    );
    data.entities[0]!.financials = { revenueUsd: 200, equityUsd: 500 };
    data.entities[2]!.financials = { revenueUsd: 0 };
    const [nvidia, , oracle] = computeCounterpartyExposure(buildFinancingGraph(data));
    expect(nvidia!.exposureTo.map((r) => [r.counterparty, r.revenueRatio, r.equityRatio])).toEqual([
      ["openai", 0.5, 0.2],
      ["oracle", 0.2, 0.08],
    ]);
    expect([nvidia!.revenueRatio, nvidia!.equityRatio]).toEqual([0.7, 0.28]);
    // A zero revenue is no base for a ratio.
    expect([oracle!.revenueRatio, oracle!.equityRatio]).toEqual([null, null]);
  });

  it("sums, per holder, exactly the deals the SPEC assigns to it (oracle over random deals)", () => {
    fc.assert(
      fc.property(arbitraryDataset({ amounts: "mixed", types: DEAL_TYPES }), (data) => {
        const result = computeCounterpartyExposure(buildFinancingGraph(data));
        const revenue = new Set(["compute_contract", "chip_purchase", "license", "revenue_share"]);
        for (const row of result) {
          let total = 0;
          let contingent = 0;
          for (const d of data.deals) {
            if (d.from === d.to) continue;
            const a = d.amountUsd ?? 0;
            if ((revenue.has(d.type) || d.type === "warrant") && d.to === row.id) total += a;
            if (
              (d.type === "equity" || d.type === "loan" || d.type === "backstop") &&
              d.from === row.id
            )
              total += a;
            if (d.type === "backstop" && d.from === row.id) contingent += a;
          }
          expect(row.totalExposureUsd).toBe(total);
          expect(row.contingentUsd).toBe(contingent);
          const amounts = row.exposureTo.map((r) => r.amountUsd);
          expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
          for (const r of row.exposureTo)
            expect(r.amountUsd).toBe(r.revenueUsd + r.capitalUsd + r.warrantUsd + r.contingentUsd);
        }
      }),
    );
  });
});
