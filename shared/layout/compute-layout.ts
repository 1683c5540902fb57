// Deterministic positions for the financing graph: seeded start, ForceAtlas2 for a fixed number
// of iterations on the aggregate pair graph, noverlap for the discs, then a pass that moves nodes
// until no two labels overlap at the size the canvas first shows them. Large uploads get a bounded
// budget instead: Barnes–Hut with a coarse θ, few iterations, no noverlap and no label pass.
// Reference: Jacomy et al., "ForceAtlas2" (PLoS ONE, 2014).

import { compareIds, type FinancingGraph } from "@engine";
import { UndirectedGraph } from "graphology";
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import { displayLabel, estimateLabelWidth } from "../display-label.js";
import { nodeSize } from "../node-size.js";
import { hashString, seededRandom } from "../seeded-random.js";
import { removeLabelOverlaps } from "./remove-label-overlaps.js";

export interface LayoutOptions {
  iterations: number;
  /** Half-width of the box the layout is scaled into before noverlap. */
  extent: number;
  seed: number;
  forceAtlas2: ForceAtlas2Settings;
  /** Extra room noverlap keeps per label character. */
  labelClearance: number;
  /** Above this many entities (an upload), use Barnes–Hut and skip the label pass: both are O(n²). */
  largeGraph: number;
  /** Above this many entities, skip noverlap (its cost dominates) and coarsen Barnes–Hut. */
  hugeGraph: number;
  /** Fewest ForceAtlas2 iterations a large graph gets. */
  minIterations: number;
  /** noverlap sweeps on a large graph (each is O(n²) at worst; a small graph gets 400). */
  largeNoverlapIterations: number;
}

export const LAYOUT_DEFAULTS: Readonly<LayoutOptions> = Object.freeze({
  iterations: 600,
  extent: 500,
  seed: 20231,
  forceAtlas2: Object.freeze({
    gravity: 0.3,
    strongGravityMode: true,
    scalingRatio: 12,
    edgeWeightInfluence: 0.6,
    linLogMode: false,
    outboundAttractionDistribution: true,
    barnesHutOptimize: false,
    slowDown: 2,
  }),
  labelClearance: 2.6,
  // NOTE: the label pass costs ~3.5 s at 300 entities and noverlap's 400 sweeps ~2 s at 1,000,
  // on the main thread of an upload; 150 keeps every curated-size graph on the careful path.
  largeGraph: 150,
  hugeGraph: 1_000,
  minIterations: 50,
  largeNoverlapIterations: 60,
});

/** Barnes–Hut accuracy above `hugeGraph`: about 4× faster per iteration than the default 0.5. */
const HUGE_GRAPH_THETA = 1.2;

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

interface LayoutNode {
  x: number;
  y: number;
  size: number;
  [key: string]: unknown;
}

/** Room noverlap keeps around a node: its disc plus roughly half its label. */
function clearance(label: string, perCharacter: number): number {
  return 10 + Math.min(label.length, 28) * perCharacter;
}

export function computeLayout(
  graph: FinancingGraph,
  options: Partial<LayoutOptions> = {},
): Positions {
  const {
    iterations,
    extent,
    seed,
    labelClearance,
    largeGraph,
    hugeGraph,
    minIterations,
    largeNoverlapIterations,
  } = { ...LAYOUT_DEFAULTS, ...options };
  const large = graph.order > largeGraph;
  const huge = graph.order > hugeGraph;
  const settings = {
    ...LAYOUT_DEFAULTS.forceAtlas2,
    ...(large ? { barnesHutOptimize: true } : {}),
    ...(huge ? { barnesHutTheta: HUGE_GRAPH_THETA } : {}),
    ...options.forceAtlas2,
  };
  const ids = graph.nodes().sort(compareIds);
  const random = seededRandom(seed ^ hashString(ids.join("\u0000")));
  // Keyed by position, not by entity id: graphology's adjacency and the layout libraries' indexes
  // are plain objects, where an id such as "constructor" or "__proto__" is not an ordinary key.
  const keyOf = new Map(ids.map((id, k) => [id, `n${k}`]));
  const simple = new UndirectedGraph<LayoutNode, { weight: number }>();
  for (const id of ids) {
    const name = graph.getNodeAttribute(id, "name");
    simple.addNode(keyOf.get(id)!, {
      x: random() * 2 - 1,
      y: random() * 2 - 1,
      size: clearance(name, labelClearance),
    });
  }
  const edges = graph.edges().sort(compareIds);
  for (const key of edges) {
    const source = graph.source(key);
    const target = graph.target(key);
    if (source === target) continue;
    const amount = graph.getEdgeAttribute(key, "amountUsd") ?? 0;
    // Heavier pairs pull harder, on a log scale so $100B does not swamp everything.
    const weight = 1 + Math.log10(1 + amount / 1e8);
    const [a, b] = (compareIds(source, target) <= 0 ? [source, target] : [target, source]).map(
      (id) => keyOf.get(id)!,
    ) as [string, string];
    if (simple.hasEdge(a, b)) simple.updateEdgeAttribute(a, b, "weight", (w = 0) => w + weight);
    else simple.addEdge(a, b, { weight });
  }
  if (simple.order > 1) {
    forceAtlas2.assign(simple, {
      // NOTE: a large upload trades layout quality for a bounded wait.
      iterations: large
        ? Math.max(minIterations, Math.round((iterations * largeGraph) / graph.order))
        : iterations,
      getEdgeWeight: "weight",
      settings,
    });
    rescale(simple, extent);
    if (!huge) {
      noverlap.assign(simple, {
        maxIterations: large ? largeNoverlapIterations : 400,
        settings: { margin: 6, ratio: 1, speed: 3 },
      });
    }
  }
  if (large) {
    return new Map(
      ids.map((id) => [
        id,
        {
          x: simple.getNodeAttribute(keyOf.get(id)!, "x"),
          y: simple.getNodeAttribute(keyOf.get(id)!, "y"),
        },
      ]),
    );
  }
  // Radii as drawn with the default filters (backstops are not flows).
  const flow = new Map<string, number>(ids.map((id) => [id, 0]));
  graph.forEachEdge((_key, deal, source, target) => {
    if (source === target || deal.type === "backstop") return;
    const amount = deal.amountUsd ?? 0;
    flow.set(source, flow.get(source)! + amount);
    flow.set(target, flow.get(target)! + amount);
  });
  const reference = Math.max(0, ...flow.values());
  return removeLabelOverlaps(
    ids.map((id) => {
      const { x, y } = simple.getNodeAttributes(keyOf.get(id)!);
      return {
        id,
        x,
        // Screen y grows downwards while graph y grows upwards: flip so boxes match the canvas.
        y: -y,
        radius: nodeSize(flow.get(id)!, reference),
        labelWidth: estimateLabelWidth(displayLabel(graph.getNodeAttribute(id, "name"))),
      };
    }),
  );
}

/** Scale positions into [-extent, extent] on the longer axis, centred. */
function rescale(graph: UndirectedGraph<LayoutNode>, extent: number): void {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  graph.updateEachNodeAttributes((_, attrs) => ({
    ...attrs,
    x: ((attrs.x - cx) / span) * 2 * extent,
    y: ((attrs.y - cy) / span) * 2 * extent,
  }));
}
