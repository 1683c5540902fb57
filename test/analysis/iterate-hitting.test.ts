import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { componentSystem } from "../../server/analysis/component-system.js";
import { stronglyConnectedComponents } from "../../server/analysis/components.js";
import { iterateHitting } from "../../server/analysis/iterate-hitting.js";
import { positiveFlow } from "../../server/analysis/positive-flow.js";
import { shareFromHitting } from "../../server/analysis/round-trip-share.js";
import { arbitraryDataset } from "../fixtures/arbitrary-dataset.js";
import { flowOf } from "../fixtures/build-dataset.js";
import { cmp, fromDouble, mul, toNumber } from "./exact-rational.js";
import { relativeClose } from "./relative-close.js";
import { exactFlow, exactHitting, exactShare } from "./round-trip-oracle.js";

describe("iterateHitting", () => {
  it("stops only once the share is within the tolerance, from below, and never overshoots h", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          arbitraryDataset({ amounts: "wide", maxEntities: 7, maxDeals: 18 }),
          arbitraryDataset({ amounts: "integer", maxEntities: 7, maxDeals: 18 }),
        ),
        fc.constantFrom(1e-6, 1e-10, 1e-13),
        fc.integer({ min: 1, max: 40 }),
        (data, tolerance, maxIterations) => {
          const flow = positiveFlow(flowOf(data));
          const exact = exactFlow(data);
          const { count, componentOf } = stronglyConnectedComponents(flow);
          for (let c = 0; c < count; c++) {
            const list: number[] = [];
            for (let i = 0; i < flow.n; i++) if (componentOf[i] === c) list.push(i);
            if (list.length < 2) continue;
            const members = Int32Array.from(list);
            const system = componentSystem(flow, members, new Int32Array(flow.n).fill(-1));
            for (let t = 0; t < system.s; t++) {
              const x = members[t]!;
              const result = iterateHitting(system, t, tolerance, maxIterations);
              const expected = toNumber(exactShare(exact, x));
              const share = shareFromHitting(system, t, result.h, flow.outflowUsd[x]!);
              // Every entry is a lower bound of the exact hitting probability (up to rounding).
              const h = exactHitting(exact, x);
              for (let a = 0; a < system.s; a++) {
                const upper = mul(h[members[a]!]!, fromDouble(1 + 1e-12));
                expect(cmp(fromDouble(result.h[a]!), upper)).toBeLessThanOrEqual(0);
              }
              expect(share).toBeLessThanOrEqual(expected * (1 + 1e-12));
              if (result.converged) {
                expect(result.iterations).toBeLessThanOrEqual(maxIterations);
                expect(relativeClose(share, expected, tolerance + 1e-12)).toBe(true);
              } else expect(result.iterations).toBe(maxIterations);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
