// What an exported picture says beside the network — title, date and filter lines, focus, legend,
// credit — and the whole scene of a dataset under inclusion options at given positions (the API's
// and CLI's SVG; the viewer builds its nodes and edges from what sigma draws instead).

import { displayLabel } from "../../shared/display-label.js";
import { edgeWidth, MIN_EDGE_WIDTH } from "../../shared/edge-width.js";
import { formatDate } from "../../shared/format/format-date.js";
import { formatLabel } from "../../shared/format/format-label.js";
import { formatUsd } from "../../shared/format/format-usd.js";
import { nodeSize } from "../../shared/node-size.js";
import { canvasColors, dealColor, edgeColor, kindColor, type Theme } from "../../shared/palette.js";
import { createDealFilter } from "../analysis/deal-filter.js";
import {
  INCLUSION_DEFAULTS,
  type InclusionOptions,
  isDealCommitted,
} from "../analysis/inclusion.js";
import {
  AMOUNT_BASES,
  type Dataset,
  DEAL_STATUSES,
  DEAL_TYPES,
  ENTITY_KINDS,
} from "../analysis/types.js";
import type { SvgEdge, SvgLegendItem, SvgNode, SvgScene } from "./export-svg.js";

/** Parallel deals bend wider, as on the canvas (client/graph-view/build-display-graph.ts). */
const BASE_CURVATURE = 0.12;
const CURVATURE_STEP = 0.14;
/** Above this many entities only the largest get a label, as the canvas does at first sight. */
const MAX_LABELS = 60;

export interface SceneText {
  /** Where the data came from: "data/deals.json" or an uploaded file's name. */
  source: string;
  /** The data's licence, when known ("CC BY 4.0"). */
  licence?: string | null;
  title?: string;
  /** "Loop: A → B → A", "Nvidia and its counterparties". */
  focus?: string | null;
}

export const DEFAULT_SCENE_TITLE = "Circular financing in the AI industry";

function differs<T>(list: readonly T[], defaults: readonly T[]): boolean {
  return list.length !== defaults.length || list.some((v) => !defaults.includes(v));
}

/**
 * One line naming the view and every option that narrows or widens the default inclusion; `brief`
 * leaves out what the defaults are.
 */
export function describeInclusion(options: Partial<InclusionOptions>, brief = false): string {
  const o = { ...INCLUSION_DEFAULTS, ...options };
  const parts: string[] = [];
  const list = <T extends string>(all: readonly T[], chosen: readonly T[]) =>
    all
      .filter((v) => chosen.includes(v))
      .map(formatLabel)
      .join(", ") || "none";
  if (differs(o.types, INCLUSION_DEFAULTS.types)) parts.push(`types: ${list(DEAL_TYPES, o.types)}`);
  if (differs(o.statuses, INCLUSION_DEFAULTS.statuses))
    parts.push(`statuses: ${list(DEAL_STATUSES, o.statuses)}`);
  if (differs(o.basis, INCLUSION_DEFAULTS.basis))
    parts.push(`bases: ${list(AMOUNT_BASES, o.basis)}`);
  if (o.from !== null) parts.push(`from ${formatDate(o.from)}`);
  if (o.to !== null) parts.push(`to ${formatDate(o.to)}`);
  if (o.minAmountUsd > 0) parts.push(`deals of ${formatUsd(o.minAmountUsd)} or more`);
  if (o.backstopsCalled) parts.push("backstops counted as called");
  if (o.includeSuperseded) parts.push("superseded deals counted too");
  const view = o.view === "committed" ? "Committed view: only firm commitments" : "Announced view";
  if (parts.length === 0 && brief) return `${view}, no other filter`;
  return parts.length === 0
    ? `${view} · no other filter (every deal type but backstops, every status but cancelled, every basis but stake value)`
    : `${view} · ${parts.join(" · ")}`;
}

/** Title, the date/filter/focus lines and the credit of a picture. */
export function sceneText(
  dataset: Dataset,
  inclusion: Partial<InclusionOptions>,
  text: SceneText,
  brief = false,
): Pick<SvgScene, "title" | "lines" | "credit"> {
  const asOf = inclusion.asOf ?? null;
  const date =
    asOf !== null
      ? `As of ${formatDate(asOf)}`
      : `All deals${dataset.updated ? `, data updated ${formatDate(dataset.updated)}` : ""}`;
  const lines = [date, describeInclusion(inclusion, brief)];
  if (text.focus) lines.push(text.focus);
  const credit = [
    "Roundtrip",
    [text.source, dataset.version].filter(Boolean).join(" "),
    text.licence ?? null,
  ]
    .filter((part): part is string => typeof part === "string" && part !== "")
    .join(" · ");
  return { title: text.title ?? DEFAULT_SCENE_TITLE, lines, credit };
}

