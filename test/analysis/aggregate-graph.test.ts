import { describe, expect, it } from "vitest";
import { buildAggregateGraph } from "../../server/analysis/aggregate-graph.js";
import { buildFinancingGraph } from "../../server/analysis/build-financing-graph.js";
import { computeFlowMatrix } from "../../server/analysis/flow-matrix.js";
import type { Deal } from "../../server/analysis/types.js";

const deal = (id: string, from: string, to: string, amountUsd: number | null): Deal => ({
  id,
  from,
  to,
  type: "equity",
  amountUsd,
  amountBasis: "committed",
  date: "2025",
  status: "signed",
  sources: [],
});

describe("buildAggregateGraph", () => {
  it("merges parallel deals into one weighted edge and drops self-loops", () => {
    const flow = computeFlowMatrix(
      buildFinancingGraph({
        entities: ["__proto__", "constructor"].map((id) => ({ id, name: id, kind: "other" })),
        deals: [
          deal("d1", "__proto__", "constructor", 5),
          deal("d2", "__proto__", "constructor", null),
          deal("d3", "constructor", "constructor", 9),
        ],
      }),
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
