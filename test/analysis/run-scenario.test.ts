import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFinancingGraph } from "../../server/analysis/build-financing-graph.js";
import { InvalidOptionError } from "../../server/analysis/errors.js";
import { runScenario, type ScenarioResult } from "../../server/analysis/run-scenario.js";
import type { ScenarioOptions } from "../../server/analysis/scenario-options.js";
import { type Dataset, DEAL_TYPES, type Deal } from "../../server/analysis/types.js";
import { arbitraryDataset } from "../fixtures/arbitrary-dataset.js";
import { datasetOf, deal } from "../fixtures/build-dataset.js";
import { relativeClose } from "./relative-close.js";
import { fourCompanies, withEquity } from "./scenario-fixtures.js";
import { type OracleOptions, stressOracle } from "./stress-oracle.js";

const scenario = (data: Dataset, options: Partial<ScenarioOptions>) =>
  runScenario(buildFinancingGraph(data), options);
const byId = (result: ScenarioResult) => Object.fromEntries(result.entities.map((r) => [r.id, r]));

describe("runScenario", () => {
  // C (capital share 0.5): bank 0, chips 200 (book equity), cloud 50, lab 50; total 300.
  const lab = { shocks: [{ id: "lab", shock: 1 }], capitalShare: 0.5 };

  it("solves the four-company example under linear DebtRank by hand", () => {
    // Round 1: cloud = min(1, 100/50 · 1) = 1; chips = 30/200 · 1 = 0.15. Round 2: chips = 0.15 +
    // 80/200 · 1 = 0.55. Round 3: no change. bank has no capital and no shock: 0.
    const result = scenario(fourCompanies(), lab);
    expect(result).toMatchObject({ model: "debtrank", converged: true, rounds: 3 });
    // 0.55 · 200 is 110.00000000000001 in binary floating point.
    expect(result.entities[1]!.lossUsd).toBeCloseTo(110, 12);
    expect(result.entities.map((row, x) => (x === 1 ? { ...row, lossUsd: 110 } : row))).toEqual([
      {
        id: "bank",
        capitalUsd: 0,
        capitalBasis: "throughput",
        shock: 0,
        relativeLoss: 0,
        lossUsd: 0,
        defaulted: false,
        defaultRound: null,
      },
      {
        id: "chips",
        capitalUsd: 200,
        capitalBasis: "equity",
        shock: 0,
        relativeLoss: 0.55,
        lossUsd: 110,
        defaulted: false,
        defaultRound: null,
      },
      {
        id: "cloud",
        capitalUsd: 50,
        capitalBasis: "throughput",
        shock: 0,
        relativeLoss: 1,
        lossUsd: 50,
        defaulted: true,
        defaultRound: 1,
      },
      {
        id: "lab",
        capitalUsd: 50,
        capitalBasis: "throughput",
        shock: 1,
        relativeLoss: 1,
        lossUsd: 50,
        defaulted: true,
        defaultRound: 0,
      },
    ]);
    // Beyond the shock: cloud 50 + chips 110 = 160 of 300.
    expect(result.debtRank).toBeCloseTo(160 / 300, 15);
    expect(result.systemLossUsd).toBeCloseTo(210, 12);
    expect(result.totalCapitalUsd).toBe(300);
  });

  it("solves the same example under the cascade with recovery, where the loss ties the capital", () => {
    // recovery 0.5: cloud loses 0.5 · 100 = 50 = C → defaults in round 1; chips loses 0.5 · (30 + 80) = 55 < 200.
    const result = scenario(fourCompanies(), { ...lab, model: "cascade", recovery: 0.5 });
    expect(result).toMatchObject({ model: "cascade", converged: true, rounds: 1 });
    const rows = byId(result);
    expect(rows.cloud).toMatchObject({ relativeLoss: 1, defaulted: true, defaultRound: 1 });
    expect(rows.chips).toMatchObject({ relativeLoss: 0.275, defaulted: false });
    expect(rows.chips!.lossUsd).toBeCloseTo(55, 12);
    expect(result.debtRank).toBeCloseTo((50 + 55) / 300, 15);
  });

  it("keeps the relative losses round by round for the viewer to step through", () => {
    // Order: bank, chips, cloud, lab. DebtRank: the shock, then rounds 1–3 (as solved above).
    const dr = scenario(fourCompanies(), { ...lab, historyRounds: 10 });
    expect(dr.history).toHaveLength(4);
    expect(dr.history![0]).toEqual([0, 0, 0, 1]);
    expect(dr.history![1]!.map((h) => Math.round(h * 1e12) / 1e12)).toEqual([0, 0.15, 1, 1]);
    expect(dr.history![3]).toEqual(dr.entities.map((row) => row.relativeLoss));
    // Cascade, recovery 0.5: the shock; given lab's default (cloud 1, chips 0.075); given cloud's too.
    const cascade = scenario(fourCompanies(), {
      ...lab,
      model: "cascade",
      recovery: 0.5,
      historyRounds: 10,
    });
    expect(cascade.history).toEqual([
      [0, 0, 0, 1],
      [0, 0.075, 1, 1],
      [0, 0.275, 1, 1],
    ]);
    // A cap keeps the first rounds only; none by default.
    expect(scenario(fourCompanies(), { ...lab, historyRounds: 1 }).history).toHaveLength(2);
    expect(scenario(fourCompanies(), lab).history).toBeUndefined();
  });

  it("draws the guarantor in when backstops are called", () => {
    // Called: C(bank) = 0.5 · 50 = 25, C(cloud) = 0.5 · 150 = 75; A[bank][cloud] = 50.
    // Round 1: cloud = min(1, 100/75) = 1; round 2: bank = min(1, 50/25) = 1.
    const rows = byId(scenario(fourCompanies(), { ...lab, backstopsCalled: true }));
    expect(rows.bank).toMatchObject({ capitalUsd: 25, relativeLoss: 1, defaultRound: 2 });
    expect(rows.cloud).toMatchObject({ capitalUsd: 75, defaultRound: 1 });
  });

  it("separates the models on a partial shock: DebtRank passes it on, the cascade does not", () => {
    const data = withEquity(
      datasetOf(["a", "b"], [deal("ab", "a", "b", 40, "loan"), deal("ba", "b", "a", 10, "loan")]),
      { a: 100, b: 100 },
    );
    // b pays 60 %: s_b = 0.4. DebtRank: h_a = 0.4 · 0.4 + … (a cycle): h_a = 0.4 · h_b, h_b = 0.4 + 0.1 · h_a.
    const shocks = [{ id: "b", shock: 0.4 }];
    const dr = byId(scenario(data, { shocks }));
    const hb = 0.4 / (1 - 0.04);
    expect(relativeClose(dr.b!.relativeLoss, hb, 1e-10)).toBe(true);
    expect(relativeClose(dr.a!.relativeLoss, 0.4 * hb, 1e-10)).toBe(true);
    const cascade = byId(scenario(data, { shocks, model: "cascade" }));
    expect(cascade.a!.relativeLoss).toBe(0);
    expect(cascade.b!.relativeLoss).toBe(0.4);
  });

  it("throws InvalidOptionError for an unknown shocked entity and a bad shock", () => {
    const graph = buildFinancingGraph(fourCompanies());
    expect(() => runScenario(graph, { shocks: [{ id: "oracel", shock: 1 }] })).toThrow(
      InvalidOptionError,
    );
    expect(() => runScenario(graph, { shocks: [{ id: "oracel", shock: 1 }] })).toThrow(
      /known entity, received "oracel"/,
    );
    expect(() => runScenario(graph, { shocks: [{ id: "lab", shock: 2 }] })).toThrow(
      InvalidOptionError,
    );
  });
});

