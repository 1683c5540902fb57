// The scene of the sigma-alone panning benchmark: a generated network laid out by ForceAtlas2 with
// Barnes–Hut for 50 iterations (close to the viewer's path for huge uploads), with node sizes and
// colours of the viewer's detailed tier: what sigma's own drag costs, for contrast with the app.

import { MultiDirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { Dataset } from "../server/analysis/types.js";
import { seededRandom } from "../shared/seeded-random.js";
import type { PanScene } from "./pan-page.js";

const COLORS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1"];

export function buildPanScene(dataset: Dataset): PanScene {
  const random = seededRandom(7);
  const graph = new MultiDirectedGraph();
  for (const e of dataset.entities) graph.addNode(e.id, { x: random(), y: random() });
  for (const d of dataset.deals)
    if (d.from !== d.to) graph.addDirectedEdgeWithKey(d.id, d.from, d.to);
  forceAtlas2.assign(graph, {
    iterations: 50,
    settings: {
      barnesHutOptimize: true,
      gravity: 0.3,
      strongGravityMode: true,
      scalingRatio: 12,
      slowDown: 2,
    },
  });
  const flow = new Map<string, number>();
  for (const d of dataset.deals) {
    const amount = d.amountUsd ?? 0;
    flow.set(d.from, (flow.get(d.from) ?? 0) + amount);
    flow.set(d.to, (flow.get(d.to) ?? 0) + amount);
  }
  const reference = Math.max(1, ...flow.values());
  let index = 0;
  const nodes: PanScene["nodes"] = graph.mapNodes((id, a) => [
    id,
    a.x as number,
    a.y as number,
    4 + 20 * Math.sqrt((flow.get(id) ?? 0) / reference),
    COLORS[index++ % COLORS.length]!,
  ]);
  const edges: PanScene["edges"] = dataset.deals
    .filter((d) => d.from !== d.to)
    .map((d, k) => [d.from, d.to, 0.8 + (k % 4), COLORS[k % COLORS.length]!, 0.25]);
  return { nodes, edges };
}
