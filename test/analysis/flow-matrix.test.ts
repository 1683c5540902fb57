import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFinancingGraph } from "../../server/analysis/build-financing-graph.js";
import { UnknownEntityError } from "../../server/analysis/errors.js";
import { computeDatasetFlowMatrix, computeFlowMatrix } from "../../server/analysis/flow-matrix.js";
import { type InclusionOptions, VIEWS } from "../../server/analysis/inclusion.js";
import {
  AMOUNT_BASES,
  type Dataset,
  DEAL_STATUSES,
  DEAL_TYPES,
} from "../../server/analysis/types.js";
import { datasetOf, deal } from "../fixtures/build-dataset.js";
import { oracleIncludedDeals } from "./inclusion-oracle.js";

/** W written out plainly from SPEC §2: a map "from→to" of summed amounts and deal ids. */
function bruteForceFlows(dataset: Dataset, options: Partial<InclusionOptions>) {
  const included = oracleIncludedDeals(dataset.deals, options);
  const pairs = new Map<string, { amount: number; deals: string[] }>();
  for (const d of dataset.deals) {
    if (d.from === d.to || !included.has(d)) continue;
    const key = JSON.stringify([d.from, d.to]);
    const entry = pairs.get(key) ?? { amount: 0, deals: [] };
    entry.amount += d.amountUsd ?? 0;
    entry.deals.push(d.id);
    pairs.set(key, entry);
  }
  return pairs;
}

const IDS = ["a", "b", "c", "__proto__", "é"] as const;

const arbitraryDeals = fc
  .array(
    fc.record({
      from: fc.constantFrom(...IDS),
      to: fc.constantFrom(...IDS),
      type: fc.constantFrom(...DEAL_TYPES),
      status: fc.constantFrom(...DEAL_STATUSES),
      amountBasis: fc.constantFrom(...AMOUNT_BASES),
      amountUsd: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
      date: fc.constantFrom("2023", "2024-06", "2024-06-15", "2025-01-31"),
      condition: fc.constantFrom(undefined, "on IPO"),
      // A link to an earlier position (acyclic chains, as validation requires), or to nothing.
      supersedes: fc.option(fc.nat(19), { nil: undefined }),
    }),
    { maxLength: 20 },
  )
  .map((specs) =>
    specs.map(({ supersedes, condition, ...spec }, k) => ({
      ...spec,
      ...(condition === undefined ? {} : { condition }),
      ...(supersedes === undefined || supersedes >= k ? {} : { supersedes: `d${supersedes}` }),
    })),
  );

const arbitraryOptions: fc.Arbitrary<Partial<InclusionOptions>> = fc.record(
  {
    types: fc.subarray([...DEAL_TYPES]),
    statuses: fc.subarray([...DEAL_STATUSES]),
    basis: fc.subarray([...AMOUNT_BASES]),
    asOf: fc.constantFrom(null, "2024", "2024-06", "2024-06-14"),
    backstopsCalled: fc.boolean(),
    minAmountUsd: fc.constantFrom(0, 1, 500),
    view: fc.constantFrom(...VIEWS),
    includeSuperseded: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe("computeFlowMatrix", () => {
  it("aggregates included deals per pair exactly as SPEC §2 defines W", () => {
    fc.assert(
      fc.property(arbitraryDeals, arbitraryOptions, (specs, options) => {
        const dataset = datasetOf(IDS, specs);
        const flow = computeFlowMatrix(buildFinancingGraph(dataset), options);
        const expected = bruteForceFlows(dataset, options);
        expect(flow.targets.length).toBe(expected.size);
        for (let i = 0; i < flow.n; i++) {
          let out = 0;
          for (let e = flow.offsets[i]!; e < flow.offsets[i + 1]!; e++) {
            const key = JSON.stringify([flow.ids[i], flow.ids[flow.targets[e]!]]);
            const entry = expected.get(key);
            expect(entry).toBeDefined();
            expect(flow.weights[e]).toBe(entry!.amount);
            expect(flow.deals[e]).toEqual([...entry!.deals].sort());
            expect(flow.sources[e]).toBe(i);
            out += flow.weights[e]!;
          }
          expect(flow.outflowUsd[i]).toBe(out);
        }
        // In-edges index the same edges, grouped by target.
        for (let j = 0; j < flow.n; j++) {
          let inflow = 0;
          for (let k = flow.inOffsets[j]!; k < flow.inOffsets[j + 1]!; k++) {
            expect(flow.targets[flow.inEdges[k]!]).toBe(j);
            inflow += flow.weights[flow.inEdges[k]!]!;
          }
          expect(flow.inflowUsd[j]).toBe(inflow);
        }
      }),
    );
  });

  it("orders entities by JavaScript string order and keeps entities without deals", () => {
    const flow = computeFlowMatrix(buildFinancingGraph(datasetOf(["b", "a", "é", "B"], [])));
    expect(flow.ids).toEqual(["B", "a", "b", "é"]);
    expect(flow.targets.length).toBe(0);
    expect([...flow.outflowUsd]).toEqual([0, 0, 0, 0]);
  });

  it("keeps a pair whose included deals are all undisclosed, with W = 0", () => {
    const dataset: Dataset = datasetOf(["a", "b"], [deal("d1", "a", "b", null)]);
    const flow = computeFlowMatrix(buildFinancingGraph(dataset));
    expect([...flow.targets]).toEqual([1]);
    expect([...flow.weights]).toEqual([0]);
    expect(flow.deals).toEqual([["d1"]]);
  });
});

describe("computeDatasetFlowMatrix", () => {
  const wideDeals = fc.array(
    fc.record({
      from: fc.constantFrom(...IDS),
      to: fc.constantFrom(...IDS),
      // Doubles whose sum depends on the order of addition: the matrix must add in deal id order.
      amountUsd: fc.option(fc.double({ min: 0, max: 1e12, noNaN: true }), { nil: null }),
      status: fc.constantFrom(...DEAL_STATUSES),
    }),
    // Up to ~20 deals per row: both the insertion sort and the array sort of a row run.
    { maxLength: 90, size: "max" },
  );

  it("equals the graph route bit for bit, whatever the order of entities and deals", () => {
    fc.assert(
      fc.property(wideDeals, arbitraryOptions, fc.nat(), (specs, options, seed) => {
        const dataset = datasetOf(IDS, specs);
        const expected = computeFlowMatrix(buildFinancingGraph(dataset), options);
        const shuffled: Dataset = {
          entities: rotate(dataset.entities, seed),
          deals: rotate([...dataset.deals].reverse(), seed >> 3),
        };
        const actual = computeDatasetFlowMatrix(shuffled, options);
        expect(actual).toEqual(expected);
        for (let i = 0; i < actual.n; i++) {
          for (let e = actual.offsets[i]! + 1; e < actual.offsets[i + 1]!; e++) {
            expect(actual.targets[e - 1]!).toBeLessThan(actual.targets[e]!);
          }
        }
      }),
    );
  });

  it("rejects a deal whose entity is missing", () => {
    const dataset = datasetOf(["a", "b"], [deal("d1", "a", "b", 5)]);
    expect(() =>
      computeDatasetFlowMatrix({ ...dataset, entities: dataset.entities.slice(0, 1) }),
    ).toThrow(UnknownEntityError);
  });
});

function rotate<T>(items: readonly T[], by: number): T[] {
  if (items.length === 0) return [];
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}
