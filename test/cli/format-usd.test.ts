import { describe, expect, it } from "vitest";
import { formatUsd } from "../../server/cli/format-usd.js";

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

  it("moves to the next unit when rounding reaches it", () => {
    expect(formatUsd(999.96e6)).toBe("$1.0B");
    expect(formatUsd(999_960)).toBe("$1.0M");
    expect(formatUsd(999.6)).toBe("$1.0K");
  });
});
