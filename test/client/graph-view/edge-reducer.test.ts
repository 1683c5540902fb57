import { describe, expect, it } from "vitest";
import { MIN_EDGE_WIDTH } from "../../../shared/edge-width.js";
import { canvasColors, edgeColor } from "../../../shared/palette.js";
import { context, display, edge } from "./reducer-fixture.js";

describe("edgeDisplay", () => {
  it("carries each deal's curve through, so parallel deals stay apart on screen", () => {
    const ctx = context();
    expect(edge("ab", ctx).type).toBe("curved");
    expect(edge("ab", ctx).curvature).toBe(display.getEdgeAttribute("ab", "curvature"));
  });

  it("draws a deal that is not a firm commitment with the dashed curve", () => {
    const ctx = context();
    // bc is committed and closed; eb is a backstop: contingent, never a firm payment.
    expect(edge("bc", ctx).type).toBe("curved");
    expect(edge("eb", ctx).type).toBe("dashed");
  });

  it("hides deals the filters exclude", () => {
    expect(edge("ab", context()).hidden).toBe(false);
    expect(edge("ab", context({ type: "toggleDealType", dealType: "chip_purchase" })).hidden).toBe(
      true,
    );
  });

  it("draws undisclosed amounts and backstops thinner than a disclosed deal of any size", () => {
    const ctx = context();
    expect(edge("da", ctx).size).toBe(MIN_EDGE_WIDTH);
    expect(edge("eb", ctx).size!).toBeLessThan(edge("bc", ctx).size!);
  });

  it("emphasises the loop's deals and dims the rest", () => {
    const ctx = context({ type: "focusCycle", nodes: ["a", "b", "c"] });
    expect(edge("ab", ctx).color).not.toBe(canvasColors("dark").dimmedEdge);
    expect(edge("ba", ctx).color).toBe(canvasColors("dark").dimmedEdge);
    expect(edge("ab", ctx).zIndex).toBeGreaterThan(edge("ba", ctx).zIndex!);
  });

  it("draws every deal in its type's own colour (edgeColor), unfaded, at rest and in the focus", () => {
    const rest = context();
    const focused = context({ type: "focusCycle", nodes: ["a", "b", "c"] });
    // da has no disclosed amount and eb is a backstop: neither is faded toward the canvas.
    for (const id of ["ab", "bc", "da", "eb"]) {
      const type = display.getEdgeAttribute(id, "dealType");
      expect(edge(id, rest).color, id).toBe(edgeColor(type, "dark", "rest"));
    }
    expect(edge("ab", focused).color).toBe(edgeColor("chip_purchase", "dark", "focused"));
    const light = context({ type: "setTheme", theme: "light" });
    expect(edge("ab", light).color).toBe(
      edgeColor(display.getEdgeAttribute("ab", "dealType"), "light", "rest"),
    );
  });
});
