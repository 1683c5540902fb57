// stronglyConnectedComponents at scale: a ring deep enough to overflow a recursive Tarjan.

import { describe, expect, it } from "vitest";
import { stronglyConnectedComponents } from "../../server/analysis/components.js";
import { datasetOf, flowOf } from "../fixtures/build-dataset.js";

describe("stronglyConnectedComponents on a 20,000-entity ring", () => {
  it("handles a 20,000-entity ring without overflowing the stack", () => {
    const n = 20_000;
    const ids = Array.from({ length: n }, (_, k) => `e${String(k).padStart(5, "0")}`);
    const specs = ids.map((id, k) => ({ from: id, to: ids[(k + 1) % n]!, amountUsd: 1 }));
    const result = stronglyConnectedComponents(flowOf(datasetOf(ids, specs)));
    expect(result.count).toBe(1);
    expect([...result.sizes]).toEqual([n]);
  });
});
