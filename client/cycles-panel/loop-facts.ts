// Each loop's facts for the explorer (filter-loops.ts): its rank in the engine's list, both
// bottlenecks and the latest date of a deal on it.

import type { FinancingGraph } from "@engine";
import type { ViewAnalysis } from "../analyze-view.js";
import { dealOf } from "../names.js";
import type { LoopFacts } from "./filter-loops.js";
import { loopBottleneck } from "./loop-bottlenecks.js";

export function loopFactsOf(
  graph: FinancingGraph,
  analysis: Pick<ViewAnalysis, "cycles" | "viewFlows">,
): LoopFacts[] {
  return analysis.cycles.cycles.map((cycle, rank) => {
    let lastDate: string | null = null;
    for (const hop of cycle.deals)
      for (const id of hop) {
        const date = dealOf(graph, id)?.date;
        if (date !== undefined && (lastDate === null || date > lastDate)) lastDate = date;
      }
    return {
      rank,
      nodes: cycle.nodes,
      bottleneckUsd: {
        announced: loopBottleneck(analysis.viewFlows.announced, cycle.nodes).usd,
        committed: loopBottleneck(analysis.viewFlows.committed, cycle.nodes).usd,
      },
      lastDate,
    };
  });
}
