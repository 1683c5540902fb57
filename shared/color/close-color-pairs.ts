// The pairs of a palette that read as too alike: ΔE00 below a threshold for normal vision or any
// simulated colour-vision deficiency. An empty answer means every pair is told apart by colour alone.

import { deltaE2000, rgbToLab } from "./delta-e-2000.js";
import {
  COLOR_DEFICIENCIES,
  type ColorDeficiency,
  simulateColorDeficiency,
} from "./simulate-color-deficiency.js";
import { hexToRgb } from "./srgb.js";

export type Vision = "normal" | ColorDeficiency;
export const VISIONS: readonly Vision[] = ["normal", ...COLOR_DEFICIENCIES];

export interface CloseColorPair {
  a: string;
  b: string;
  vision: Vision;
  deltaE: number;
}

/** Every pair of `colors` ("#RRGGBB" by name) closer than `minDeltaE` under some vision, in order. */
export function closeColorPairs(
  colors: Readonly<Record<string, string>>,
  minDeltaE: number,
): CloseColorPair[] {
  const names = Object.keys(colors);
  const close: CloseColorPair[] = [];
  for (const vision of VISIONS) {
    const lab = names.map((name) => {
      const rgb = hexToRgb(colors[name]!);
      return rgbToLab(vision === "normal" ? rgb : simulateColorDeficiency(rgb, vision));
    });
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const deltaE = deltaE2000(lab[i]!, lab[j]!);
        if (deltaE < minDeltaE) close.push({ a: names[i]!, b: names[j]!, vision, deltaE });
      }
    }
  }
  return close;
}
