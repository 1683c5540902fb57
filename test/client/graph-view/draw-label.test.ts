import { describe, expect, it } from "vitest";
import { createLabelSpace } from "../../../client/graph-view/draw-label.js";

describe("createLabelSpace", () => {
  it("refuses a label box that overlaps one taken, and takes one beside it", () => {
    const space = createLabelSpace();
    expect(space.claim(0, 0, 100, 14)).toBe(true);
    expect(space.claim(90, 10, 150, 24)).toBe(false);
    expect(space.claim(100, 0, 160, 14)).toBe(true);
    expect(space.claim(0, 14, 100, 28)).toBe(true);
  });

  it("starts every frame empty", () => {
    const space = createLabelSpace();
    expect(space.claim(0, 0, 50, 10)).toBe(true);
    expect(space.claim(0, 0, 50, 10)).toBe(false);
    space.clear();
    expect(space.claim(0, 0, 50, 10)).toBe(true);
  });
});