/** Entity kinds and deal types shown, in the palette's colours. */
export function sceneLegend(
  kinds: Iterable<string>,
  dealTypes: Iterable<string>,
  theme: Theme,
  dashed = false,
): SvgLegendItem[] {
  const k = new Set(kinds);
  const t = new Set(dealTypes);
  const muted = sceneColors(theme).muted;
  return [
    ...ENTITY_KINDS.filter((kind) => k.has(kind)).map(
      (kind): SvgLegendItem => ({
        label: formatLabel(kind),
        color: kindColor(kind, theme),
        shape: "disc",
      }),
    ),
    ...DEAL_TYPES.filter((type) => t.has(type)).map(
      (type): SvgLegendItem => ({
        label: `${formatLabel(type)} deal`,
        color: dealColor(type, theme),
        shape: "line",
      }),
    ),
    ...(dashed
      ? [
          { label: "solid: firm commitment", color: muted, shape: "solid" } as const,
          {
            label: "dashed: headline, estimate, conditional or unsigned",
            color: muted,
            shape: "dashed",
          } as const,
        ]
      : []),
  ];
}

export function sceneColors(theme: Theme): SvgScene["colors"] {
  const canvas = canvasColors(theme);
  return {
    background: canvas.background,
    text: canvas.label,
    muted: theme === "dark" ? "#9AA3AE" : "#5B636E",
    halo: canvas.background,
  };
}

/**
 * The network under these options: the counted deals (backstops only when called), the entities
 * they touch, sizes by flow and colours by kind and type as on the canvas.
 */
export function datasetScene(
  dataset: Dataset,
  positions: ReadonlyMap<string, { x: number; y: number }>,
  inclusion: Partial<InclusionOptions>,
  theme: Theme,
  text: SceneText,
): SvgScene {
  const counted = createDealFilter(dataset.deals, inclusion);
  const flow = new Map<string, number>();
  const edges: SvgEdge[] = [];
  const onPair = new Map<string, number>();
  const shownTypes = new Set<string>();
  for (const deal of dataset.deals) {
    if (deal.from === deal.to || !counted(deal)) continue;
    const amount = deal.amountUsd ?? 0;
    flow.set(deal.from, (flow.get(deal.from) ?? 0) + amount);
    flow.set(deal.to, (flow.get(deal.to) ?? 0) + amount);
    const pair = JSON.stringify([deal.from, deal.to]);
    const index = onPair.get(pair) ?? 0;
    onPair.set(pair, index + 1);
    const backstop = deal.type === "backstop";
    const undisclosed = deal.amountUsd === null;
    shownTypes.add(deal.type);
    edges.push({
      id: deal.id,
      source: deal.from,
      target: deal.to,
      size: undisclosed ? MIN_EDGE_WIDTH : edgeWidth(deal.amountUsd) * (backstop ? 0.55 : 1),
      color: edgeColor(deal.type, theme, "rest"),
      curvature: BASE_CURVATURE + CURVATURE_STEP * index,
      // As on the canvas: anything but a firm commitment is a promise, drawn dashed.
      dashed: !isDealCommitted(deal),
    });
  }
  const reference = Math.max(0, ...flow.values());
  const shown = dataset.entities.filter((e) => flow.has(e.id) && positions.has(e.id));
  const labelled = new Set(
    [...shown]
      .sort((a, b) => flow.get(b.id)! - flow.get(a.id)!)
      .slice(0, shown.length > 150 ? MAX_LABELS : shown.length)
      .map((e) => e.id),
  );
  const nodes: SvgNode[] = shown.map((entity) => {
    const { x, y } = positions.get(entity.id)!;
    return {
      id: entity.id,
      x,
      y,
      size: nodeSize(flow.get(entity.id)!, reference),
      color: kindColor(entity.kind, theme),
      label: labelled.has(entity.id) ? displayLabel(entity.name) : null,
    };
  });
  return {
    ...sceneText(dataset, inclusion, text),
    legend: sceneLegend(
      shown.map((e) => e.kind),
      shownTypes,
      theme,
      edges.some((edge) => edge.dashed),
    ),
    nodes,
    edges,
    colors: sceneColors(theme),
  };
}
