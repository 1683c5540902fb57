import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFinancingGraph } from "../../server/analysis/build-financing-graph.js";
import { computeCounterpartyExposure } from "../../server/analysis/counterparty-exposure.js";
import { InvalidOptionError, UnknownEntityError } from "../../server/analysis/errors.js";
import { computeFlowMatrix } from "../../server/analysis/flow-matrix.js";
import { runScenario } from "../../server/analysis/run-scenario.js";
import { DEAL_TYPES, type Deal } from "../../server/analysis/types.js";
import { arbitraryDataset } from "../fixtures/arbitrary-dataset.js";
import { datasetOf, deal } from "../fixtures/build-dataset.js";

const graphOf = (ids: string[], deals: Deal[]) => buildFinancingGraph(datasetOf(ids, deals));

describe("runScenario", () => {
  // lab buys compute from cloud (100); cloud buys chips from chips (80); chips invested 30 in lab;
  // bank backstops cloud for 50.
  // E[cloud][lab] = 100 (revenue), E[chips][cloud] = 80, E[chips][lab] = 30 (capital), E[bank][cloud] = 50 (contingent).
  // Throughput T: lab max(in 30, out 100) = 100; cloud max(100, 80) = 100; chips max(80, 30) = 80; bank 0 (backstop not a flow).
  const graph = graphOf(
    ["bank", "chips", "cloud", "lab"],
    [
      deal("d1", "lab", "cloud", 100, "compute_contract"),
      deal("d2", "cloud", "chips", 80, "chip_purchase"),
      deal("d3", "chips", "lab", 30, "equity"),
      deal("d4", "bank", "cloud", 50, "backstop"),
    ],
  );

  it("cascades by hand", () => {
    // Round 1 (failed {lab}): cloud loses 100 > 0.5·100 → fails; chips loses 30 ≤ 0.5·80 → survives.
    // Round 2 (failed {lab, cloud}): chips loses 30 + 80 = 110 > 40 → fails; bank's 50 is a backstop,
    // not called → loss 0. Round 3: nothing new.
    const result = runScenario(graph, { failed: ["lab"], lossThreshold: 0.5 });
    expect(result.rounds).toEqual([["lab"], ["cloud"], ["chips"]]);
    expect(result.failed).toEqual(["lab", "cloud", "chips"]);
    expect(result.entities).toEqual([
      { id: "bank", lossUsd: 0, capacityUsd: 0, lossShare: 0, failedInRound: null },
      { id: "chips", lossUsd: 110, capacityUsd: 80, lossShare: 110 / 80, failedInRound: 2 },
      { id: "cloud", lossUsd: 100, capacityUsd: 100, lossShare: 1, failedInRound: 1 },
      { id: "lab", lossUsd: 0, capacityUsd: 100, lossShare: 0, failedInRound: 0 },
    ]);
  });

  it("counts called backstops both as flows and as losses", () => {
    // backstopsCalled: bank → cloud 50 is a flow: T(bank) = 50, T(cloud) = max(150, 80) = 150.
    // Round 1: cloud 100 > 75 fails; round 2: chips 110 > 40 and bank 50 > 25 fail.
    const result = runScenario(graph, {
      failed: ["lab"],
      lossThreshold: 0.5,
      backstopsCalled: true,
    });
    expect(result.rounds).toEqual([["lab"], ["cloud"], ["bank", "chips"]]);
  });

  it("stops at once when the threshold is not crossed", () => {
    // cloud loses 100, exactly 1 × 100: not more than the threshold.
    expect(runScenario(graph, { failed: ["lab"], lossThreshold: 1 }).rounds).toEqual([["lab"]]);
    expect(runScenario(graph).rounds).toEqual([[]]);
  });

  it("throws typed errors for unknown entities and bad thresholds", () => {
    expect(() => runScenario(graph, { failed: ["oracel"] })).toThrow(UnknownEntityError);
    expect(() => runScenario(graph, { lossThreshold: -1 })).toThrow(InvalidOptionError);
    expect(() => runScenario(graph, { lossThreshold: Number.NaN })).toThrow(InvalidOptionError);
  });

  it("reaches the least fixed point of a naive simulation on random graphs, monotone in the threshold", () => {
    fc.assert(
      fc.property(
        arbitraryDataset({ amounts: "mixed", types: DEAL_TYPES }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.nat(),
        fc.boolean(),
        (data, lossThreshold, pick, backstopsCalled) => {
          const g = buildFinancingGraph(data);
          const ids = g.nodes().sort();
          const failed = [ids[pick % ids.length]!];
          const result = runScenario(g, { failed, lossThreshold, backstopsCalled });
          // Naive: E from the deals, T from the flow matrix, rounds until nothing changes.
          const flow = computeFlowMatrix(g, { backstopsCalled });
          const T = (id: string) =>
            Math.max(
              flow.inflowUsd[flow.indexOf.get(id)!]!,
              flow.outflowUsd[flow.indexOf.get(id)!]!,
            );
          const rows = computeCounterpartyExposure(g);
          const loss = (x: string, down: Set<string>) =>
            rows
              .find((r) => r.id === x)!
              .exposureTo.filter((c) => down.has(c.counterparty))
              .reduce((s, c) => s + c.amountUsd - (backstopsCalled ? 0 : c.contingentUsd), 0);
          const down = new Set(failed);
          for (let changed = true; changed; ) {
            changed = false;
            const snapshot = new Set(down);
            for (const x of ids) {
              const l = loss(x, snapshot);
              if (!down.has(x) && l > 0 && l > lossThreshold * T(x)) {
                down.add(x);
                changed = true;
              }
            }
          }
          expect(new Set(result.failed)).toEqual(down);
          for (const row of result.entities) expect(row.lossUsd).toBeCloseTo(loss(row.id, down), 6);
          const stricter = runScenario(g, {
            failed,
            lossThreshold: lossThreshold * 2 + 0.1,
            backstopsCalled,
          });
          for (const id of stricter.failed) expect(result.failed).toContain(id);
        },
      ),
    );
  });
});
