import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeScenario,
  encodeScenario,
  type ViewScenario,
  withoutShock,
  withShock,
} from "../../../client/stress-panel/scenario-state.js";

const roundTrip = (scenario: ViewScenario | null) => {
  const params = new URLSearchParams();
  encodeScenario(params, scenario);
  return decodeScenario(new URLSearchParams(params.toString()));
};

describe("withShock and withoutShock", () => {
  it("adds entities in order, changes a share in place, and removes down to no scenario", () => {
    const one = withShock(null, "openai", 1);
    expect(one).toEqual({
      shocks: [{ id: "openai", shock: 1 }],
      model: "debtrank",
      recovery: 0,
      round: null,
      playing: false,
    });
    // A new shock set starts from its final losses, and does not play on.
    const two = withShock(
      { ...one, model: "cascade", recovery: 0.4, round: 3, playing: true },
      "oracle",
      0.5,
    );
    expect(two.shocks).toEqual([
      { id: "openai", shock: 1 },
      { id: "oracle", shock: 0.5 },
    ]);
    expect(two).toMatchObject({ model: "cascade", recovery: 0.4, round: null, playing: false });
    expect(withoutShock({ ...two, round: 2, playing: true }, "oracle")).toMatchObject({
      round: null,
      playing: false,
    });
    expect(withShock(two, "openai", 0.25).shocks).toEqual([
      { id: "openai", shock: 0.25 },
      { id: "oracle", shock: 0.5 },
    ]);
    expect(withShock(null, "x", 7).shocks).toEqual([{ id: "x", shock: 1 }]);
    expect(withShock(null, "x", -1).shocks).toEqual([{ id: "x", shock: 0 }]);
    expect(withoutShock(two, "openai")?.shocks).toEqual([{ id: "oracle", shock: 0.5 }]);
    expect(withoutShock(withoutShock(two, "openai"), "oracle")).toBeNull();
    expect(withoutShock(null, "openai")).toBeNull();
  });

  it("a scenario of several shocks, partial ones included, survives the link (property)", () => {
    const ids = fc.constantFrom("openai", "oracle", "a,b", "c:d", "é x", "%41");
    const steps = fc.array(
      fc.tuple(ids, fc.option(fc.integer({ min: 0, max: 100 }), { nil: null })),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(steps, fc.constantFrom("debtrank", "cascade"), (list, model) => {
        let scenario: ViewScenario | null = null;
        for (const [id, percent] of list) {
          scenario =
            percent === null ? withoutShock(scenario, id) : withShock(scenario, id, percent / 100);
        }
        if (scenario !== null) {
          scenario = { ...scenario, model, round: undefined, playing: undefined };
        }
        const back = roundTrip(scenario);
        if (scenario === null) expect(back).toBeNull();
        else {
          // Neither the round on screen nor the play is part of the link.
          const { round: _, playing: __, ...rest } = scenario;
          expect(back).toEqual(rest);
        }
      }),
    );
  });
});
