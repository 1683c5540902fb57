import { describe, expect, it } from "vitest";
import { buildFinancingGraph } from "../../server/analysis/build-financing-graph.js";
import type { Deal } from "../../server/analysis/types.js";

const deal = (id: string, from: string, to: string): Deal => ({
  id,
  from,
  to,
  type: "equity",
  amountUsd: 1,
  amountBasis: "committed",
  date: "2025",
  status: "signed",
  sources: [],
});

describe("buildFinancingGraph", () => {
  it("treats __proto__ and constructor as ordinary ids, without touching Object.prototype", () => {
    const ids = ["a", "__proto__", "constructor"];
    const graph = buildFinancingGraph({
      entities: ids.map((id) => ({ id, name: id, kind: "other" })),
      deals: [
        deal("d1", "a", "__proto__"),
        deal("d2", "a", "__proto__"),
        deal("d3", "__proto__", "constructor"),
        deal("d4", "__proto__", "constructor"),
        deal("d5", "constructor", "a"),
      ],
    });
    const inherited: string[] = [];
    for (const key in {}) inherited.push(key);
    expect(inherited).toEqual([]);
    expect(graph.outNeighbors("a")).toEqual(["__proto__"]);
    expect(graph.edges("__proto__", "constructor").sort()).toEqual(["d3", "d4"]);
    expect(graph.inNeighbors("constructor")).toEqual(["__proto__"]);
    expect(graph.outNeighbors("constructor")).toEqual(["a"]);
  });
});
