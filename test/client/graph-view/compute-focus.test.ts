import { describe, expect, it } from "vitest";
import { computeEgo, computeFocus, findCycle } from "../../../client/graph-view/compute-focus.js";
import { context, display } from "./reducer-fixture.js";

describe("computeFocus", () => {
  it("is null when nothing is hovered, selected or focused", () => {
    const ctx = context();
    expect(computeFocus(ctx.state, ctx.analysis, display)).toBeNull();
  });

  it("a loop focuses its entities and the deals on its hops", () => {
    const ctx = context({ type: "focusCycle", nodes: ["a", "b", "c"] });
    const focus = computeFocus(ctx.state, ctx.analysis, display)!;
    expect([...focus.nodes].sort()).toEqual(["a", "b", "c"]);
    expect([...focus.edges].sort()).toEqual(["ab", "bc", "ca"]);
  });

  it("a hovered loop wins over the focused one, and a vanished loop focuses nothing", () => {
    const ctx = context(
      { type: "focusCycle", nodes: ["a", "b", "c"] },
      { type: "hoverCycle", nodes: ["a", "b"] },
    );
    expect([...computeFocus(ctx.state, ctx.analysis, display)!.nodes].sort()).toEqual(["a", "b"]);
    const gone = context(
      { type: "focusCycle", nodes: ["a", "b", "c"] },
      { type: "setAsOf", asOf: "2024-12-31" },
    );
    expect(findCycle(gone.analysis, ["a", "b", "c"])).toBeNull();
    expect(computeFocus(gone.state, gone.analysis, display)).toBeNull();
  });

  it("a selected deal focuses its two entities", () => {
    const ctx = context({ type: "select", item: { kind: "deal", id: "ca" } });
    const focus = computeFocus(ctx.state, ctx.analysis, display)!;
    expect([...focus.nodes].sort()).toEqual(["a", "c"]);
    expect([...focus.edges]).toEqual(["ca"]);
    expect(focus.primary).toBe("ca");
  });

  it("an entity focuses its drawn deals and counterparties only", () => {
    const ctx = context(
      { type: "select", item: { kind: "entity", id: "b" } },
      { type: "setAsOf", asOf: "2024-12-31" },
    );
    const focus = computeFocus(ctx.state, ctx.analysis, display)!;
    expect([...focus.nodes].sort()).toEqual(["a", "b", "c"]);
    expect([...focus.edges].sort()).toEqual(["ab", "bc"]);
  });
});

describe("computeEgo", () => {
  it("keeps the ego entity and its counterparties; none for an unknown id", () => {
    const ctx = context({ type: "setEgo", id: "d" });
    expect([...computeEgo(ctx.state, ctx.analysis, display)!].sort()).toEqual(["a", "d"]);
    const unknown = context({ type: "setEgo", id: "nobody" });
    expect(computeEgo(unknown.state, unknown.analysis, display)).toBeNull();
  });
});
