import { DEAL_TYPES } from "@engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Action,
  FILTER_DEFAULTS,
  reduceViewState,
  toggleIn,
  VIEW_STATE_DEFAULTS,
  type ViewState,
} from "../../client/view-state.js";

const start: ViewState = VIEW_STATE_DEFAULTS;

describe("reduceViewState", () => {
  it("toggles a deal type off and on again, keeping the canonical order", () => {
    const off = reduceViewState(start, { type: "toggleDealType", dealType: "loan" });
    expect(off.filters.types).not.toContain("loan");
    const on = reduceViewState(off, { type: "toggleDealType", dealType: "loan" });
    expect(on.filters.types).toEqual([...DEAL_TYPES]);
  });

  it("returns the same object when an action changes nothing", () => {
    expect(reduceViewState(start, { type: "setAsOf", asOf: null })).toBe(start);
    expect(reduceViewState(start, { type: "select", item: null })).toBe(start);
    expect(reduceViewState(start, { type: "focusCycle", nodes: null })).toBe(start);
    const selected = reduceViewState(start, { type: "select", item: { kind: "entity", id: "a" } });
    expect(reduceViewState(selected, { type: "select", item: { kind: "entity", id: "a" } })).toBe(
      selected,
    );
  });

  it("clamps the minimum amount to a non-negative finite number", () => {
    expect(
      reduceViewState(start, { type: "setMinAmount", minAmountUsd: -5 }).filters.minAmountUsd,
    ).toBe(0);
    expect(reduceViewState(start, { type: "setMinAmount", minAmountUsd: Number.NaN })).toBe(start);
    expect(
      reduceViewState(start, { type: "setMinAmount", minAmountUsd: 1e9 }).filters.minAmountUsd,
    ).toBe(1e9);
  });

  it("selecting opens the drawer and focusing a loop shows the loops tab", () => {
    const selected = reduceViewState(start, { type: "select", item: { kind: "deal", id: "d1" } });
    expect(selected.drawerOpen).toBe(true);
    const filters = reduceViewState(start, { type: "setTab", tab: "filters" });
    expect(reduceViewState(filters, { type: "focusCycle", nodes: ["a", "b"] }).tab).toBe("cycles");
  });

  it("escape peels selection, then focused loop, then ego view", () => {
    let state = reduceViewState(start, { type: "setEgo", id: "a" });
    state = reduceViewState(state, { type: "focusCycle", nodes: ["a", "b"] });
    state = reduceViewState(state, { type: "select", item: { kind: "entity", id: "b" } });
    state = reduceViewState(state, { type: "escape" });
    expect([state.selection, state.focusedCycle, state.egoEntity]).toEqual([null, ["a", "b"], "a"]);
    state = reduceViewState(state, { type: "escape" });
    expect([state.focusedCycle, state.egoEntity]).toEqual([null, "a"]);
    state = reduceViewState(state, { type: "escape" });
    expect(state.egoEntity).toBeNull();
    expect(reduceViewState(state, { type: "escape" })).toBe(state);
  });

  it("resetFilters restores the defaults and leaves everything else", () => {
    let state = reduceViewState(start, { type: "toggleStatus", status: "announced" });
    state = reduceViewState(state, { type: "setAsOf", asOf: "2025-01-01" });
    state = reduceViewState(state, { type: "resetFilters" });
    expect(state.filters).toBe(FILTER_DEFAULTS);
    expect(state.asOf).toBe("2025-01-01");
  });

  it("never mutates the state it is given", () => {
    const actions: fc.Arbitrary<Action> = fc.oneof(
      fc
        .constantFrom(...DEAL_TYPES)
        .map((dealType): Action => ({ type: "toggleDealType", dealType })),
      fc
        .double({ noNaN: true })
        .map((minAmountUsd): Action => ({ type: "setMinAmount", minAmountUsd })),
      fc.boolean().map((called): Action => ({ type: "setBackstopsCalled", called })),
      fc
        .option(fc.string())
        .map(
          (id): Action => ({ type: "select", item: id === null ? null : { kind: "entity", id } }),
        ),
      fc
        .option(fc.array(fc.string(), { minLength: 2, maxLength: 4 }))
        .map((nodes): Action => ({ type: "focusCycle", nodes })),
      fc.constant<Action>({ type: "escape" }),
      fc.constant<Action>({ type: "resetFilters" }),
    );
    fc.assert(
      fc.property(fc.array(actions, { maxLength: 20 }), (list) => {
        let state = start;
        for (const action of list) {
          const before = JSON.stringify(state);
          const next = reduceViewState(state, action);
          expect(JSON.stringify(state)).toBe(before);
          state = next;
        }
      }),
    );
  });
});

describe("toggleIn", () => {
  it("adds a missing member in reference order and removes a present one", () => {
    expect(toggleIn(["c", "a"], "b", ["a", "b", "c"])).toEqual(["a", "b", "c"]);
    expect(toggleIn(["a", "b"], "a", ["a", "b", "c"])).toEqual(["b"]);
  });
});

describe("play speed", () => {
  it("takes a known speed and ignores any other", () => {
    const fast = reduceViewState(start, { type: "setPlaySpeed", speed: 4 });
    expect(fast.playSpeed).toBe(4);
    expect(reduceViewState(fast, { type: "setPlaySpeed", speed: 3 })).toBe(fast);
    expect(reduceViewState(fast, { type: "setPlaySpeed", speed: Number.NaN })).toBe(fast);
  });
});

describe("view and reset", () => {
  it("switches the view of every figure, and ignores an unknown one", () => {
    const committed = reduceViewState(start, { type: "setView", view: "committed" });
    expect(committed.filters.view).toBe("committed");
    expect(reduceViewState(committed, { type: "setView", view: "committed" })).toBe(committed);
    expect(
      reduceViewState(committed, { type: "setView", view: "all" as unknown as "committed" }),
    ).toBe(committed);
  });

  it("turns the supersession rule off and on, and resetCounting turns it back on", () => {
    const audit = reduceViewState(start, { type: "setIncludeSuperseded", include: true });
    expect(audit.filters.includeSuperseded).toBe(true);
    expect(reduceViewState(audit, { type: "setIncludeSuperseded", include: true })).toBe(audit);
    expect(
      reduceViewState(audit, { type: "setIncludeSuperseded", include: false }).filters,
    ).toEqual(FILTER_DEFAULTS);
    expect(reduceViewState(audit, { type: "resetCounting" }).filters).toBe(FILTER_DEFAULTS);
    expect(reduceViewState(audit, { type: "resetFilters" }).filters).toBe(FILTER_DEFAULTS);
  });

  it("resetCounting brings back every filter, the view and today, and stops play", () => {
    const narrowed = [
      { type: "setView", view: "committed" },
      { type: "toggleDealType", dealType: "loan" },
      { type: "setAsOf", asOf: "2025-03-31" },
      { type: "setPlaying", playing: true },
      { type: "select", item: { kind: "entity", id: "a" } },
    ] as const satisfies readonly Action[];
    const state = narrowed.reduce<ViewState>(reduceViewState, start);
    const reset = reduceViewState(state, { type: "resetCounting" });
    expect(reset.filters).toBe(FILTER_DEFAULTS);
    expect(reset.asOf).toBeNull();
    expect(reset.playing).toBe(false);
    expect(reset.selection).toEqual({ kind: "entity", id: "a" });
    expect(reduceViewState(reset, { type: "resetCounting" })).toBe(reset);
  });
});
