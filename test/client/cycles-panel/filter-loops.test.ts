import { readFileSync } from "node:fs";
import { analyzeDataset, buildFinancingGraph, type Dataset } from "@engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeDrawing } from "../../../client/analyze-view.js";
import {
  filterLoops,
  isFiltering,
  LOOP_QUERY_DEFAULTS,
  type LoopFacts,
  type LoopQuery,
} from "../../../client/cycles-panel/filter-loops.js";
import { loopFactsOf } from "../../../client/cycles-panel/loop-facts.js";
import { FILTER_DEFAULTS } from "../../../client/view-state.js";

const curated = JSON.parse(readFileSync("data/deals.json", "utf8")) as Dataset;

const IDS = ["a", "b", "c", "d", "e", "f"];

const loopArb = fc.record({
  nodes: fc.uniqueArray(fc.constantFrom(...IDS), { minLength: 2, maxLength: 6 }),
  announced: fc.integer({ min: 0, max: 50 }),
  committed: fc.integer({ min: 0, max: 50 }),
  lastDate: fc.option(fc.constantFrom("2023-01-01", "2024-05-02", "2024-05-03", "2025-12-31")),
});

const loopsArb = fc.array(loopArb, { maxLength: 40 }).map((raw) =>
  raw.map(
    (loop, rank): LoopFacts => ({
      rank,
      nodes: loop.nodes,
      bottleneckUsd: { announced: loop.announced, committed: loop.committed },
      lastDate: loop.lastDate,
    }),
  ),
);

const queryArb: fc.Arbitrary<LoopQuery> = fc.record({
  entities: fc.uniqueArray(fc.constantFrom(...IDS), { maxLength: 3 }),
  minLength: fc.option(fc.integer({ min: 1, max: 7 })),
  maxLength: fc.option(fc.integer({ min: 1, max: 7 })),
  minBottleneckUsd: fc.integer({ min: 0, max: 50 }),
  bottleneckView: fc.constantFrom("announced" as const, "committed" as const),
  sort: fc.constantFrom("bottleneck" as const, "length" as const, "date" as const),
});

/** The oracle: test every condition literally, then order by repeated minimum selection. */
function bruteForce(loops: readonly LoopFacts[], q: LoopQuery): LoopFacts[] {
  const kept = loops.filter(
    (loop) =>
      q.entities.every((id) => loop.nodes.includes(id)) &&
      (q.minLength === null || loop.nodes.length >= q.minLength) &&
      (q.maxLength === null || loop.nodes.length <= q.maxLength) &&
      loop.bottleneckUsd[q.bottleneckView] >= q.minBottleneckUsd,
  );
  const key = (loop: LoopFacts): [number | string, number] => {
    if (q.sort === "bottleneck") return [-loop.bottleneckUsd[q.bottleneckView], loop.rank];
    if (q.sort === "length") return [loop.nodes.length, loop.rank];
    return [loop.lastDate === null ? "0" : `1${loop.lastDate}`, -loop.rank];
  };
  const before = (a: LoopFacts, b: LoopFacts): boolean => {
    const [x, i] = key(a);
    const [y, j] = key(b);
    // Dates: newest first, so the larger string key comes first; rank ascending on ties.
    if (q.sort === "date") return x !== y ? x > y : i > j;
    return x !== y ? x < y : i < j;
  };
  const rest = [...kept];
  const out: LoopFacts[] = [];
  while (rest.length > 0) {
    let best = 0;
    for (let k = 1; k < rest.length; k++) if (before(rest[k]!, rest[best]!)) best = k;
    out.push(rest.splice(best, 1)[0]!);
  }
  return out;
}

describe("filterLoops", () => {
  it("keeps every loop in the engine's order under the default query", () => {
    fc.assert(
      fc.property(loopsArb, (loops) => {
        expect(isFiltering(LOOP_QUERY_DEFAULTS)).toBe(false);
        const sortedByEngine = [...loops].sort(
          (a, b) => b.bottleneckUsd.announced - a.bottleneckUsd.announced || a.rank - b.rank,
        );
        expect(filterLoops(loops, LOOP_QUERY_DEFAULTS)).toEqual(sortedByEngine);
      }),
    );
  });

  it("equals a brute-force filter and sort for any query", () => {
    fc.assert(
      fc.property(loopsArb, queryArb, (loops, query) => {
        expect(filterLoops(loops, query)).toEqual(bruteForce(loops, query));
      }),
      { numRuns: 300 },
    );
  });

  it("needs every chosen entity on the loop", () => {
    const loops: LoopFacts[] = [
      { rank: 0, nodes: ["a", "b"], bottleneckUsd: { announced: 5, committed: 1 }, lastDate: null },
      {
        rank: 1,
        nodes: ["a", "b", "c"],
        bottleneckUsd: { announced: 3, committed: 3 },
        lastDate: "2024-01-01",
      },
    ];
    const through = (entities: string[]) =>
      filterLoops(loops, { ...LOOP_QUERY_DEFAULTS, entities }).map((loop) => loop.rank);
    expect(through(["a"])).toEqual([0, 1]);
    expect(through(["a", "c"])).toEqual([1]);
    expect(through(["d"])).toEqual([]);
    const committed = filterLoops(loops, {
      ...LOOP_QUERY_DEFAULTS,
      bottleneckView: "committed",
      minBottleneckUsd: 2,
    });
    expect(committed.map((loop) => loop.rank)).toEqual([1]);
    const byDate = filterLoops(loops, { ...LOOP_QUERY_DEFAULTS, sort: "date" });
    expect(byDate.map((loop) => loop.rank)).toEqual([1, 0]);
  });

  it("counts the engine's loops through curated entities and lengths", () => {
    const graph = buildFinancingGraph(curated);
    const drawing = analyzeDrawing(curated, graph, FILTER_DEFAULTS, null);
    const facts = loopFactsOf(graph, drawing);
    const engine = analyzeDataset(curated).cycles.cycles;
    expect(facts.length).toBe(engine.length);
    expect(facts.length).toBeGreaterThan(150);
    const pairs = [["oracle"], ["oracle", "nvidia"], ["microsoft", "openai"]];
    for (const entities of pairs) {
      const expected = engine.filter((c) => entities.every((id) => c.nodes.includes(id))).length;
      expect(expected).toBeGreaterThan(0);
      expect(filterLoops(facts, { ...LOOP_QUERY_DEFAULTS, entities })).toHaveLength(expected);
    }
    for (const length of [2, 3, 4]) {
      const expected = engine.filter((c) => c.nodes.length === length).length;
      const got = filterLoops(facts, {
        ...LOOP_QUERY_DEFAULTS,
        minLength: length,
        maxLength: length,
      });
      expect(got).toHaveLength(expected);
    }
    // The committed bottleneck is the engine's committed minimum.
    const byNodes = new Map(engine.map((c) => [c.nodes.join(), c]));
    for (const loop of facts)
      expect(loop.bottleneckUsd.committed).toBe(
        byNodes.get(loop.nodes.join())?.committedBottleneckUsd,
      );
  });
});
