import { describe, expect, it } from "vitest";
import { lossColor } from "../../../client/stress-panel/loss-color.js";
import { canvasColors, kindColor } from "../../../shared/palette.js";
import { context, display, node, phoneContext } from "./reducer-fixture.js";

describe("nodeDisplay", () => {
  it("colours by kind, sizes by flow and never touches the graph's attributes", () => {
    const before = JSON.stringify(display.export());
    const ctx = context();
    const a = node("a", ctx);
    expect(a.color).toBe(kindColor("ai_lab", "dark"));
    expect(a.size).toBeGreaterThan(node("d", ctx).size!);
    expect(a.hidden).toBe(false);
    expect(JSON.stringify(display.export())).toBe(before);
  });

  it("hides entities with no drawn deal at the chosen date", () => {
    const ctx = context({ type: "setAsOf", asOf: "2024-12-31" });
    expect(node("e", ctx).hidden).toBe(true);
    expect(node("c", ctx).hidden).toBe(false);
  });

  it("a focused loop keeps its entities and dims the others", () => {
    const ctx = context({ type: "focusCycle", nodes: ["a", "b", "c"] });
    for (const id of ["a", "b", "c"]) expect(node(id, ctx).forceLabel).toBe(true);
    expect(node("d", ctx).color).toBe(canvasColors("dark").dimmedNode);
    expect(node("d", ctx).label).toBeNull();
  });

  it("a what-if colours every entity by its relative loss and names the defaulted", () => {
    const scenario = { shocks: [{ id: "a", shock: 1 }], model: "debtrank" as const, recovery: 0 };
    const ctx = context(
      { type: "select", item: { kind: "entity", id: "a" } },
      { type: "setScenario", scenario },
    );
    const result = ctx.losses!.result;
    for (const row of result.entities) {
      expect(node(row.id, ctx).color).toBe(lossColor(row.relativeLoss, "dark"));
    }
    expect(node("a", ctx).label).toMatch(/✕ shocked$/);
    expect(node("a", ctx).forceLabel).toBe(true);
    expect(context().losses).toBeNull();
    // Stepping: round 0 is the shock alone — only the shocked entity has lost anything.
    const start = context({ type: "setScenario", scenario: { ...scenario, round: 0 } });
    for (const row of result.entities) {
      expect(node(row.id, start).color).toBe(lossColor(row.id === "a" ? 1 : 0, "dark"));
    }
    expect([...start.losses!.defaultRound.keys()]).toEqual(["a"]);
    // In light, the light theme's scale (the dark one's yellow end vanishes on the light canvas).
    const light = context({ type: "setTheme", theme: "light" }, { type: "setScenario", scenario });
    for (const row of result.entities) {
      expect(node(row.id, light).color).toBe(lossColor(row.relativeLoss, "light"));
    }
  });

  it("a what-if on a phone marks defaults ✕k, in full for the entity pointed at, and labels for sure only the shocked and the largest losses", () => {
    const scenario = { shocks: [{ id: "a", shock: 1 }], model: "cascade" as const, recovery: 0 };
    const wide = context({ type: "setScenario", scenario });
    const phone = phoneContext({ type: "setScenario", scenario });
    const defaulted = [...phone.losses!.defaultRound];
    expect(defaulted.length).toBeGreaterThan(1);
    for (const [id, round] of defaulted) {
      const name = display.getNodeAttribute(id, "label");
      expect(node(id, phone).label).toBe(`${name} ✕${round}`);
      expect(node(id, wide).label).toBe(
        `${name} ${round === 0 ? "✕ shocked" : `✕ round ${round}`}`,
      );
      expect(node(id, phone).forceLabel).toBe(phone.labelledDefaults.has(id));
      // Where labels would pile up, a default's gives way; the shocked one's never does.
      expect((node(id, phone) as { labelYields?: boolean }).labelYields === true).toBe(round !== 0);
    }
    expect(phone.labelledDefaults.has("a")).toBe(true);
    const [other, round] = defaulted.find(([id]) => id !== "a")!;
    const pointed = phoneContext(
      { type: "setScenario", scenario },
      { type: "hover", item: { kind: "entity", id: other } },
    );
    expect(node(other, pointed).label).toBe(
      `${display.getNodeAttribute(other, "label")} ✕ round ${round}`,
    );
    expect(node(other, pointed).forceLabel).toBe(true);
    expect((node(other, pointed) as { labelYields?: boolean }).labelYields).toBeUndefined();
  });

  it("a hovered entity highlights itself and its counterparties", () => {
    const ctx = context({ type: "hover", item: { kind: "entity", id: "c" } });
    expect(node("c", ctx).highlighted).toBe(true);
    expect(node("a", ctx).color).toBe(kindColor("ai_lab", "dark"));
    expect(node("e", ctx).color).toBe(canvasColors("dark").dimmedNode);
  });

  it("the ego view hides everyone but the entity and its counterparties", () => {
    const ctx = context({ type: "setEgo", id: "c" });
    expect(node("c", ctx).hidden).toBe(false);
    expect(node("b", ctx).hidden).toBe(false);
    expect(node("d", ctx).hidden).toBe(true);
  });
});
