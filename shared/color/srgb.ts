// sRGB colours as numbers: "#RRGGBB" ↔ channels in [0, 1], and the sRGB transfer function between
// gamma-encoded and linear light (IEC 61966-2-1).

/** Three channels in [0, 1] (red, green, blue). */
export type Rgb = readonly [number, number, number];

/** "#RRGGBB" (case-insensitive) → gamma-encoded channels in [0, 1]. */
export function hexToRgb(hex: string): Rgb {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) {
    throw new Error(`hexToRgb: expected "#RRGGBB", received ${JSON.stringify(hex)}`);
  }
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

/** Gamma-encoded channels in [0, 1] (clamped) → "#RRGGBB" (lower case). */
export function rgbToHex(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(1, Math.max(0, c)) * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

/** One gamma-encoded sRGB channel → linear light. */
export function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** One linear-light channel → gamma-encoded sRGB. */
export function linearToSrgb(c: number): number {
  return c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055;
}
