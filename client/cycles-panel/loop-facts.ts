// Each loop's facts for the explorer (filter-loops.ts): its rank in the engine's list, both
// bottlenecks and the latest date of a deal on it. The engine's cycles already carry the shown
// view's bottleneck and the committed one (SPEC §3); only the announced bottleneck of a committed
// view's loop is read from W here.

import type { FinancingGraph, View } from "@engine";
import type { ViewAnalysis } from "../analyze-view.js";
import type { LoopFacts } from "./filter-loops.js";
import { loopBottleneck } from "./loop-bottlenecks.js";

/** Deal dates by id, once per graph (the explorer reads them for every loop on every change). */
const datesByGraph = new WeakMap<FinancingGraph, ReadonlyMap<string, string>>();

function dealDates(graph: FinancingGraph): ReadonlyMap<string, string> {
  let dates = datesByGraph.get(graph);
  if (dates === undefined) {
    const byId = new Map<string, string>();
    graph.forEachEdge((id, deal) => {
      if (deal.date !== undefined) byId.set(id, deal.date);
    });
    dates = byId;
    datesByGraph.set(graph, dates);
  }
  return dates;
}

export function loopFactsOf(
  graph: FinancingGraph,
  analysis: Pick<ViewAnalysis, "cycles" | "viewFlows" | "flow">,
): LoopFacts[] {
  const dates = dealDates(graph);
  const view: View = analysis.flow === analysis.viewFlows.committed ? "committed" : "announced";
  return analysis.cycles.cycles.map((cycle, rank) => {
    let lastDate: string | null = null;
    for (const hop of cycle.deals)
      for (const id of hop) {
        const date = dates.get(id);
        if (date !== undefined && (lastDate === null || date > lastDate)) lastDate = date;
      }
    const committed =
      cycle.committedBottleneckUsd ?? loopBottleneck(analysis.viewFlows.committed, cycle.nodes).usd;
    return {
      rank,
      nodes: cycle.nodes,
      bottleneckUsd: {
        announced:
          view === "announced"
            ? cycle.bottleneckUsd
            : loopBottleneck(analysis.viewFlows.announced, cycle.nodes).usd,
        committed,
      },
      lastDate,
    };
  });
}
