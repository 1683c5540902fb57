import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { componentSystem } from "../../server/analysis/component-system.js";
import { stronglyConnectedComponents } from "../../server/analysis/components.js";
import { gthFactor } from "../../server/analysis/gth-factor.js";
import { gthHittingLast } from "../../server/analysis/gth-hitting-last.js";
import { positiveFlow } from "../../server/analysis/positive-flow.js";
import { selectedReturnFlows } from "../../server/analysis/selected-return-flows.js";
import type { Dataset } from "../../server/analysis/types.js";
import { arbitraryDataset } from "../fixtures/arbitrary-dataset.js";
import { flowOf } from "../fixtures/build-dataset.js";

/** The pass-through system of every strongly connected component with two members or more. */
function systemsOf(data: Dataset) {
  const flow = positiveFlow(flowOf(data));
  const { count, componentOf } = stronglyConnectedComponents(flow);
  const systems = [];
  for (let c = 0; c < count; c++) {
    const members: number[] = [];
    for (let i = 0; i < flow.n; i++) if (componentOf[i] === c) members.push(i);
    if (members.length < 2) continue;
    systems.push(componentSystem(flow, Int32Array.from(members), new Int32Array(flow.n).fill(-1)));
  }
  return systems;
}

const bits = (values: Float64Array) => [...new Uint32Array(values.buffer)];

describe("gthFactor", () => {
  it("gives bit-identical factors, hitting probabilities and return flows on dense and sparse storage", () => {
    fc.assert(
      fc.property(arbitraryDataset({ amounts: "wide", maxEntities: 9, maxDeals: 30 }), (data) => {
        for (const system of systemsOf(data)) {
          for (const last of [-1, 0, system.s - 1]) {
            const dense = gthFactor(system, last, Number.POSITIVE_INFINITY, "dense")!;
            const sparse = gthFactor(system, last, Number.POSITIVE_INFINITY, "sparse")!;
            expect([...sparse.elimination]).toEqual([...dense.elimination]);
            expect(bits(sparse.pivot)).toEqual(bits(dense.pivot));
            expect(sparse.rowsOf.map((r) => [...r])).toEqual(dense.rowsOf.map((r) => [...r]));
            expect(sparse.colsOf.map((c) => [...c])).toEqual(dense.colsOf.map((c) => [...c]));
            expect(sparse.upper.map(bits)).toEqual(dense.upper.map(bits));
            expect(sparse.lower.map(bits)).toEqual(dense.lower.map(bits));
            if (last >= 0) {
              expect(sparse.elimination[system.s - 1]).toBe(last);
              expect(bits(gthHittingLast(sparse))).toEqual(bits(gthHittingLast(dense)));
            }
          }
          const dense = selectedReturnFlows(system, Number.POSITIVE_INFINITY, "dense")!;
          const sparse = selectedReturnFlows(system, Number.POSITIVE_INFINITY, "sparse")!;
          expect(bits(sparse)).toEqual(bits(dense));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("gives up (null) when the factors would exceed fillLimit, on either storage", () => {
    fc.assert(
      fc.property(arbitraryDataset({ amounts: "integer", maxEntities: 7 }), (data) => {
        for (const system of systemsOf(data)) {
          for (const storage of ["dense", "sparse"] as const) {
            const full = gthFactor(system, -1, Number.POSITIVE_INFINITY, storage)!;
            let entries = 0;
            for (let q = 0; q < system.s; q++) {
              entries += full.rowsOf[q]!.length + full.colsOf[q]!.length;
            }
            expect(gthFactor(system, -1, entries - 1, storage)).toBeNull();
            expect(selectedReturnFlows(system, entries - 1, storage)).toBeNull();
            expect(gthFactor(system, -1, entries + system.s ** 3, storage)).not.toBeNull();
          }
        }
      }),
    );
  });
});