// Random systems: integer amounts (sums exact, whatever the order) of every exposure-bearing type,
// some entities with book equity, some shocked.
const EXPOSURE_TYPES = DEAL_TYPES.filter((t) => t !== "other");
const arbitraryScenario = fc
  .tuple(
    arbitraryDataset({ types: EXPOSURE_TYPES, maxEntities: 7, maxDeals: 16 }),
    fc.array(fc.option(fc.integer({ min: 1, max: 3000 }), { nil: undefined }), {
      minLength: 8,
      maxLength: 8,
    }),
    fc.array(
      fc.oneof(
        fc.constant(0),
        fc.constant(1),
        fc.constant(0.5),
        fc.double({ min: 0, max: 1, noNaN: true }),
      ),
      { minLength: 8, maxLength: 8 },
    ),
    fc.record({
      model: fc.constantFrom("debtrank" as const, "cascade" as const),
      recovery: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
      capitalShare: fc.oneof(
        fc.constant(0.25),
        fc.constant(0),
        fc.double({ min: 1e-6, max: 2, noNaN: true }),
      ),
      backstopsCalled: fc.boolean(),
    }),
  )
  .map(([data, equity, shockValues, knobs]) => {
    // Null prototypes: "__proto__" is an entity id like any other.
    const equityUsd: Record<string, number> = Object.create(null);
    const shocks: Record<string, number> = Object.create(null);
    data.entities.forEach((e, k) => {
      if (equity[k] !== undefined) equityUsd[e.id] = equity[k];
      if (shockValues[k]! > 0) shocks[e.id] = shockValues[k]!;
    });
    return { data: withEquity(data, equityUsd), options: { ...knobs, shocks } as OracleOptions };
  });

const toOptions = (o: OracleOptions): Partial<ScenarioOptions> => ({
  ...o,
  shocks: Object.entries(o.shocks).map(([id, shock]) => ({ id, shock })),
});

/** Every relative loss of `high` at least that of `low` (up to the DebtRank tolerance). */
function dominates(high: ScenarioResult, low: ScenarioResult): void {
  high.entities.forEach((row, x) => {
    expect(row.relativeLoss).toBeGreaterThanOrEqual(low.entities[x]!.relativeLoss - 1e-9);
    if (low.entities[x]!.defaulted) expect(row.defaulted).toBe(true);
  });
  expect(high.systemLossUsd).toBeGreaterThanOrEqual(low.systemLossUsd * (1 - 1e-9));
}

