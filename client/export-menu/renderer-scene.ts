// The picture the viewer shows, as an SVG scene: every node and edge sigma draws right now (after
// the filters, the date, a focused loop or entity, the ego view and the theme), at their layout
// positions, with the title, date/filter/focus lines, legend and credit.

import type Sigma from "sigma";
import type { SvgEdge, SvgNode, SvgScene } from "../../server/dataset/export-svg.js";
import { creditText } from "../../server/dataset/export-view.js";
import { sceneColors, sceneLegend, sceneText } from "../../server/dataset/svg-scene.js";
import { loopLabel } from "../../shared/loop-label.js";
import { inclusionFor } from "../analyze-view.js";
import { creditSource, type DatasetSource } from "../dataset-source.js";
import type { DisplayEdge, DisplayNode } from "../graph-view/build-display-graph.js";
import { entityName } from "../names.js";
import type { ViewModel } from "../view-model.js";

/** What the picture is narrowed to, in words: a loop, an entity's neighbourhood, a selection. */
export function focusLine(model: ViewModel): string | null {
  const state = model.getState();
  const name = (id: string) => entityName(model.graph, id);
  if (state.focusedCycle !== null && state.focusedCycle.length > 0) {
    return `Loop: ${loopLabel(state.focusedCycle, name)}`;
  }
  if (state.egoEntity !== null) return `Around ${name(state.egoEntity)}: its counterparties`;
  if (state.selection?.kind === "entity") return `Highlighted: ${name(state.selection.id)}`;
  if (state.selection?.kind === "deal") return `Highlighted deal: ${state.selection.id}`;
  return null;
}

export function rendererScene(
  renderer: Sigma<DisplayNode, DisplayEdge>,
  model: ViewModel,
  source: DatasetSource,
): SvgScene {
  const graph = renderer.getGraph();
  const state = model.getState();
  const nodes: (SvgNode & { z: number })[] = [];
  const kinds = new Set<string>();
  graph.forEachNode((id, attrs) => {
    const data = renderer.getNodeDisplayData(id);
    if (!data || data.hidden) return;
    kinds.add(attrs.kind);
    nodes.push({
      id,
      x: attrs.x,
      y: attrs.y,
      size: data.size,
      color: data.color,
      label: data.label ?? null,
      z: data.zIndex ?? 0,
    });
  });
  const edges: (SvgEdge & { z: number })[] = [];
  const types = new Set<string>();
  graph.forEachEdge((id, attrs, sourceId, targetId) => {
    const data = renderer.getEdgeDisplayData(id);
    if (!data || data.hidden) return;
    types.add(attrs.dealType);
    edges.push({
      id,
      source: sourceId,
      target: targetId,
      size: data.size,
      color: data.color,
      curvature: attrs.type === "curved" || data.type === "dashed" ? attrs.curvature : 0,
      dashed: data.type === "dashed",
      z: data.zIndex ?? 0,
    });
  });
  // Sorted by zIndex like the canvas (stable, so equal ones keep graph order).
  const byZ = (a: { z: number }, b: { z: number }) => a.z - b.z;
  const strip = <T extends { z: number }>({ z: _z, ...rest }: T) => rest;
  const inclusion = inclusionFor(state.filters, state.asOf);
  return {
    ...sceneText(model.dataset, inclusion, {
      ...creditText(creditSource(source)),
      focus: focusLine(model),
    }),
    legend: sceneLegend(
      kinds,
      types,
      state.theme,
      edges.some((edge) => edge.dashed),
    ),
    nodes: nodes.sort(byZ).map(strip),
    edges: edges.sort(byZ).map(strip),
    colors: sceneColors(state.theme),
  };
}
