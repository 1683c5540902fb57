import { readFileSync } from "node:fs";
import { DEAL_TYPES, type Deal, type DealType, ENTITY_KINDS } from "@engine";
import { describe, expect, it } from "vitest";
import { isDealCommitted } from "../../server/analysis/inclusion.js";
import { closeColorPairs } from "../../shared/color/close-color-pairs.js";
import { contrastRatio } from "../../shared/color/contrast-ratio.js";
import { hexToRgb, rgbToHex } from "../../shared/color/srgb.js";
import {
  canvasColors,
  DEAL_COLORS,
  dealColor,
  type EdgeEmphasis,
  edgeColor,
  KIND_COLORS,
  kindColor,
  type Theme,
} from "../../shared/palette.js";

const THEMES: readonly Theme[] = ["dark", "light"];
/** ΔE00 at which two deal types read as two colours (about 1 is just noticeable side by side). */
const MIN_DELTA_E = 10;

const dealPalette = (theme: Theme) =>
  Object.fromEntries(DEAL_TYPES.map((type) => [type, dealColor(type, theme)]));
const kindPalette = (theme: Theme) =>
  Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, kindColor(kind, theme)]));
const describeClose = (colors: Readonly<Record<string, string>>, minDeltaE: number) =>
  closeColorPairs(colors, minDeltaE).map(
    ({ a, b, vision, deltaE }) => `${a}/${b} ${vision} ${deltaE.toFixed(1)}`,
  );
/** The colours below ("#RRGGBB" by name) that have less than 3:1 contrast with the theme's canvas. */
const lowContrast = (colors: Readonly<Record<string, string>>, theme: Theme) => {
  const background = hexToRgb(canvasColors(theme).background);
  return Object.entries(colors)
    .map(([name, hex]) => ({ name, ratio: contrastRatio(hexToRgb(hex), background) }))
    .filter(({ ratio }) => ratio < 3)
    .map(({ name, ratio }) => `${name} ${ratio.toFixed(2)}:1`);
};
/** The canvas's pre-issue-15 fade: `hex` at `alpha` over the background, blended per sRGB channel. */
const fadeTowardCanvas = (hex: string, theme: Theme, alpha: number) => {
  const color = hexToRgb(hex);
  const background = hexToRgb(canvasColors(theme).background);
  return rgbToHex(
    [0, 1, 2].map((k) => color[k]! * alpha + background[k]! * (1 - alpha)) as [
      number,
      number,
      number,
    ],
  );
};

