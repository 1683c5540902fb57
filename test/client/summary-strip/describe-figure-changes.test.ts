import { describe, expect, it } from "vitest";
import { describeFigureChanges } from "../../../client/summary-strip/describe-figure-changes.js";
import type { Figure } from "../../../client/summary-strip/mount-summary-strip.js";

const fig = (key: string, label: string, value: string): Figure => ({
  key,
  label,
  value,
  pair: null,
  hint: "",
});

describe("describeFigureChanges", () => {
  const before = [fig("gross", "Gross flow", "$2.4T"), fig("loops", "Loops", "1,449")];

  it("names only the figures that changed, with what they were", () => {
    expect(
      describeFigureChanges(before, [
        fig("gross", "Gross flow", "$2.4T"),
        fig("loops", "Loops", "19"),
      ]),
    ).toBe("Now: Loops 19, was 1,449.");
    expect(
      describeFigureChanges(before, [
        fig("gross", "Gross flow", "$1.0T"),
        fig("loops", "Loops", "19"),
      ]),
    ).toBe("Now: Gross flow $1.0T, was $2.4T; Loops 19, was 1,449.");
  });

  it("says nothing when nothing changed or a figure is still computing", () => {
    expect(describeFigureChanges(before, before)).toBeNull();
    expect(
      describeFigureChanges(before, [fig("gross", "Gross flow", "…"), fig("loops", "Loops", "19")]),
    ).toBeNull();
  });
});
