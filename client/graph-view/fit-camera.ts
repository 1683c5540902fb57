// Camera framing that accounts for labels and for the controls drawn over the canvas: sigma fits
// node centres, so a long label at the right edge would be cut; here the box of discs and labels is
// what must fit the view, clear of the insets and of every overlay (the legend, the zoom buttons).

import type Sigma from "sigma";
import type { CameraState } from "sigma/types";
import { estimateLabelWidth } from "../../shared/display-label.js";
import type { DisplayEdge, DisplayNode } from "./build-display-graph.js";

const RESET: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
/** The least share of a network's width (or height) a covering view still shows. */
export const COVER_MIN_SHARE = 0.6;

/** The part of sigma that framing reads. */
export type FramingRenderer = Pick<
  Sigma<DisplayNode, DisplayEdge>,
  | "getGraph"
  | "getDimensions"
  | "getNodeDisplayData"
  | "framedGraphToViewport"
  | "viewportToFramedGraph"
  | "scaleSize"
>;

/** A rectangle in the canvas's pixels (origin at its top left). */
export interface ViewRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface CameraOptions {
  padding?: number;
  minRatio?: number;
  /** Never zoom out further than this; what does not fit is then cropped around `anchor`. */
  maxRatio?: number;
  /** The node kept in the middle of the view when the box does not fit (the selected entity). */
  anchor?: string | null;
  /** Pixels at the bottom covered by an overlay across the whole width (the phone's panel sheet). */
  insetBottom?: number;
  /**
   * Controls drawn over the canvas: no disc or label is framed under one. Each is cleared by giving
   * up the strip beside it (left or right) or the strip above or below it, whichever loses less.
   */
  overlays?: readonly ViewRect[];
  includeHidden?: boolean;
  /**
   * Fill the view along its longer side rather than fit both (a wide network on a tall phone
   * screen), cropping at most `1 − COVER_MIN_SHARE` of the other side.
   */
  cover?: boolean;
}

