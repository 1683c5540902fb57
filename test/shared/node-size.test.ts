import { describe, expect, it } from "vitest";
import { MAX_NODE_SIZE, MIN_NODE_SIZE, nodeSize } from "../../shared/node-size.js";

describe("nodeSize", () => {
  it("grows with flow and stays within its bounds", () => {
    expect(nodeSize(0, 1e9)).toBe(MIN_NODE_SIZE);
    expect(nodeSize(1e9, 1e9)).toBe(MAX_NODE_SIZE);
    expect(nodeSize(4e8, 1e9)).toBeLessThan(nodeSize(5e8, 1e9));
  });
});
