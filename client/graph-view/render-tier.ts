// How the canvas draws a network of a given size. Small networks (the curated data) get curved
// arrows that keep parallel and opposite deals apart, and hover on edges; large uploads get
// straight arrows (hairlines beyond 10,000 deals), discs drawn as points, no edge picking, sparser
// labels, and a pan that moves the drawn picture instead of redrawing every frame: in software
// WebGL each redraw of thousands of items costs seconds.

import { LAYOUT_DEFAULTS } from "../../shared/layout/compute-layout.js";

export interface RenderTier {
  name: "detailed" | "large";
  /** The sigma edge program every deal is drawn with. */
  edgeType: "curved" | "arrow" | "line";
  /**
   * The sigma node program: triangles (`circle`, one instance per entity) or one point each.
   * NOTE: software WebGL (SwiftShader) draws instanced geometry an instance at a time: 20,000
   * circles held the first frame of a 20,000-entity upload ~1.5 s, points take a tenth of that.
   * Points are capped at the GPU's largest point size, far above the large tier's small discs.
   */
  nodeType: "circle" | "point";
  /** Hover and click on deals (a second, picking pass over every edge). */
  enableEdgeEvents: boolean;
  /**
   * Draw the first frame before compiling the picking programs (hover and click come a frame
   * later): cheap where a redraw is cheap, and a full extra redraw on large networks.
   */
  holdPicking: boolean;
  /** While the camera moves (wheel zoom, animations), draw nodes only. */
  hideEdgesOnMove: boolean;
  hideLabelsOnMove: boolean;
  /** A drag translates the last drawn frame; sigma redraws once when the drag ends. */
  snapshotPan: boolean;
  /** Hover emphasis (dimming everything else) re-reduces every item: off for large networks. */
  hoverFocus: boolean;
  labelDensity: number;
  labelGridCellSize: number;
  /** Labels of nodes drawn smaller than this (pixels) are left out. */
  labelRenderedSizeThreshold: number;
  /** Multiplies node radii and edge widths: thousands of full-size discs would cover each other. */
  sizeScale: number;
}

export interface RenderTierLimits {
  /** Above this many drawable deals the large tier applies. */
  detailedEdges: number;
  /** Above this many entities the large tier applies. */
  detailedNodes: number;
  /**
   * Above this many drawable deals, edges are hairlines without arrowheads: a full redraw costs
   * a third of straight arrows' in software WebGL, and heads are unreadable at that density.
   */
  arrowEdges: number;
  /**
   * Above this many entities a detailed network gets a sparse label grid: the layout only makes
   * room for every label up to here (compute-layout's label pass), beyond it labels would pile up.
   */
  labelledNodes: number;
}

export const RENDER_TIER_LIMITS: Readonly<RenderTierLimits> = Object.freeze({
  detailedEdges: 2_000,
  detailedNodes: 1_000,
  arrowEdges: 10_000,
  labelledNodes: LAYOUT_DEFAULTS.largeGraph,
});

const DETAILED: Readonly<RenderTier> = Object.freeze({
  name: "detailed",
  edgeType: "curved",
  nodeType: "circle",
  enableEdgeEvents: true,
  holdPicking: true,
  hideEdgesOnMove: false,
  hideLabelsOnMove: false,
  snapshotPan: false,
  hoverFocus: true,
  labelDensity: 2,
  labelGridCellSize: 60,
  labelRenderedSizeThreshold: 0,
  sizeScale: 1,
});

const DETAILED_SPARSE_LABELS: Readonly<RenderTier> = Object.freeze({
  ...DETAILED,
  labelDensity: 0.7,
  labelGridCellSize: 100,
  labelRenderedSizeThreshold: 6,
});

const LARGE: Readonly<RenderTier> = Object.freeze({
  name: "large",
  edgeType: "arrow",
  nodeType: "point",
  enableEdgeEvents: false,
  holdPicking: false,
  hideEdgesOnMove: true,
  hideLabelsOnMove: true,
  snapshotPan: true,
  hoverFocus: false,
  labelDensity: 0.5,
  labelGridCellSize: 100,
  labelRenderedSizeThreshold: 3,
  sizeScale: 0.3,
});

const LARGE_HAIRLINES: Readonly<RenderTier> = Object.freeze({ ...LARGE, edgeType: "line" });

/** The tier for a network of `nodes` entities and `edges` drawable deals. */
export function renderTier(
  nodes: number,
  edges: number,
  limits: Partial<RenderTierLimits> = {},
): RenderTier {
  const { detailedEdges, detailedNodes, arrowEdges, labelledNodes } = {
    ...RENDER_TIER_LIMITS,
    ...limits,
  };
  if (nodes <= detailedNodes && edges <= detailedEdges) {
    return nodes <= labelledNodes ? DETAILED : DETAILED_SPARSE_LABELS;
  }
  return edges > arrowEdges ? LARGE_HAIRLINES : LARGE;
}
