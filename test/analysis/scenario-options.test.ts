import { describe, expect, it } from "vitest";
import { InvalidOptionError } from "../../server/analysis/errors.js";
import {
  resolveScenarioOptions,
  SCENARIO_DEFAULTS,
} from "../../server/analysis/scenario-options.js";

describe("resolveScenarioOptions", () => {
  it("defaults to linear DebtRank, no recovery, a quarter of throughput, SPEC bounds", () => {
    expect(resolveScenarioOptions()).toMatchObject({
      model: "debtrank",
      recovery: 0,
      capitalShare: 0.25,
      tolerance: 1e-12,
      maxRounds: 10_000,
      shocks: [],
    });
    expect(Object.isFrozen(SCENARIO_DEFAULTS)).toBe(true);
  });

  it.each([
    [{ shocks: [{ id: "a", shock: 1.5 }] }, /shock of "a" in \[0, 1\], received 1.5/],
    [{ shocks: [{ id: "a", shock: -0.1 }] }, /shock of "a"/],
    [{ shocks: [{ id: "a", shock: Number.NaN }] }, /received NaN/],
    [
      {
        shocks: [
          { id: "a", shock: 1 },
          { id: "a", shock: 0.5 },
        ],
      },
      /at most once, received "a"/,
    ],
    [{ recovery: 1.2 }, /recovery in \[0, 1\], received 1.2/],
    [{ recovery: -1 }, /recovery/],
    [{ capitalShare: -0.5 }, /capitalShare ≥ 0, received -0.5/],
    [{ capitalShare: Number.POSITIVE_INFINITY }, /capitalShare/],
    [{ model: "furfine" as "cascade" }, /model debtrank or cascade, received "furfine"/],
    [{ maxRounds: 0 }, /maxRounds/],
  ])("rejects %o with an InvalidOptionError naming the option", (options, message) => {
    expect(() => resolveScenarioOptions(options)).toThrow(InvalidOptionError);
    expect(() => resolveScenarioOptions(options)).toThrow(message);
  });
});
