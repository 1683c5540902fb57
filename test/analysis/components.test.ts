import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stronglyConnectedComponents } from "../../server/analysis/components.js";
import { randomDataset } from "../fixtures/arbitrary-dataset.js";
import { datasetOf, flowOf } from "../fixtures/build-dataset.js";

/** Transitive closure by repeated relaxation (Warshall). */
function reachability(n: number, offsets: Int32Array, targets: Int32Array): boolean[][] {
  const reach = Array.from({ length: n }, (_, i) => {
    const row = new Array<boolean>(n).fill(false);
    row[i] = true;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) row[targets[e]!] = true;
    return row;
  });
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++)
      if (reach[i]![k]) for (let j = 0; j < n; j++) if (reach[k]![j]) reach[i]![j] = true;
  return reach;
}

describe("stronglyConnectedComponents", () => {
  it("puts two entities together exactly when each reaches the other", () => {
    fc.assert(
      fc.property(randomDataset(9, 25), (dataset) => {
        const flow = flowOf(dataset);
        const { count, componentOf, sizes } = stronglyConnectedComponents(flow);
        const reach = reachability(flow.n, flow.offsets, flow.targets);
        for (let i = 0; i < flow.n; i++) {
          for (let j = 0; j < flow.n; j++) {
            expect(componentOf[i] === componentOf[j]).toBe(reach[i]![j]! && reach[j]![i]!);
          }
        }
        const counted = new Array<number>(count).fill(0);
        for (const c of componentOf) counted[c]!++;
        expect([...sizes]).toEqual(counted);
        // Numbered sinks first: an edge between components goes to a smaller number.
        for (let i = 0; i < flow.n; i++) {
          for (let e = flow.offsets[i]!; e < flow.offsets[i + 1]!; e++) {
            expect(componentOf[flow.targets[e]!]!).toBeLessThanOrEqual(componentOf[i]!);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives every entity its own component when there are no deals", () => {
    const result = stronglyConnectedComponents(flowOf(datasetOf(["a", "__proto__", "c"], [])));
    expect(result.count).toBe(3);
    expect(new Set(result.componentOf).size).toBe(3);
    expect(stronglyConnectedComponents(flowOf(datasetOf([], []))).count).toBe(0);
  });
});
