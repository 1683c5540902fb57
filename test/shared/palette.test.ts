import { readFileSync } from "node:fs";
import { DEAL_TYPES, type Deal, type DealType } from "@engine";
import { describe, expect, it } from "vitest";
import { isDealCommitted } from "../../server/analysis/inclusion.js";
import { closeColorPairs } from "../../shared/color/close-color-pairs.js";
import { contrastRatio } from "../../shared/color/contrast-ratio.js";
import { hexToRgb } from "../../shared/color/srgb.js";
import { canvasColors, DEAL_COLORS, dealColor, type Theme } from "../../shared/palette.js";

const THEMES: readonly Theme[] = ["dark", "light"];
/** ΔE00 at which two deal types read as two colours (about 1 is just noticeable side by side). */
const MIN_DELTA_E = 10;

const dealPalette = (theme: Theme) =>
  Object.fromEntries(DEAL_TYPES.map((type) => [type, dealColor(type, theme)]));

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