describe("runScenario on random systems", () => {
  it("agrees with the dense brute-force oracle of SPEC §6", () => {
    fc.assert(
      fc.property(arbitraryScenario, ({ data, options }) => {
        const result = scenario(data, toOptions(options));
        const oracle = stressOracle(data, options);
        expect(result.model).toBe(oracle.model);
        expect(result.converged).toBe(oracle.converged);
        if (options.model === "cascade") expect(result.rounds).toBe(oracle.rounds);
        expect(Math.abs(result.debtRank - oracle.debtRank)).toBeLessThan(1e-9);
        expect(relativeClose(result.systemLossUsd, oracle.systemLossUsd, 1e-9)).toBe(true);
        result.entities.forEach((row, x) => {
          const want = oracle.entities[x]!;
          expect(row.id).toBe(want.id);
          expect(row.capitalBasis).toBe(want.capitalBasis);
          expect(relativeClose(row.capitalUsd, want.capitalUsd, 1e-12)).toBe(true);
          expect(row.shock).toBe(want.shock);
          expect(Math.abs(row.relativeLoss - want.relativeLoss)).toBeLessThan(1e-9);
          expect(row.defaulted).toBe(want.defaulted);
          expect(row.defaultRound).toBe(want.defaultRound);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("keeps relative losses in [0, 1], at least the shock, and losses within capital", () => {
    fc.assert(
      fc.property(arbitraryScenario, ({ data, options }) => {
        for (const row of scenario(data, toOptions(options)).entities) {
          expect(row.relativeLoss).toBeGreaterThanOrEqual(row.shock);
          expect(row.relativeLoss).toBeLessThanOrEqual(1);
          expect(row.lossUsd).toBeLessThanOrEqual(row.capitalUsd);
        }
      }),
    );
  });

  it("loses nothing without a shock", () => {
    fc.assert(
      fc.property(arbitraryScenario, ({ data, options }) => {
        const result = scenario(data, toOptions({ ...options, shocks: {} }));
        expect(result.systemLossUsd).toBe(0);
        expect(result.debtRank).toBe(0);
        for (const row of result.entities)
          expect(row).toMatchObject({ relativeLoss: 0, defaulted: false });
      }),
    );
  });

  it("is monotone in the shock", () => {
    fc.assert(
      fc.property(
        arbitraryScenario,
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ data, options }, pick, extra) => {
          const id = data.entities[pick % data.entities.length]!.id;
          const base = Object.hasOwn(options.shocks, id) ? options.shocks[id]! : 0;
          const raised = {
            ...options,
            shocks: { ...options.shocks, [id]: Math.min(1, base + extra) },
          };
          dominates(scenario(data, toOptions(raised)), scenario(data, toOptions(options)));
        },
      ),
    );
  });

  it("is monotone in the exposures when capital is book equity", () => {
    fc.assert(
      fc.property(
        arbitraryScenario,
        fc.nat(),
        fc.integer({ min: 1, max: 1000 }),
        ({ data, options }, pick, extra) => {
          fc.pre(data.deals.length > 0);
          // Every entity on book equity, so that a larger deal changes exposures only.
          const fixed = withEquity(
            data,
            Object.fromEntries(data.entities.map((e, k) => [e.id, 500 + 37 * k])),
          );
          const k = pick % fixed.deals.length;
          const larger = {
            ...fixed,
            deals: fixed.deals.map(
              (d, j): Deal => (j === k ? { ...d, amountUsd: (d.amountUsd ?? 0) + extra } : d),
            ),
          };
          dominates(scenario(larger, toOptions(options)), scenario(fixed, toOptions(options)));
        },
      ),
    );
  });

  it("hurts nobody when the shocked entity owes nobody", () => {
    fc.assert(
      fc.property(arbitraryScenario, fc.nat(), ({ data, options }, pick) => {
        const y = data.entities[pick % data.entities.length]!.id;
        // Drop every deal that makes someone exposed to y (§4 roles).
        const owes = (d: Deal) =>
          (["compute_contract", "chip_purchase", "license", "revenue_share", "warrant"].includes(
            d.type,
          ) &&
            d.from === y) ||
          (["equity", "loan", "backstop"].includes(d.type) && d.to === y);
        const clean = { ...data, deals: data.deals.filter((d) => !owes(d)) };
        const result = scenario(clean, toOptions({ ...options, shocks: { [y]: 1 } }));
        for (const row of result.entities) {
          if (row.id !== y)
            expect(row).toMatchObject({ relativeLoss: 0, lossUsd: 0, defaulted: false });
        }
      }),
    );
  });

  it("does not depend on the order of entities and deals", () => {
    fc.assert(
      fc.property(arbitraryScenario, fc.nat(), ({ data, options }, seed) => {
        const rotate = <T>(items: T[]) => {
          const k = items.length === 0 ? 0 : seed % items.length;
          return [...items.slice(k), ...items.slice(0, k)].reverse();
        };
        const shuffled = { ...data, entities: rotate(data.entities), deals: rotate(data.deals) };
        expect(scenario(shuffled, toOptions(options))).toEqual(scenario(data, toOptions(options)));
      }),
    );
  });
});
