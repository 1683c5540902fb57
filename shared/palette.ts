// Colour-blind-safe colours (Okabe & Ito 2008) for entity kinds and deal types, per theme.

import type { DealType, EntityKind } from "@engine";

export type Theme = "dark" | "light";

/** Okabe–Ito; blue is lifted on dark backgrounds so it stays visible. */
const OKABE_ITO = {
  orange: "#E69F00",
  sky: "#56B4E9",
  green: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  purple: "#CC79A7",
  grey: "#9AA3AE",
} as const;

const BLUE_ON_DARK = "#3E9BE0";
const YELLOW_ON_LIGHT = "#B8A400";

export function kindColor(kind: EntityKind, theme: Theme): string {
  switch (kind) {
    case "chipmaker":
      return OKABE_ITO.green;
    case "ai_lab":
      return OKABE_ITO.orange;
    case "hyperscaler":
      return OKABE_ITO.sky;
    case "neocloud":
      return OKABE_ITO.purple;
    case "investor":
      return theme === "dark" ? OKABE_ITO.yellow : YELLOW_ON_LIGHT;
    case "lender":
      return theme === "dark" ? BLUE_ON_DARK : OKABE_ITO.blue;
    case "spv":
      return OKABE_ITO.vermillion;
    default:
      return OKABE_ITO.grey;
  }
}

/**
 * Deal-type colours per theme: Okabe–Ito hues moved (by a search, then fixed here) until every pair
 * stays at least ΔE00 10 apart for normal vision and simulated protanopia, deuteranopia and
 * tritanopia, with ≥ 3:1 contrast against the canvas (test/shared/palette.test.ts checks both).
 * Lightness carries much of the difference: in light, loan is a deeper blue than equity, and
 * backstop, licence and revenue share are dark reddish and olive browns. app.css mirrors this table.
 */
export const DEAL_COLORS: Readonly<Record<Theme, Readonly<Record<DealType, string>>>> =
  Object.freeze({
    dark: Object.freeze({
      equity: "#56B4E9",
      compute_contract: "#E69F00",
      chip_purchase: "#009E73",
      loan: "#0087EF",
      backstop: "#D55E00",
      warrant: "#CB759C",
      license: "#F0E442",
      revenue_share: "#91724B",
      other: "#A4B2C4",
    }),
    light: Object.freeze({
      equity: "#2987C3",
      compute_contract: "#BA7008",
      chip_purchase: "#0A7E63",
      loan: "#0062C5",
      backstop: "#8E2A00",
      warrant: "#A24F8B",
      license: "#7A6A3A",
      revenue_share: "#674B37",
      other: "#82878E",
    }),
  });

export function dealColor(type: DealType, theme: Theme): string {
  return DEAL_COLORS[theme][type] ?? DEAL_COLORS[theme].other;
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

export function canvasColors(theme: Theme): CanvasColors {
  return theme === "dark"
    ? {
        background: "#0E1116",
        label: "#E6EAF0",
        labelHalo: "rgba(14,17,22,0.85)",
        dimmedNode: "#29303A",
        dimmedEdge: "#1C2129",
        highlight: "#FFFFFF",
      }
    : {
        background: "#F7F7F4",
        label: "#1B1F24",
        labelHalo: "rgba(247,247,244,0.9)",
        dimmedNode: "#DADCDF",
        dimmedEdge: "#E6E7E3",
        highlight: "#111111",
      };
}

/**
 * "#RRGGBB" seen at `alpha` over a "#RRGGBB" background, as an opaque colour. Sigma blends with
 * premultiplied alpha, so translucent colours would brighten instead of fading: we mix ourselves.
 */
export function mixColor(hex: string, backgroundHex: string, alpha: number): string {
  const a = Number.parseInt(hex.slice(1, 7), 16);
  const b = Number.parseInt(backgroundHex.slice(1, 7), 16);
  let out = "#";
  for (const shift of [16, 8, 0]) {
    const channel = Math.round(((a >> shift) & 255) * alpha + ((b >> shift) & 255) * (1 - alpha));
    out += channel.toString(16).padStart(2, "0");
  }
  return out;
}
