import { AMOUNT_BASES, DEAL_STATUSES, DEAL_TYPES } from "@engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SOURCE_TIER_FILTERS } from "../../client/source-tier-scope.js";
import { decodeViewState, encodeViewState, type SharedViewState } from "../../client/url-state.js";
import { SIDEBAR_TABS, VIEW_STATE_DEFAULTS } from "../../client/view-state.js";

const subsetInOrder = <T>(all: readonly T[]) =>
  fc.subarray([...all]).map((picked) => all.filter((item) => picked.includes(item)));

const day = fc
  .date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2099-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

const shared: fc.Arbitrary<SharedViewState> = fc.record({
  filters: fc.record({
    view: fc.constantFrom("announced" as const, "committed" as const),
    types: subsetInOrder(DEAL_TYPES),
    statuses: subsetInOrder(DEAL_STATUSES),
    basis: subsetInOrder(AMOUNT_BASES),
    minAmountUsd: fc.oneof(fc.constant(0), fc.double({ min: 1, max: 1e13, noNaN: true })),
    backstopsCalled: fc.boolean(),
    includeSuperseded: fc.boolean(),
    sourceTiers: subsetInOrder(SOURCE_TIER_FILTERS),
  }),
  asOf: fc.option(day),
  selection: fc.option(
    fc.oneof(
      fc.string({ minLength: 1 }).map((id) => ({ kind: "entity" as const, id })),
      fc.string({ minLength: 1 }).map((id) => ({ kind: "deal" as const, id })),
    ),
  ),
  focusedCycle: fc.option(
    fc.array(fc.string({ unit: "grapheme" }), { minLength: 2, maxLength: 6 }),
  ),
  egoEntity: fc.option(fc.string()),
  theme: fc.constantFrom("dark" as const, "light" as const),
  tab: fc.constantFrom(...SIDEBAR_TABS),
  scenario: fc.option(
    fc.record({
      shocks: fc
        .uniqueArray(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 3 })
        .chain((ids) =>
          fc.tuple(
            ...ids.map((id) =>
              fc
                .oneof(fc.constant(1), fc.constant(0.5), fc.double({ min: 0, max: 1, noNaN: true }))
                .map((shock) => ({ id, shock })),
            ),
          ),
        ),
      model: fc.constantFrom("debtrank" as const, "cascade" as const),
      recovery: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
    }),
  ),
});

function pick(state: SharedViewState): SharedViewState {
  const { filters, asOf, selection, focusedCycle, egoEntity, theme, scenario, tab } = state;
  return {
    filters: { ...filters },
    asOf,
    selection,
    focusedCycle,
    egoEntity,
    theme,
    scenario,
    tab,
  };
}

describe("encodeViewState / decodeViewState", () => {
  it("round-trips every shareable view state, whatever the ids contain", () => {
    fc.assert(
      fc.property(shared, (state) => {
        const decoded = decodeViewState(`#${encodeViewState(state)}`);
        expect(pick(decoded)).toEqual(pick(state));
      }),
      { numRuns: 300 },
    );
  });

  it("reads the scenario as the issue writes it, and drops what it cannot read", () => {
    expect(
      decodeViewState("#shock=openai:1,oracle:0.5&model=cascade&recovery=0.4").scenario,
    ).toEqual({
      shocks: [
        { id: "openai", shock: 1 },
        { id: "oracle", shock: 0.5 },
      ],
      model: "cascade",
      recovery: 0.4,
    });
    expect(decodeViewState("#shock=openai").scenario?.shocks).toEqual([{ id: "openai", shock: 1 }]);
    const odd = decodeViewState("#shock=a:2,b:x,:1,c:0.3&model=furfine&recovery=-1").scenario;
    expect(odd).toEqual({ shocks: [{ id: "c", shock: 0.3 }], model: "debtrank", recovery: 0 });
    expect(decodeViewState("#shock=").scenario).toBeNull();
  });

  it("leaves defaults out of the link", () => {
    expect(encodeViewState(VIEW_STATE_DEFAULTS)).toBe("");
  });

  it("drops unknown values and malformed dates from a hand-edited link", () => {
    const state = decodeViewState("types=equity,bogus&asOf=2025-13-40&min=-3&theme=neon");
    expect(state.filters.types).toEqual(["equity"]);
    expect(state.asOf).toBeNull();
    expect(state.filters.minAmountUsd).toBe(0);
    expect(state.theme).toBe(VIEW_STATE_DEFAULTS.theme);
  });

  it("spells filters as the API does, and still reads the keys of older links", () => {
    const state = {
      ...VIEW_STATE_DEFAULTS,
      filters: { ...VIEW_STATE_DEFAULTS.filters, minAmountUsd: 5e9, backstopsCalled: true },
    };
    expect(encodeViewState(state)).toBe("backstopsCalled=true&minAmountUsd=5000000000");
    const legacy = decodeViewState("#min=5000000000&called=1");
    expect(legacy.filters).toEqual(state.filters);
    // The current spelling wins over an old one in the same link.
    expect(decodeViewState("min=1&minAmountUsd=2").filters.minAmountUsd).toBe(2);
  });

  it("opens the panels for a link to a selection, a loop or a tab, and never closes them", () => {
    const closed = VIEW_STATE_DEFAULTS;
    expect(closed.drawerOpen).toBe(false);
    for (const hash of ["entity=oracle", "deal=d1", "cycle=a&cycle=b", "tab=trend"])
      expect(decodeViewState(hash, closed).drawerOpen).toBe(true);
    for (const hash of ["", "asOf=2025-01-01", "shock=openai:0.5", "theme=light"])
      expect(decodeViewState(hash, closed).drawerOpen).toBe(false);
    expect(decodeViewState("", { ...closed, drawerOpen: true }).drawerOpen).toBe(true);
  });

  it("carries the panel tab, and a link without one opens the default tab whatever the base", () => {
    const state = { ...VIEW_STATE_DEFAULTS, tab: "filters" as const };
    expect(encodeViewState(state)).toBe("tab=filters");
    expect(decodeViewState("entity=a", state).tab).toBe(VIEW_STATE_DEFAULTS.tab);
    expect(decodeViewState("tab=bogus", state).tab).toBe(VIEW_STATE_DEFAULTS.tab);
  });

  it("carries the supersession switch as the API spells it", () => {
    const state = {
      ...VIEW_STATE_DEFAULTS,
      filters: { ...VIEW_STATE_DEFAULTS.filters, includeSuperseded: true },
    };
    expect(encodeViewState(state)).toBe("includeSuperseded=true");
    expect(decodeViewState("#includeSuperseded=true").filters).toEqual(state.filters);
    expect(decodeViewState("#includeSuperseded=maybe").filters.includeSuperseded).toBe(false);
  });

  it("normalises a partial date to its first day", () => {
    expect(decodeViewState("asOf=2024-06").asOf).toBe("2024-06-01");
  });
});
