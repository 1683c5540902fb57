import { describe, expect, it } from "vitest";
import { buildAggregateGraph } from "../../server/analysis/aggregate-graph.js";
import { datasetOf, deal, flowOf } from "../fixtures/build-dataset.js";

describe("buildAggregateGraph", () => {
  it("merges parallel deals into one weighted edge and drops self-loops", () => {
    const flow = flowOf(
      datasetOf(
        ["__proto__", "constructor"],
        [
          deal("d1", "__proto__", "constructor", 5),
          deal("d2", "__proto__", "constructor", null),
          deal("d3", "constructor", "constructor", 9),
        ],
      ),
    );
    const graph = buildAggregateGraph(flow);
    expect(graph.type).toBe("directed");
    expect(graph.multi).toBe(false);
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
    expect(graph.getNodeAttribute("0", "id")).toBe("__proto__");
    expect(graph.getEdgeAttributes("0", "1")).toEqual({ weightUsd: 5, deals: ["d1", "d2"] });
  });
});
