import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCount, formatShare, formatUsd, plural } from "../../client/format.js";

describe("formatUsd", () => {
  it("prints dollars with one decimal and a unit", () => {
    expect(formatUsd(3e11)).toBe("$300.0B");
    expect(formatUsd(1.25e12)).toBe("$1.3T");
    expect(formatUsd(4.2e7)).toBe("$42.0M");
    expect(formatUsd(1500)).toBe("$1.5K");
    expect(formatUsd(999)).toBe("$999");
    expect(formatUsd(0)).toBe("$0");
  });

  it("promotes a value that rounds up to 1000 of a unit, as the CLI does", () => {
    expect(formatUsd(999.96e9)).toBe("$1.0T");
    expect(formatUsd(999.96e6)).toBe("$1.0B");
    expect(formatUsd(999.6)).toBe("$1.0K");
  });

  it("says undisclosed for null and a dash for non-finite values", () => {
    expect(formatUsd(null)).toBe("undisclosed");
    expect(formatUsd(Number.NaN)).toBe("—");
  });

  it("always prints one decimal place and a unit for amounts of $1K and more", () => {
    fc.assert(
      fc.property(fc.double({ min: 1000, max: 9.99e14, noNaN: true }), (amount) => {
        expect(formatUsd(amount)).toMatch(/^\$\d{1,3}\.\d[KMBT]$/);
      }),
    );
  });
});

describe("formatShare, plural", () => {
  it("formats shares as percentages", () => {
    expect(formatShare(0.4213)).toBe("42.1%");
    expect(formatShare(1)).toBe("100.0%");
  });

  it("pluralises", () => {
    expect(plural(1, "loop")).toBe("1 loop");
    expect(plural(3, "entity", "entities")).toBe("3 entities");
  });
});

describe("formatCount", () => {
  it("groups digits as en-US does", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(1000)).toBe("1,000");
    expect(formatCount(-1234567)).toBe("-1,234,567");
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(formatCount(n)).toBe(n.toLocaleString("en-US").replace("−", "-"));
      }),
    );
  });
});
