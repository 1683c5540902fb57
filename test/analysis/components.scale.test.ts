// stronglyConnectedComponents at scale: a ring deep enough to overflow a recursive Tarjan.

import { describe, expect, it } from "vitest";
import { stronglyConnectedComponents } from "../../server/analysis/components.js";
import { flowOf, ringDataset } from "../fixtures/build-dataset.js";

describe("stronglyConnectedComponents on a 20,000-entity ring", () => {
  it("handles a 20,000-entity ring without overflowing the stack", () => {
    const n = 20_000;
    const result = stronglyConnectedComponents(flowOf(ringDataset(n, () => 1)));
    expect(result.count).toBe(1);
    expect([...result.sizes]).toEqual([n]);
  });
});
