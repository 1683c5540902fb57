import { buildFinancingGraph } from "@engine";
import { describe, expect, it } from "vitest";
import { buildDisplayGraph } from "../../../client/graph-view/build-display-graph.js";
import { FIXTURE } from "../fixture-dataset.js";
import { positions } from "./reducer-fixture.js";

describe("buildDisplayGraph", () => {
  it("bends opposite and parallel deals apart and skips self-loops", () => {
    const dataset = {
      ...FIXTURE,
      deals: [
        ...FIXTURE.deals,
        { ...FIXTURE.deals[0]!, id: "ab2" },
        { ...FIXTURE.deals[0]!, id: "aa", to: "a" },
      ],
    };
    const drawn = buildDisplayGraph(buildFinancingGraph(dataset), positions);
    expect(drawn.hasEdge("aa")).toBe(false);
    const curvatures = ["ab", "ab2"].map((id) => drawn.getEdgeAttribute(id, "curvature"));
    expect(new Set(curvatures).size).toBe(2);
    // b → a is the opposite direction: the same positive bend puts it on the other side.
    expect(drawn.getEdgeAttribute("ba", "curvature")).toBeGreaterThan(0);
  });
});
