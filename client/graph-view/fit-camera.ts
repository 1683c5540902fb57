// Camera framing that accounts for labels: sigma fits node centres, so a long label at the right
// edge would be cut; here the box of discs and labels is what must fit the view.

import type Sigma from "sigma";
import type { CameraState } from "sigma/types";
import { estimateLabelWidth } from "../../shared/display-label.js";
import type { DisplayEdge, DisplayNode } from "./build-display-graph.js";

const RESET: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
/** The least share of a network's width (or height) a covering view still shows. */
export const COVER_MIN_SHARE = 0.6;

/** The camera state that shows `nodes` (all visible nodes by default) with their labels. */
export function cameraFor(
  renderer: Sigma<DisplayNode, DisplayEdge>,
  nodes: readonly string[] | null,
  {
    padding = 28,
    minRatio = 0.2,
    maxRatio = Number.POSITIVE_INFINITY,
    anchor = null,
    insetLeft = 0,
    insetBottom = 0,
    includeHidden = false,
    cover = false,
  }: {
    padding?: number;
    minRatio?: number;
    /** Never zoom out further than this; what does not fit is then cropped around `anchor`. */
    maxRatio?: number;
    /** The node kept in the middle of the view when the box does not fit (the selected entity). */
    anchor?: string | null;
    insetLeft?: number;
    /** Pixels at the bottom covered by an overlay (the phone's panel sheet). */
    insetBottom?: number;
    includeHidden?: boolean;
    /**
     * Fill the view along its longer side rather than fit both (a wide network on a tall phone
     * screen), cropping at most `1 − COVER_MIN_SHARE` of the other side.
     */
    cover?: boolean;
  } = {},
): CameraState {
  const keys = nodes ?? renderer.getGraph().nodes();
  const { width, height } = renderer.getDimensions();
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  let anchorBox: { minX: number; maxX: number; minY: number; maxY: number } | null = null;
  for (const key of keys) {
    const data = renderer.getNodeDisplayData(key);
    if (!data || (data.hidden && !includeHidden)) continue;
    const point = renderer.framedGraphToViewport(data, { cameraState: RESET });
    const radius = renderer.scaleSize(data.size, 1);
    const label = data.label ? estimateLabelWidth(data.label) + 8 : 0;
    minX = Math.min(minX, point.x - radius);
    maxX = Math.max(maxX, point.x + radius + label);
    minY = Math.min(minY, point.y - Math.max(radius, 9));
    maxY = Math.max(maxY, point.y + Math.max(radius, 9));
    if (key === anchor)
      anchorBox = {
        minX: point.x - radius,
        maxX: point.x + radius + label,
        minY: point.y - Math.max(radius, 9),
        maxY: point.y + Math.max(radius, 9),
      };
  }
  if (!Number.isFinite(minX)) return RESET;
  const ratioX = (maxX - minX) / Math.max(1, width - insetLeft - 2 * padding);
  const ratioY = (maxY - minY) / Math.max(1, height - insetBottom - 2 * padding);
  const fit = Math.max(ratioX, ratioY);
  const wanted = Math.max(
    minRatio,
    cover ? Math.max(Math.min(ratioX, ratioY), fit * COVER_MIN_SHARE) : fit,
  );
  const ratio = Math.min(maxRatio, wanted);
  // Too big to show whole at the widest zoom allowed: keep the anchor (the selected entity) in
  // the middle rather than the middle of a box that no longer fits, which may leave it out of view.
  const box = ratio < wanted && anchorBox ? anchorBox : { minX, maxX, minY, maxY };
  // Centre the box in the part of the view right of and above the insets.
  const center = renderer.viewportToFramedGraph(
    {
      x: (box.minX + box.maxX) / 2 - (insetLeft / 2) * ratio,
      y: (box.minY + box.maxY) / 2 + (insetBottom / 2) * ratio,
    },
    { cameraState: RESET },
  );
  return { x: center.x, y: center.y, ratio, angle: 0 };
}
