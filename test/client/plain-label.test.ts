import { describe, expect, it } from "vitest";
import { HELP_TERMS } from "../../client/help/mount-help.js";
import { PLAIN_LABELS, plainLabelText } from "../../client/plain-label.js";

describe("PLAIN_LABELS", () => {
  it("gives every figure everyday words that differ from its technical name", () => {
    for (const { plain, term } of Object.values(PLAIN_LABELS)) {
      expect(plain.trim()).not.toBe("");
      expect(plain.toLowerCase()).not.toContain(term.toLowerCase());
    }
  });

  it("reads plain words first and the technical name second", () => {
    expect(plainLabelText(PLAIN_LABELS.excess)).toBe("Could be netted away (compressible excess)");
    expect(plainLabelText(PLAIN_LABELS.finn)).toBe("Money going round (Finn cycling index)");
  });

  it("is the help's wording too", () => {
    const terms = HELP_TERMS.map((t) => t.term);
    for (const key of ["bottleneck", "roundTripShare", "finn", "excess"] as const) {
      expect(terms).toContain(plainLabelText(PLAIN_LABELS[key]));
    }
  });
});
