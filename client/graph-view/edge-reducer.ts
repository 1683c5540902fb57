// ViewState → edge display attributes: drawn deals only, colour by type (edgeColor), width by amount
// on a log scale, backstops and undisclosed amounts thinner, promises (anything but a firm
// commitment) dashed where edges are curved, dimming outside the focus.

import type { EdgeDisplayData } from "sigma/types";
import { edgeWidth, MIN_EDGE_WIDTH } from "../../shared/edge-width.js";
import { type EdgeEmphasis, edgeColor } from "../../shared/palette.js";
import type { DisplayEdge } from "./build-display-graph.js";
import type { ReducerContext } from "./reducer-context.js";

export function edgeDisplay(
  edge: string,
  attrs: DisplayEdge,
  ends: readonly [string, string],
  ctx: ReducerContext,
): Partial<EdgeDisplayData> & { curvature: number } {
  const { state, analysis, focus, ego } = ctx;
  const hidden =
    !analysis.drawnDeals.has(edge) || (ego !== null && !(ego.has(ends[0]) && ego.has(ends[1])));
  const backstop = attrs.dealType === "backstop";
  const undisclosed = attrs.amountUsd === null;
  let size = undisclosed ? MIN_EDGE_WIDTH : edgeWidth(attrs.amountUsd) * (backstop ? 0.55 : 1);
  let zIndex = 1;
  let emphasis: EdgeEmphasis = "rest";
  if (focus !== null) {
    if (focus.edges.has(edge)) {
      emphasis = "focused";
      size = Math.max(size * 1.25, 1.6);
      zIndex = 2;
    } else {
      emphasis = "dimmed";
      zIndex = 0;
    }
  }
  const selected = state.selection?.kind === "deal" && state.selection.id === edge;
  if (selected) {
    size = Math.max(size * 1.5, 2.5);
    zIndex = 3;
  }
  // Sigma draws from the reducer's output alone: carry the program and its curvature through.
  return {
    type: attrs.type === "curved" && !attrs.firm ? "dashed" : attrs.type,
    curvature: attrs.curvature,
    hidden,
    size: size * ctx.sizeScale,
    color: edgeColor(attrs.dealType, state.theme, emphasis),
    zIndex,
  };
}
