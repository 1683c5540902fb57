import request from "supertest";
import { describe, expect, it } from "vitest";
import { buildFinancingGraph } from "../../../server/analysis/build-financing-graph.js";
import { runScenario } from "../../../server/analysis/run-scenario.js";
import type { ScenarioOptions } from "../../../server/analysis/scenario-options.js";
import type { Dataset } from "../../../server/analysis/types.js";
import { exportGexf } from "../../../server/dataset/export-gexf.js";
import { loopDataset, testApp } from "../api-fixtures.js";

const app = testApp();
const engine = (options: Partial<ScenarioOptions>, data: Dataset = loopDataset()) =>
  JSON.parse(JSON.stringify(runScenario(buildFinancingGraph(data), options)));

describe("GET /api/stress", () => {
  it("answers the SPEC §6 scenario on the loaded dataset", async () => {
    // Capital 0.25 × throughput: alpha 2.5, beta 2.5, gamma 2, delta 0. beta fails: alpha loses
    // 10/2.5 (capped at 1), gamma 8/2 → both default in round 1.
    const response = await request(app).get("/api/stress?shock=beta").expect(200);
    expect(response.body).toEqual(engine({ shocks: [{ id: "beta", shock: 1 }] }));
    expect(response.body.entities[0]).toMatchObject({
      id: "alpha",
      capitalUsd: 2.5,
      capitalBasis: "throughput",
      relativeLoss: 1,
      defaultRound: 1,
    });
    expect(response.body).toMatchObject({ model: "debtrank", converged: true, rounds: 2 });
  });

  it("takes repeated shocks with ID:S, the model, recovery, capital share and inclusion", async () => {
    const query =
      "shock=beta:0.5&shock=gamma&model=cascade&recovery=0.25&capitalShare=1&backstopsCalled=true";
    const response = await request(app).get(`/api/stress?${query}`).expect(200);
    expect(response.body).toEqual(
      engine({
        shocks: [
          { id: "beta", shock: 0.5 },
          { id: "gamma", shock: 1 },
        ],
        model: "cascade",
        recovery: 0.25,
        capitalShare: 1,
        backstopsCalled: true,
      }),
    );
    // Called, delta's guarantee of beta is a flow (C = 4) and an exposure; beta has not defaulted.
    expect(response.body.entities.find((r: { id: string }) => r.id === "delta")).toMatchObject({
      capitalUsd: 4,
      relativeLoss: 0,
    });
  });

  it("takes the view and the other inclusion parameters of every analysis endpoint", async () => {
    const response = await request(app).get("/api/stress?shock=beta&view=committed").expect(200);
    expect(response.body).toEqual(
      engine({ shocks: [{ id: "beta", shock: 1 }], view: "committed" }),
    );
  });

  it("answers a repeated scenario from memory with the same ETag", async () => {
    const first = await request(app).get("/api/stress?shock=alpha:0.3").expect(200);
    const again = await request(app)
      .get("/api/stress?shock=alpha:0.3")
      .set("if-none-match", first.headers.etag!);
    expect(again.status).toBe(304);
  });

  it.each([
    ["shock=oracel", "shock", /unknown entity "oracel"$/],
    // The CLI's ID=S: the answer says the API's ID:S.
    ["shock=beta%3D0.5", "shock", /unknown entity "beta=0.5"; the share follows ":": beta:0\.5$/],
    ["shock=beta:1.5", "shock", /S in \[0, 1\], received "beta:1.5"/],
    ["shock=beta:x", "shock", /received "beta:x"/],
    ["shock=beta&shock=beta:0.5", "shock", /shocked twice/],
    ["", "shock", /at least one shock/],
    ["shock=beta&recovery=2", "recovery", /\[0, 1\], received "2"/],
    ["shock=beta&recovery=-0.1", "recovery", /received "-0.1"/],
    ["shock=beta&capitalShare=-1", "capitalShare", /≥ 0, received "-1"/],
    ["shock=beta&model=furfine", "model", /debtrank or cascade/],
    ["shock=beta&types=loans", "types", /unknown deal type "loans"/],
    ["shock=beta&colour=red", "colour", /unknown parameter/],
  ])("rejects ?%s with 400 naming %s", async (query, parameter, message) => {
    const response = await request(app).get(`/api/stress?${query}`).expect(400);
    expect(response.body.error.code).toBe("invalid_parameter");
    const problem = response.body.error.details.find((p: { path: string }) => p.path === parameter);
    expect(problem.message).toMatch(message);
  });
});

describe("POST /api/stress", () => {
  it("runs the scenario on a posted dataset in any /api/analyze format, with the reader's warnings", async () => {
    const data = loopDataset();
    data.entities[2]!.financials = { equityUsd: 100 };
    const json = await request(app)
      .post("/api/stress?shock=beta:0.4")
      .set("content-type", "application/json")
      .send(JSON.stringify(data))
      .expect(200);
    const { warnings, ...result } = json.body;
    expect(result).toEqual(engine({ shocks: [{ id: "beta", shock: 0.4 }] }, data));
    // gamma's book equity is its capital: it loses 8 × 0.4 / 100.
    expect(result.entities[3]).toMatchObject({
      id: "gamma",
      capitalUsd: 100,
      capitalBasis: "equity",
    });
    expect(result.entities[3].relativeLoss).toBeCloseTo(0.032, 12);
    expect(warnings).toContainEqual({
      path: "deals[3].amountUsd",
      message: "undisclosed amount: counted as 0 in flow analysis",
    });
    const gexf = await request(app)
      .post("/api/stress?shock=beta:0.4")
      .set("content-type", "application/gexf+xml")
      .send(exportGexf(loopDataset()))
      .expect(200);
    expect(gexf.body.entities).toEqual(engine({ shocks: [{ id: "beta", shock: 0.4 }] }).entities);
  });

  it("rejects a shock naming no entity of the posted dataset with 400", async () => {
    const response = await request(app)
      .post("/api/stress?shock=omega")
      .set("content-type", "application/json")
      .send(JSON.stringify(loopDataset()))
      .expect(400);
    expect(response.body.error.code).toBe("invalid_option");
    expect(response.body.error.message).toMatch(/shock to name a known entity, received "omega"/);
  });
});

describe("GET /api/entities/:id counterparty exposure", () => {
  it("relates each row to the entity's revenue and book equity when its financials give them", async () => {
    const data = loopDataset();
    data.entities[0]!.financials = { revenueUsd: 40, equityUsd: 8 };
    const response = await request(testApp(data)).get("/api/entities/alpha").expect(200);
    // alpha: 10 put into beta, 6 of revenue expected from gamma (and an undisclosed loan to gamma).
    const { exposureTo, totalExposureUsd, revenueRatio, equityRatio } =
      response.body.counterpartyExposure;
    expect(totalExposureUsd).toBe(16);
    expect([revenueRatio, equityRatio]).toEqual([0.4, 2]);
    expect(
      exposureTo.map((r: { counterparty: string; revenueRatio: number; equityRatio: number }) => [
        r.counterparty,
        r.revenueRatio,
        r.equityRatio,
      ]),
    ).toEqual([
      ["beta", 0.25, 1.25],
      ["gamma", 0.15, 0.75],
    ]);
  });
});
