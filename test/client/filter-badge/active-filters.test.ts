import { describe, expect, it } from "vitest";
import { activeFilters } from "../../../client/filter-badge/active-filters.js";
import {
  type Action,
  reduceViewState,
  VIEW_STATE_DEFAULTS,
  type ViewState,
} from "../../../client/view-state.js";

const stateAfter = (...actions: Action[]): ViewState =>
  actions.reduce(reduceViewState, VIEW_STATE_DEFAULTS);

describe("activeFilters", () => {
  it("is empty at the defaults", () => {
    expect(activeFilters(VIEW_STATE_DEFAULTS)).toEqual([]);
  });

  it("reads the view and the date as the badge says them", () => {
    expect(
      activeFilters(
        stateAfter({ type: "setView", view: "committed" }, { type: "setAsOf", asOf: "2025-03-31" }),
      ),
    ).toEqual(["committed", "as of 31 Mar 2025"]);
  });

  it("names the deal types, statuses and bases left out or added", () => {
    expect(activeFilters(stateAfter({ type: "toggleDealType", dealType: "loan" }))).toEqual([
      "without loan",
    ]);
    expect(activeFilters(stateAfter({ type: "toggleStatus", status: "cancelled" }))).toEqual([
      "with cancelled",
    ]);
    expect(activeFilters(stateAfter({ type: "toggleBasis", basis: "headline" }))).toEqual([
      "without headline",
    ]);
    const onlyCommitted = stateAfter(
      { type: "toggleBasis", basis: "headline" },
      { type: "toggleBasis", basis: "estimate" },
    );
    expect(activeFilters(onlyCommitted)).toEqual(["only committed"]);
  });

  it("says when superseded deals are counted too", () => {
    expect(activeFilters(stateAfter({ type: "setIncludeSuperseded", include: true }))).toEqual([
      "superseded deals counted",
    ]);
  });

  it("names a minimum amount and called backstops", () => {
    expect(
      activeFilters(
        stateAfter(
          { type: "setMinAmount", minAmountUsd: 1e9 },
          { type: "setBackstopsCalled", called: true },
        ),
      ),
    ).toEqual(["at least $1.0B", "backstops called"]);
    expect(
      activeFilters(
        stateAfter(
          { type: "toggleSourceTier", tier: "secondary" },
          { type: "toggleSourceTier", tier: "unrated" },
        ),
      ),
    ).toEqual(["best source primary or major"]);
  });
});
