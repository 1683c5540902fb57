import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatUsd } from "../../../shared/format/format-usd.js";

describe("formatUsd", () => {
  it("prints one decimal with a unit, whole dollars below $1K, and — for undisclosed", () => {
    expect(formatUsd(300e9)).toBe("$300.0B");
    expect(formatUsd(683e6)).toBe("$683.0M");
    expect(formatUsd(1_234)).toBe("$1.2K");
    expect(formatUsd(2.3e12)).toBe("$2.3T");
    expect(formatUsd(950)).toBe("$950");
    expect(formatUsd(0)).toBe("$0");
    expect(formatUsd(null)).toBe("—");
    expect(formatUsd(-5e9)).toBe("-$5.0B");
  });

  it("moves to the next unit when rounding reaches it, at every boundary", () => {
    expect(formatUsd(999.96e9)).toBe("$1.0T");
    expect(formatUsd(999.96e6)).toBe("$1.0B");
    expect(formatUsd(999_960)).toBe("$1.0M");
    expect(formatUsd(999.6)).toBe("$1.0K");
    // Just below each boundary stays in the smaller unit.
    expect(formatUsd(999.4)).toBe("$999");
    expect(formatUsd(999_940)).toBe("$999.9K");
    expect(formatUsd(999.94e6)).toBe("$999.9M");
    expect(formatUsd(999.94e9)).toBe("$999.9B");
    expect(formatUsd(999.5)).toBe("$1.0K");
  });

  it("names an undisclosed amount as asked, and prints a dash for a non-finite one", () => {
    expect(formatUsd(null, "undisclosed")).toBe("undisclosed");
    expect(formatUsd(Number.NaN)).toBe("—");
    expect(formatUsd(Number.POSITIVE_INFINITY)).toBe("—");
  });

  it("prints one decimal and a unit from $999.5 up, whole dollars below", () => {
    fc.assert(
      fc.property(fc.double({ min: 999.5, max: 9.99e14, noNaN: true }), (amount) => {
        expect(formatUsd(amount)).toMatch(/^\$\d{1,3}\.\d[KMBT]$/);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 0, max: 999.49, noNaN: true }), (amount) => {
        expect(formatUsd(amount)).toMatch(/^\$\d{1,3}$/);
      }),
    );
  });
});
