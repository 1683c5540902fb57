import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { componentMembers } from "../../server/analysis/component-members.js";
import { stronglyConnectedComponents } from "../../server/analysis/components.js";
import { randomDataset } from "../fixtures/arbitrary-dataset.js";
import { flowOf } from "../fixtures/build-dataset.js";

describe("componentMembers", () => {
  it("lists each component's entities, ascending, as one contiguous run", () => {
    fc.assert(
      fc.property(randomDataset(), (dataset) => {
        const components = stronglyConnectedComponents(flowOf(dataset));
        const { starts, ordered } = componentMembers(components);
        expect(starts.length).toBe(components.count + 1);
        for (let c = 0; c < components.count; c++) {
          const run = [...ordered.subarray(starts[c]!, starts[c + 1]!)];
          const expected = [...components.componentOf.keys()].filter(
            (i) => components.componentOf[i] === c,
          );
          expect(run).toEqual(expected);
        }
      }),
    );
  });
});
