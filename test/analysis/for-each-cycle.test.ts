import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countCycles } from "../../server/analysis/count-cycles.js";
import { CYCLE_DEFAULTS } from "../../server/analysis/cycle-options.js";
import { InvalidOptionError } from "../../server/analysis/errors.js";
import { findCycles } from "../../server/analysis/find-cycles.js";
import { forEachCycle } from "../../server/analysis/for-each-cycle.js";
import { randomDataset } from "../fixtures/arbitrary-dataset.js";
import { datasetOf, flowOf, ringDataset } from "../fixtures/build-dataset.js";

const ring = (n: number) => ringDataset(n, undefined, (k) => `r${String(k).padStart(6, "0")}`);

describe("forEachCycle", () => {
  it("exposes frozen defaults", () => {
    expect(CYCLE_DEFAULTS).toEqual({ maxLength: 8, maxCycles: 10_000, timeBudgetMs: Infinity });
    expect(Object.isFrozen(CYCLE_DEFAULTS)).toBe(true);
  });

  it("streams the same cycles findCycles collects, in a deterministic order", () => {
    fc.assert(
      fc.property(randomDataset(7, 20), (dataset) => {
        const flow = flowOf(dataset);
        const streamed: string[][] = [];
        const result = forEachCycle(flow, { maxCycles: Infinity }, (nodes, length, edges) => {
          const cycle = Array.from(nodes.subarray(0, length), (i) => flow.ids[i]!);
          for (let k = 0; k < length; k++) {
            expect(flow.sources[edges[k]!]).toBe(nodes[k]);
            expect(flow.targets[edges[k]!]).toBe(nodes[(k + 1) % length]);
          }
          streamed.push(cycle);
        });
        expect(result).toEqual({ found: streamed.length, truncated: false, truncatedReason: null });
        const collected = findCycles(flow, { maxCycles: Infinity }).cycles.map((c) => c.nodes);
        expect([...streamed].sort()).toEqual([...collected].sort());
        const again: string[][] = [];
        forEachCycle(flow, { maxCycles: Infinity }, (nodes, length) => {
          again.push(Array.from(nodes.subarray(0, length), (i) => flow.ids[i]!));
        });
        expect(again).toEqual(streamed);
      }),
      { numRuns: 200 },
    );
  });

  it("stops when the visitor returns false and says so", () => {
    fc.assert(
      fc.property(randomDataset(7, 25), fc.integer({ min: 1, max: 6 }), (dataset, stopAt) => {
        const flow = flowOf(dataset);
        const total = countCycles(flow, { maxCycles: Infinity }).count;
        let seen = 0;
        const result = forEachCycle(flow, {}, () => ++seen < stopAt);
        if (total >= stopAt) {
          expect(result).toEqual({ found: stopAt, truncated: true, truncatedReason: "stopped" });
        } else {
          expect(result).toEqual({ found: total, truncated: false, truncatedReason: null });
        }
        expect(seen).toBe(result.found);
      }),
      { numRuns: 200 },
    );
  });

  it("finds the single cycle of a 30,000-entity ring without overflowing the stack", () => {
    const flow = flowOf(ring(30_000));
    expect(countCycles(flow, { maxLength: Infinity })).toEqual({
      count: 1,
      truncated: false,
      truncatedReason: null,
    });
    expect(countCycles(flow).count).toBe(0);
    const [cycle] = findCycles(flow, { maxLength: Infinity }).cycles;
    expect(cycle?.nodes).toHaveLength(30_000);
    expect(cycle?.nodes[0]).toBe("r000000");
    expect(cycle?.bottleneckUsd).toBe(1);
  });

  it("reports a spent time budget as truncated", () => {
    const ids = Array.from({ length: 14 }, (_, k) => `k${String(k).padStart(2, "0")}`);
    const specs = ids.flatMap((a) =>
      ids.filter((b) => b !== a).map((b) => ({ from: a, to: b, amountUsd: 1 })),
    );
    const flow = flowOf(datasetOf(ids, specs));
    const result = forEachCycle(
      flow,
      { maxLength: Infinity, maxCycles: Infinity, timeBudgetMs: 0 },
      () => true,
    );
    expect(result.truncated).toBe(true);
    expect(result.truncatedReason).toBe("timeBudget");
  });

  it("calls onProgress with the running count during a long enumeration", () => {
    const ids = Array.from({ length: 11 }, (_, k) => `k${String(k).padStart(2, "0")}`);
    const specs = ids.flatMap((a) =>
      ids.filter((b) => b !== a).map((b) => ({ from: a, to: b, amountUsd: 1 })),
    );
    const flow = flowOf(datasetOf(ids, specs));
    const reported: number[] = [];
    // Keep enumerating (K11 has millions of cycles) until the first progress report.
    const result = forEachCycle(
      flow,
      { maxLength: Infinity, maxCycles: Infinity, onProgress: (found) => reported.push(found) },
      () => reported.length === 0,
    );
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.every((found) => found <= result.found)).toBe(true);
  });

  it("rejects a non-function onProgress with InvalidOptionError", () => {
    const flow = flowOf(datasetOf(["a"], []));
    const onProgress = 5 as unknown as () => void;
    expect(() => forEachCycle(flow, { onProgress }, () => true)).toThrow(InvalidOptionError);
  });
});