describe("the deal-type palette", () => {
  // Deal types have no line style of their own (a dash marks a promise, whatever its type), so
  // every pair must be told apart by colour alone.
  it.each(THEMES)(
    "keeps every pair of deal types ΔE00 ≥ 10 apart for normal vision, protanopia, deuteranopia and tritanopia (%s)",
    (theme) => {
      const close = closeColorPairs(dealPalette(theme), MIN_DELTA_E).map(
        ({ a, b, vision, deltaE }) => `${a}/${b} ${vision} ${deltaE.toFixed(1)}`,
      );
      expect(close).toEqual([]);
    },
  );

  it("the check flags the palette it replaced (licence and revenue share both yellow, equity and loan near-blue)", () => {
    // The Okabe–Ito assignment before issue 15, dark theme: proves the check above can fail.
    const before = {
      equity: "#56B4E9",
      compute_contract: "#E69F00",
      chip_purchase: "#009E73",
      loan: "#3E9BE0",
      backstop: "#D55E00",
      warrant: "#CC79A7",
      license: "#F0E442",
      revenue_share: "#F0E442",
      other: "#9AA3AE",
    };
    const close = closeColorPairs(before, MIN_DELTA_E);
    const names = close.map(({ a, b, vision }) => `${a}/${b} ${vision}`);
    expect(names).toContain("license/revenue_share normal");
    expect(names).toContain("equity/loan normal");
    expect(names).toContain("warrant/other deuteranopia");
    expect(close.every(({ deltaE }) => deltaE < MIN_DELTA_E)).toBe(true);
  });

  it.each(THEMES)("gives every deal type ≥ 3:1 contrast against the %s canvas", (theme) => {
    const background = hexToRgb(canvasColors(theme).background);
    for (const type of DEAL_TYPES) {
      expect(
        contrastRatio(hexToRgb(dealColor(type, theme)), background),
        `${type} on ${theme}`,
      ).toBeGreaterThanOrEqual(3);
    }
  });

  it("is mirrored by app.css, so the legend and deal chips show the canvas's colours", () => {
    const css = readFileSync(new URL("../../client/styles/app.css", import.meta.url), "utf8");
    for (const theme of THEMES) {
      const block = css.match(new RegExp(`:root\\[data-theme="${theme}"\\] \\{([^}]*)\\}`))?.[1];
      expect(block, `the ${theme} theme block`).toBeDefined();
      for (const type of DEAL_TYPES) {
        const value = block?.match(new RegExp(`--deal-${type}: (#[0-9a-fA-F]{6});`))?.[1];
        expect(value?.toLowerCase(), `--deal-${type} in ${theme}`).toBe(
          DEAL_COLORS[theme][type].toLowerCase(),
        );
      }
    }
    for (const type of DEAL_TYPES) {
      expect(css).toMatch(new RegExp(`\\.type-${type} \\{\\s*--swatch: var\\(--deal-${type}\\);`));
    }
  });

  it("the legend dashes exactly the deal types the canvas always draws dashed (never a firm commitment)", () => {
    const css = readFileSync(new URL("../../client/styles/app.css", import.meta.url), "utf8");
    const dashed = css.match(
      /([^{}]*)\{\s*height: 2px;\s*background: repeating-linear-gradient\(90deg, var\(--swatch\)/,
    )?.[1];
    const selectors = (dashed ?? "")
      .replace(/\/\*[^*]*\*\//g, "")
      .split(",")
      .map((selector) => selector.trim());
    expect(selectors).toContain(".line.type-backstop");
    // The firmest a deal of each type can be: committed, closed, with no condition.
    const firmest = (type: DealType) =>
      ({ type, amountBasis: "committed", status: "closed" }) as unknown as Deal;
    for (const type of DEAL_TYPES) {
      expect(selectors.includes(`.line.type-${type}`), type).toBe(!isDealCommitted(firmest(type)));
    }
  });
});

describe("the entity-kind palette", () => {
  // Nodes are discs whatever their kind: colour is the only channel, so every pair must differ.
  it.each(THEMES)(
    "keeps every pair of entity kinds ΔE00 ≥ 10 apart for normal vision, protanopia, deuteranopia and tritanopia (%s)",
    (theme) => {
      expect(describeClose(kindPalette(theme), MIN_DELTA_E)).toEqual([]);
    },
  );

  it.each(THEMES)("gives every entity kind ≥ 3:1 contrast against the %s canvas", (theme) => {
    expect(lowContrast(kindPalette(theme), theme)).toEqual([]);
  });

  it.each(THEMES)(
    "keeps every kind ΔE00 ≥ 10 from a node dimmed outside the focus (%s)",
    (theme) => {
      const withDimmed = { ...kindPalette(theme), dimmed: canvasColors(theme).dimmedNode };
      expect(
        describeClose(withDimmed, MIN_DELTA_E).filter((pair) => pair.includes("dimmed")),
      ).toEqual([]);
    },
  );

  it("the checks flag the colours they replaced (light sky, orange and yellow under 3:1; purple and grey alike for deuteranopes)", () => {
    // kindColor before this check: Okabe–Ito, yellow darkened on light and blue lifted on dark.
    const replaced = (theme: Theme) => ({
      chipmaker: "#009E73",
      ai_lab: "#E69F00",
      hyperscaler: "#56B4E9",
      neocloud: "#CC79A7",
      investor: theme === "dark" ? "#F0E442" : "#B8A400",
      lender: theme === "dark" ? "#3E9BE0" : "#0072B2",
      spv: "#D55E00",
      other: "#9AA3AE",
    });
    expect(lowContrast(replaced("light"), "light").map((entry) => entry.split(" ")[0])).toEqual([
      "ai_lab",
      "hyperscaler",
      "neocloud",
      "investor",
      "other",
    ]);
    expect(lowContrast(replaced("dark"), "dark")).toEqual([]);
    const names = (theme: Theme) =>
      closeColorPairs(replaced(theme), MIN_DELTA_E).map(
        ({ a, b, vision }) => `${a}/${b} ${vision}`,
      );
    expect(names("dark")).toContain("neocloud/other deuteranopia");
    expect(names("dark")).toContain("hyperscaler/lender normal");
    expect(names("light")).toContain("ai_lab/investor protanopia");
  });

  it("is mirrored by app.css, so the legend, search results and chips show the canvas's colours", () => {
    const css = readFileSync(new URL("../../client/styles/app.css", import.meta.url), "utf8");
    for (const theme of THEMES) {
      const block = css.match(new RegExp(`:root\\[data-theme="${theme}"\\] \\{([^}]*)\\}`))?.[1];
      for (const kind of ENTITY_KINDS) {
        const value = block?.match(new RegExp(`--kind-${kind}: (#[0-9a-fA-F]{6});`))?.[1];
        expect(value?.toLowerCase(), `--kind-${kind} in ${theme}`).toBe(
          KIND_COLORS[theme][kind].toLowerCase(),
        );
      }
    }
    for (const kind of ENTITY_KINDS) {
      expect(css).toMatch(new RegExp(`\\.kind-${kind} \\{\\s*--swatch: var\\(--kind-${kind}\\);`));
    }
  });
});

describe("edgeColor", () => {
  const drawn = (theme: Theme, emphasis: EdgeEmphasis) =>
    Object.fromEntries(DEAL_TYPES.map((type) => [type, edgeColor(type, theme, emphasis)]));

  // The colours the canvas and the SVG picture draw, not the palette behind them: a fade applied on
  // the way would be caught here.
  it.each(
    THEMES.flatMap((theme) => (["rest", "focused"] as const).map((emphasis) => [theme, emphasis])),
  )(
    "draws deals of different types ΔE00 ≥ 10 apart under every vision, ≥ 3:1 on the canvas (%s, %s)",
    (theme, emphasis) => {
      const colors = drawn(theme as Theme, emphasis as EdgeEmphasis);
      expect(describeClose(colors, MIN_DELTA_E)).toEqual([]);
      expect(lowContrast(colors, theme as Theme)).toEqual([]);
    },
  );

  it.each(THEMES)("draws every deal outside the focus in one dimmed colour (%s)", (theme) => {
    expect(new Set(Object.values(drawn(theme, "dimmed")))).toEqual(
      new Set([canvasColors(theme).dimmedEdge]),
    );
  });

  it.each(THEMES)(
    "the checks flag the 60 percent fade toward the %s canvas that it replaced",
    (theme) => {
      const faded = Object.fromEntries(
        DEAL_TYPES.map((type) => [type, fadeTowardCanvas(dealColor(type, theme), theme, 0.6)]),
      );
      const close = closeColorPairs(faded, MIN_DELTA_E);
      expect(close.length).toBeGreaterThan(0);
      expect(Math.min(...close.map(({ deltaE }) => deltaE))).toBeLessThan(
        theme === "dark" ? 7.5 : 5.5,
      );
      expect(lowContrast(faded, theme).length).toBeGreaterThan(0);
    },
  );
});
