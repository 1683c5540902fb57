// The graph the viewer draws, in graphology's serialized form (`graph.export()`, read back with
// `MultiDirectedGraph.from`): entities and deals with the computed attributes the viewer needs.
// Built as plain data rather than through a graphology instance: ids are arbitrary strings.

import type { SerializedGraph } from "graphology-types";
import type { Analysis } from "../analysis/analyze-dataset.js";
import { createDealFilter } from "../analysis/deal-filter.js";
import type { InclusionOptions } from "../analysis/inclusion.js";
import type { Dataset, Deal, Entity } from "../analysis/types.js";

export interface GraphNodeAttributes extends Entity {
  label: string;
  outflowUsd: number;
  inflowUsd: number;
  roundTripShare: number;
  roundTripUsd: number;
  maxRoundTripUsd: number;
  /** Number of found cycles through the entity. */
  cycleCount: number;
  onCycle: boolean;
}

export interface GraphEdgeAttributes extends Deal {
  /** Counted as a flow under the request's inclusion options. */
  included: boolean;
  /** The deal passing the options that supersedes this one (then not included); null otherwise. */
  supersededBy: string | null;
  /** Lies on at least one found cycle. */
  onCycle: boolean;
}

export type GraphView = SerializedGraph<GraphNodeAttributes, GraphEdgeAttributes>;

export function buildGraphView(
  dataset: Dataset,
  analysis: Analysis,
  inclusion: Partial<InclusionOptions>,
): GraphView {
  const included = createDealFilter(dataset.deals, inclusion);
  const exposure = new Map(analysis.exposure.entities.map((row) => [row.id, row]));
  const cycleCount = new Map<string, number>();
  const dealsOnCycles = new Set<string>();
  for (const cycle of analysis.cycles.cycles) {
    for (const id of cycle.nodes) cycleCount.set(id, (cycleCount.get(id) ?? 0) + 1);
    for (const hop of cycle.deals) for (const deal of hop) dealsOnCycles.add(deal);
  }
  return {
    options: { type: "directed", multi: true, allowSelfLoops: true },
    attributes: { version: dataset.version ?? null, cyclesTruncated: analysis.cycles.truncated },
    nodes: dataset.entities.map((entity) => {
      const row = exposure.get(entity.id);
      const count = cycleCount.get(entity.id) ?? 0;
      return {
        key: entity.id,
        attributes: {
          ...entity,
          label: entity.name,
          outflowUsd: row?.outflowUsd ?? 0,
          inflowUsd: row?.inflowUsd ?? 0,
          roundTripShare: row?.roundTripShare ?? 0,
          roundTripUsd: row?.roundTripUsd ?? 0,
          maxRoundTripUsd: row?.maxRoundTripUsd ?? 0,
          cycleCount: count,
          onCycle: count > 0,
        },
      };
    }),
    edges: dataset.deals.map((deal) => ({
      key: deal.id,
      source: deal.from,
      target: deal.to,
      attributes: {
        ...deal,
        included: deal.from !== deal.to && included(deal),
        supersededBy: included.superseded.get(deal.id) ?? null,
        onCycle: dealsOnCycles.has(deal.id),
      },
    })),
  };
}
