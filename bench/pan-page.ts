// Browser entry of the panning benchmark: sigma with the viewer's renderer settings (curved arrows
// from @sigma/edge-curve, edge events, z-index, label grid; see client/graph-view/mount-graph-view.ts)
// on a large synthetic network, so frame times can be measured where the full app cannot load it.

import { createEdgeCurveProgram } from "@sigma/edge-curve";
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import { DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS, EdgeLineProgram } from "sigma/rendering";

export interface PanScene {
  nodes: [id: string, x: number, y: number, size: number, color: string][];
  edges: [source: string, target: string, size: number, color: string, curvature: number][];
}

export interface PanSceneOptions {
  /** sigma's hideEdgesOnMove: draw no edges while the user drags. */
  hideEdgesOnMove: boolean;
  /** Curved arrows (the viewer's program) or sigma's default straight arrows. */
  curved: boolean;
  /** sigma's hideLabelsOnMove (default false). */
  hideLabelsOnMove?: boolean;
  /** sigma's enableEdgeEvents (default true, as the viewer on small graphs). */
  edgeEvents?: boolean;
  /** sigma's renderLabels (default true). */
  labels?: boolean;
  /** Experiment: edge program for straight edges ("arrow" by default, or sigma's "line"). */
  straight?: "arrow" | "line";
}

const CurvedArrowProgram = createEdgeCurveProgram({
  arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
});

function mount(scene: PanScene, options: PanSceneOptions): void {
  const graph = new MultiDirectedGraph();
  for (const [id, x, y, size, color] of scene.nodes)
    graph.addNode(id, { x, y, size, color, label: id });
  scene.edges.forEach(([source, target, size, color, curvature], k) => {
    graph.addDirectedEdgeWithKey(`e${k}`, source, target, {
      size,
      color,
      curvature,
      type: options.curved ? "curved" : (options.straight ?? "arrow"),
    });
  });
  const container = document.getElementById("stage")!;
  const renderer = new Sigma(graph, container, {
    defaultEdgeType: options.curved ? "curved" : "arrow",
    edgeProgramClasses: { curved: CurvedArrowProgram, line: EdgeLineProgram },
    enableEdgeEvents: options.edgeEvents ?? true,
    renderLabels: options.labels ?? true,
    hideLabelsOnMove: options.hideLabelsOnMove ?? false,
    stagePadding: 48,
    labelSize: 12,
    labelWeight: "500",
    labelDensity: 2,
    labelGridCellSize: 60,
    labelRenderedSizeThreshold: 0,
    zIndex: true,
    minCameraRatio: 0.08,
    maxCameraRatio: 3,
    hideEdgesOnMove: options.hideEdgesOnMove,
  });
  Object.assign(window, { __roundtrip: { renderer } });
}

Object.assign(window, { __benchMount: mount });
