// ViewState → edge display attributes: drawn deals only, colour by type, width by amount on a
// log scale, backstops and undisclosed amounts fainter and thinner, promises (anything but a firm
// commitment) dashed where edges are curved, dimming outside the focus.

import type { EdgeDisplayData } from "sigma/types";
import { edgeWidth, MIN_EDGE_WIDTH } from "../../shared/edge-width.js";
import { dealColor, mixColor } from "../../shared/palette.js";
import type { DisplayEdge } from "./build-display-graph.js";
import type { ReducerContext } from "./reducer-context.js";

export function edgeDisplay(
  edge: string,
  attrs: DisplayEdge,
  ends: readonly [string, string],
  ctx: ReducerContext,
): Partial<EdgeDisplayData> & { curvature: number } {
  const { state, analysis, focus, ego, colors } = ctx;
  const hidden =
    !analysis.drawnDeals.has(edge) || (ego !== null && !(ego.has(ends[0]) && ego.has(ends[1])));
  const backstop = attrs.dealType === "backstop";
  const undisclosed = attrs.amountUsd === null;
  const base = dealColor(attrs.dealType, state.theme);
  let alpha = backstop ? 0.7 : undisclosed ? 0.35 : 0.6;
  let size = undisclosed ? MIN_EDGE_WIDTH : edgeWidth(attrs.amountUsd) * (backstop ? 0.55 : 1);
  let zIndex = 1;
  let color: string | null = null;
  if (focus !== null) {
    if (focus.edges.has(edge)) {
      alpha = 1;
      size = Math.max(size * 1.25, 1.6);
      zIndex = 2;
    } else {
      color = colors.dimmedEdge;
      zIndex = 0;
    }
  }
  const selected = state.selection?.kind === "deal" && state.selection.id === edge;
  if (selected) {
    alpha = 1;
    size = Math.max(size * 1.5, 2.5);
    zIndex = 3;
  }
  // Sigma draws from the reducer's output alone: carry the program and its curvature through.
  return {
    type: attrs.type === "curved" && !attrs.firm ? "dashed" : attrs.type,
    curvature: attrs.curvature,
    hidden,
    size: size * ctx.sizeScale,
    color: color ?? mixColor(base, colors.background, alpha),
    zIndex,
  };
}