interface Insets {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface NodeBox {
  key: string;
  /** Node centre at the reset camera, in viewport pixels. */
  x: number;
  y: number;
  /** Framed-graph position, for placing the node under another camera. */
  framed: { x: number; y: number };
  size: number;
  /** Width of the label right of the disc, in pixels (0 without a label). */
  label: number;
}
/** The camera state that shows `nodes` (all visible nodes by default) with their labels. */
export function cameraFor(
  renderer: FramingRenderer,
  nodes: readonly string[] | null,
  options: CameraOptions = {},
): CameraState {
  const boxes = nodeBoxes(renderer, nodes, options);
  if (boxes.length === 0) return RESET;
  let insets: Insets = { left: 0, right: 0, top: 0, bottom: options.insetBottom ?? 0 };
  let camera = fitBoxes(renderer, boxes, insets, options);
  const { width, height } = renderer.getDimensions();
  for (const overlay of options.overlays ?? []) {
    if (!covers(renderer, boxes, camera, overlay)) continue;
    // The strip beside the overlay and the strip above or below it, from the nearer edges.
    const candidates: Insets[] = [
      overlay.left + overlay.right < width
        ? { ...insets, left: Math.max(insets.left, overlay.right) }
        : { ...insets, right: Math.max(insets.right, width - overlay.left) },
      overlay.top + overlay.bottom < height
        ? { ...insets, top: Math.max(insets.top, overlay.bottom) }
        : { ...insets, bottom: Math.max(insets.bottom, height - overlay.top) },
    ];
    const tried = candidates.map((candidate) => {
      const state = fitBoxes(renderer, boxes, candidate, options);
      return { insets: candidate, state, clear: !covers(renderer, boxes, state, overlay) };
    });
    // The closest framing that clears the overlay; when neither does (a view cropped by maxRatio
    // or cover), the closer one.
    const best = [...tried].sort(
      (a, b) => Number(b.clear) - Number(a.clear) || a.state.ratio - b.state.ratio,
    )[0]!;
    insets = best.insets;
    camera = best.state;
  }
  return camera;
}

function nodeBoxes(
  renderer: FramingRenderer,
  nodes: readonly string[] | null,
  { includeHidden = false }: CameraOptions,
): NodeBox[] {
  const boxes: NodeBox[] = [];
  // Framed graph → viewport is affine: two points give it (one matrix, not one per node).
  const origin = renderer.framedGraphToViewport({ x: 0, y: 0 }, { cameraState: RESET });
  const unit = renderer.framedGraphToViewport({ x: 1, y: 1 }, { cameraState: RESET });
  for (const key of nodes ?? renderer.getGraph().nodes()) {
    const data = renderer.getNodeDisplayData(key);
    if (!data || (data.hidden && !includeHidden)) continue;
    boxes.push({
      key,
      x: origin.x + data.x * (unit.x - origin.x),
      y: origin.y + data.y * (unit.y - origin.y),
      framed: { x: data.x, y: data.y },
      size: data.size,
      label: data.label ? estimateLabelWidth(data.label) + 8 : 0,
    });
  }
  return boxes;
}

/** The camera that fits the boxes into the view less `insets` (the box measured at the reset camera). */
function fitBoxes(
  renderer: FramingRenderer,
  boxes: readonly NodeBox[],
  insets: Insets,
  {
    padding = 28,
    minRatio = 0.2,
    maxRatio = Number.POSITIVE_INFINITY,
    anchor = null,
    cover = false,
  }: CameraOptions,
): CameraState {
  const { width, height } = renderer.getDimensions();
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  let anchorBox: { minX: number; maxX: number; minY: number; maxY: number } | null = null;
  for (const node of boxes) {
    const radius = renderer.scaleSize(node.size, 1);
    const box = {
      minX: node.x - radius,
      maxX: node.x + radius + node.label,
      minY: node.y - Math.max(radius, 9),
      maxY: node.y + Math.max(radius, 9),
    };
    minX = Math.min(minX, box.minX);
    maxX = Math.max(maxX, box.maxX);
    minY = Math.min(minY, box.minY);
    maxY = Math.max(maxY, box.maxY);
    if (node.key === anchor) anchorBox = box;
  }
  const ratioX = (maxX - minX) / Math.max(1, width - insets.left - insets.right - 2 * padding);
  const ratioY = (maxY - minY) / Math.max(1, height - insets.top - insets.bottom - 2 * padding);
  const fitRatio = Math.max(ratioX, ratioY);
  const wanted = Math.max(
    minRatio,
    cover ? Math.max(Math.min(ratioX, ratioY), fitRatio * COVER_MIN_SHARE) : fitRatio,
  );
  const ratio = Math.min(maxRatio, wanted);
  // Too big to show whole at the widest zoom allowed: keep the anchor (the selected entity) in
  // the middle rather than the middle of a box that no longer fits, which may leave it out of view.
  const box = ratio < wanted && anchorBox ? anchorBox : { minX, maxX, minY, maxY };
  // Centre the box in the part of the view inside the insets.
  const center = renderer.viewportToFramedGraph(
    {
      x: (box.minX + box.maxX) / 2 - ((insets.left - insets.right) / 2) * ratio,
      y: (box.minY + box.maxY) / 2 + ((insets.bottom - insets.top) / 2) * ratio,
    },
    { cameraState: RESET },
  );
  return { x: center.x, y: center.y, ratio, angle: 0 };
}

/** Whether some disc or label, seen through `camera`, overlaps `rect` (framed graph → viewport is affine here). */
function covers(
  renderer: FramingRenderer,
  boxes: readonly NodeBox[],
  camera: CameraState,
  rect: ViewRect,
): boolean {
  const origin = renderer.framedGraphToViewport({ x: 0, y: 0 }, { cameraState: camera });
  const unit = renderer.framedGraphToViewport({ x: 1, y: 1 }, { cameraState: camera });
  for (const node of boxes) {
    const x = origin.x + node.framed.x * (unit.x - origin.x);
    const y = origin.y + node.framed.y * (unit.y - origin.y);
    const radius = renderer.scaleSize(node.size, camera.ratio);
    const half = Math.max(radius, node.label > 0 ? 9 : 0);
    if (
      x - radius < rect.right &&
      x + radius + node.label > rect.left &&
      y - half < rect.bottom &&
      y + half > rect.top
    )
      return true;
  }
  return false;
}
