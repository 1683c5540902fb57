// ViewState → node display attributes: visibility, size by current flow, colour by kind, and the
// dimming of everything outside the focus.

import type { NodeDisplayData } from "sigma/types";
import { nodeSize } from "../../shared/node-size.js";
import { kindColor } from "../../shared/palette.js";
import { defaultMark } from "../stress-panel/default-mark.js";
import { lossColor } from "../stress-panel/loss-color.js";
import type { DisplayNode } from "./build-display-graph.js";
import type { LabelYield } from "./draw-label.js";
import type { ReducerContext } from "./reducer-context.js";

export function nodeDisplay(
  node: string,
  attrs: DisplayNode,
  ctx: ReducerContext,
): Partial<NodeDisplayData> {
  const { state, analysis, focus, ego, colors } = ctx;
  const selected = state.selection?.kind === "entity" && state.selection.id === node;
  const hovered = state.hovered?.kind === "entity" && state.hovered.id === node;
  const hidden =
    (!analysis.visibleEntities.has(node) && !selected) || (ego !== null && !ego.has(node));
  const size = nodeSize(analysis.totalFlowUsd.get(node) ?? 0, ctx.referenceFlowUsd) * ctx.sizeScale;
  const display: Partial<NodeDisplayData> = {
    x: attrs.x,
    y: attrs.y,
    label: attrs.label,
    size,
    color: kindColor(attrs.kind, state.theme),
    hidden,
    highlighted: selected || hovered,
    zIndex: 1,
  };
  if (ctx.losses !== null) {
    // What-if: colour by relative loss; the defaulted are named with the round they fell in (in
    // full for the entity pointed at or chosen, "✕2" for the others on a phone). Only the shocked
    // are sure of a label; the largest losses are forced but give way where labels would pile up
    // (the caption, tooltip and table say the rest).
    display.color = lossColor(ctx.losses.relativeLoss.get(node) ?? 0, state.theme);
    const round = ctx.losses.defaultRound.get(node);
    if (round !== undefined) {
      const named = selected || hovered;
      display.label = `${attrs.label} ${defaultMark(round, ctx.compactLabels && !named)}`;
      display.forceLabel = named || ctx.labelledDefaults.has(node);
      // The largest losses give way where their labels would pile up; the shocked never do.
      if (!named && round !== 0) (display as LabelYield).labelYields = true;
    }
  }
  // A what-if keeps every loss coloured: the contagion reaches beyond the selection's neighbours.
  if (focus !== null && ctx.losses === null) {
    if (focus.nodes.has(node)) {
      display.forceLabel = true;
      display.zIndex = focus.primary === node ? 3 : 2;
    } else {
      display.color = colors.dimmedNode;
      display.label = null;
      display.zIndex = 0;
    }
  }
  return display;
}
