// Colours for entity kinds and deal types, per theme: Okabe & Ito (2008) hues, moved until every
// kind and every deal type reads as its own colour under colour-vision deficiencies and against the canvas.

import type { DealType, EntityKind } from "@engine";

export type Theme = "dark" | "light";

type Swatch =
  | "sky"
  | "orange"
  | "green"
  | "blue"
  | "vermillion"
  | "purple"
  | "yellow"
  | "brown"
  | "grey";

/**
 * The nine colours of each theme: Okabe–Ito hues moved (by a search, then fixed here) until every
 * pair stays at least ΔE00 10 apart for normal vision and simulated protanopia, deuteranopia and
 * tritanopia, with ≥ 3:1 contrast against the canvas (test/shared/palette.test.ts checks both, for
 * the deal types and the entity kinds). Lightness carries much of the difference: in light, blue is
 * deeper than sky, and vermillion, yellow and brown are dark reddish and olive browns.
 */
const SWATCHES: Readonly<Record<Theme, Readonly<Record<Swatch, string>>>> = {
  dark: {
    sky: "#56B4E9",
    orange: "#E69F00",
    green: "#009E73",
    blue: "#0087EF",
    vermillion: "#D55E00",
    purple: "#CB759C",
    yellow: "#F0E442",
    brown: "#91724B",
    grey: "#A4B2C4",
  },
  light: {
    sky: "#2987C3",
    orange: "#BA7008",
    green: "#0A7E63",
    blue: "#0062C5",
    vermillion: "#8E2A00",
    purple: "#A24F8B",
    yellow: "#7A6A3A",
    brown: "#674B37",
    grey: "#82878E",
  },
};

const DEAL_SWATCH: Readonly<Record<DealType, Swatch>> = {
  equity: "sky",
  compute_contract: "orange",
  chip_purchase: "green",
  loan: "blue",
  backstop: "vermillion",
  warrant: "purple",
  license: "yellow",
  revenue_share: "brown",
  other: "grey",
};

const KIND_SWATCH: Readonly<Record<EntityKind, Swatch>> = {
  chipmaker: "green",
  ai_lab: "orange",
  hyperscaler: "sky",
  neocloud: "purple",
  investor: "yellow",
  lender: "blue",
  spv: "vermillion",
  other: "grey",
};

function byTheme<K extends string>(
  swatchOf: Readonly<Record<K, Swatch>>,
): Readonly<Record<Theme, Readonly<Record<K, string>>>> {
  const colors = (theme: Theme) =>
    Object.freeze(
      Object.fromEntries(
        Object.entries<Swatch>(swatchOf).map(([key, swatch]) => [key, SWATCHES[theme][swatch]]),
      ) as Record<K, string>,
    );
  return Object.freeze({ dark: colors("dark"), light: colors("light") });
}

/** Deal-type colours per theme. app.css mirrors this table (--deal-*). */
export const DEAL_COLORS = byTheme(DEAL_SWATCH);

/** Entity-kind colours per theme: the deal types' swatches, minus brown. app.css mirrors this table (--kind-*). */
export const KIND_COLORS = byTheme(KIND_SWATCH);

export function kindColor(kind: EntityKind, theme: Theme): string {
  return KIND_COLORS[theme][kind] ?? KIND_COLORS[theme].other;
}

export function dealColor(type: DealType, theme: Theme): string {
  return DEAL_COLORS[theme][type] ?? DEAL_COLORS[theme].other;
}

/** How an edge is drawn: at rest, in the focus (a loop, a selection, a hover) or outside it. */
export type EdgeEmphasis = "rest" | "focused" | "dimmed";

/**
 * The colour an edge is drawn in, by the canvas and the SVG picture alike. Wherever a deal's type is
 * to be read (at rest and in the focus) it is the type's own colour, never faded toward the
 * background: the palette keeps its pairs apart through lightness as much as hue, so a faded colour
 * drifts onto another type's (faded compute contract reads as backstop under protanopia), and
 * fading costs the ≥ 3:1 contrast. Emphasis is carried by width and drawing order instead. Outside
 * the focus every type gets one dimmed colour: those deals are context, not to be told apart.
 */
export function edgeColor(type: DealType, theme: Theme, emphasis: EdgeEmphasis): string {
  return emphasis === "dimmed" ? canvasColors(theme).dimmedEdge : dealColor(type, theme);
}

/** Colours of the canvas itself, mirrored from the CSS custom properties. */
export interface CanvasColors {
  background: string;
  label: string;
  labelHalo: string;
  dimmedNode: string;
  dimmedEdge: string;
  highlight: string;
}

const CANVAS_COLORS: Readonly<Record<Theme, Readonly<CanvasColors>>> = Object.freeze({
  dark: Object.freeze({
    background: "#0E1116",
    label: "#E6EAF0",
    labelHalo: "rgba(14,17,22,0.85)",
    dimmedNode: "#29303A",
    dimmedEdge: "#1C2129",
    highlight: "#FFFFFF",
  }),
  light: Object.freeze({
    background: "#F7F7F4",
    label: "#1B1F24",
    labelHalo: "rgba(247,247,244,0.9)",
    dimmedNode: "#DADCDF",
    dimmedEdge: "#E6E7E3",
    highlight: "#111111",
  }),
});

export function canvasColors(theme: Theme): Readonly<CanvasColors> {
  return CANVAS_COLORS[theme];
}
