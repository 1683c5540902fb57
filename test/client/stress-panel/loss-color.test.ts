import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOSS_STOPS, lossColor, lossGradient } from "../../../client/stress-panel/loss-color.js";
import { VISIONS } from "../../../shared/color/close-color-pairs.js";
import { contrastRatio } from "../../../shared/color/contrast-ratio.js";
import { deltaE2000, rgbToLab } from "../../../shared/color/delta-e-2000.js";
import { simulateColorDeficiency } from "../../../shared/color/simulate-color-deficiency.js";
import { hexToRgb } from "../../../shared/color/srgb.js";
import { canvasColors, type Theme } from "../../../shared/palette.js";

const THEMES: readonly Theme[] = ["dark", "light"];
/** 101 points of the scale: every whole percent of capital lost. */
const SAMPLES = Array.from({ length: 101 }, (_, k) => k / 100);
const lightness = (hex: string) => rgbToLab(hexToRgb(hex))[0];
const cssBlock = (css: string, selector: string) =>
  css.match(new RegExp(`${selector.replace(/[[\]."]/g, "\\$&")} \\{([^}]*)\\}`))?.[1];

describe("lossColor", () => {
  it("starts and ends on the theme's stretch of viridis, clamped", () => {
    expect(lossColor(0, "light")).toBe("#21918c");
    expect(lossColor(1, "light")).toBe("#440154");
    expect(lossColor(0, "dark")).toBe("#2c728e");
    expect(lossColor(1, "dark")).toBe("#fde725");
    for (const theme of THEMES) {
      expect(lossColor(-1, theme)).toBe(lossColor(0, theme));
      expect(lossColor(2, theme)).toBe(lossColor(1, theme));
      expect(lossColor(Number.NaN, theme)).toBe(lossColor(0, theme));
    }
  });

  it("has ≥ 3:1 contrast with the canvas and the panel behind the matrix at every percent", () => {
    const css = readFileSync(new URL("../../../client/styles/app.css", import.meta.url), "utf8");
    for (const theme of THEMES) {
      const panel = cssBlock(css, `:root[data-theme="${theme}"]`)?.match(
        /--bg-panel: (#[0-9a-fA-F]{6});/,
      )?.[1];
      expect(panel, `--bg-panel in ${theme}`).toBeDefined();
      for (const background of [canvasColors(theme).background, panel!]) {
        const low = SAMPLES.map((t) => ({
          t,
          ratio: contrastRatio(hexToRgb(lossColor(t, theme)), hexToRgb(background)),
        })).filter(({ ratio }) => ratio < 3);
        expect(low, `${theme} on ${background}`).toEqual([]);
      }
    }
  });

  it("grows in contrast with the loss: darker with every percent in light, lighter in dark", () => {
    for (const theme of THEMES) {
      const sign = theme === "light" ? -1 : 1;
      for (let k = 1; k < SAMPLES.length; k++) {
        const step =
          lightness(lossColor(SAMPLES[k]!, theme)) - lightness(lossColor(SAMPLES[k - 1]!, theme));
        expect(sign * step, `${theme} at ${SAMPLES[k]}`).toBeGreaterThan(0);
      }
    }
  });

  it("tells no loss from a default (ΔE00 ≥ 10) with normal vision and under each deficiency", () => {
    for (const theme of THEMES) {
      const [none, all] = [0, 1].map((t) => hexToRgb(lossColor(t, theme)));
      for (const vision of VISIONS) {
        const seen = (rgb: typeof none) =>
          rgbToLab(vision === "normal" ? rgb! : simulateColorDeficiency(rgb!, vision));
        expect(deltaE2000(seen(none), seen(all)), `${theme} ${vision}`).toBeGreaterThanOrEqual(10);
      }
    }
  });

  it("the legends' gradient shows the same colours: its stops are the scale's, evenly spaced", () => {
    for (const theme of THEMES) {
      const stops = LOSS_STOPS[theme];
      expect(lossGradient(theme)).toBe(`linear-gradient(to right, ${stops.join(", ")})`);
      stops.forEach((stop, k) => {
        expect(lossColor(k / (stops.length - 1), theme)).toBe(stop);
      });
    }
    // app.css paints each theme's legend with that theme's gradient.
    const css = readFileSync(new URL("../../../client/styles/app.css", import.meta.url), "utf8");
    for (const theme of THEMES) {
      expect(cssBlock(css, `:root[data-theme="${theme}"] .loss-scale`)).toContain(
        `background: var(--loss-gradient-${theme});`,
      );
    }
  });
});
