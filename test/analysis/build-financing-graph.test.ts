import { describe, expect, it } from "vitest";
import { buildFinancingGraph } from "../../server/analysis/build-financing-graph.js";
import { datasetOf, deal } from "../fixtures/build-dataset.js";

describe("buildFinancingGraph", () => {
  it("treats __proto__ and constructor as ordinary ids, without touching Object.prototype", () => {
    const ids = ["a", "__proto__", "constructor"];
    const graph = buildFinancingGraph(
      datasetOf(ids, [
        deal("d1", "a", "__proto__", 1),
        deal("d2", "a", "__proto__", 1),
        deal("d3", "__proto__", "constructor", 1),
        deal("d4", "__proto__", "constructor", 1),
        deal("d5", "constructor", "a", 1),
      ]),
    );
    const inherited: string[] = [];
    for (const key in {}) inherited.push(key);
    expect(inherited).toEqual([]);
    expect(graph.outNeighbors("a")).toEqual(["__proto__"]);
    expect(graph.edges("__proto__", "constructor").sort()).toEqual(["d3", "d4"]);
    expect(graph.inNeighbors("constructor")).toEqual(["__proto__"]);
    expect(graph.outNeighbors("constructor")).toEqual(["a"]);
  });
});
