import request from "supertest";
import { describe, expect, it } from "vitest";
import { computeHistory } from "../../../server/analysis/compute-history.js";
import { loopDataset, testApp } from "../api-fixtures.js";

const app = testApp();

describe("GET /api/history", () => {
  it("answers the SPEC §7 history of the loaded dataset, as the engine computes it", async () => {
    const response = await request(app).get("/api/history").expect(200);
    expect(response.body).toEqual(
      JSON.parse(JSON.stringify(computeHistory(loopDataset(), { timeBudgetMs: 5000 }))),
    );
    expect(response.body.points[0]).toMatchObject({
      asOf: "2025-06-30",
      announced: { grossUsd: 24, cycleCount: 2 },
      committed: { grossUsd: 24 },
    });
    expect(response.headers.etag).toBeDefined();
  });

  it("takes step, entity and inclusion parameters", async () => {
    const response = await request(app)
      .get("/api/history?step=year&entity=alpha&types=equity,compute_contract,chip_purchase")
      .expect(200);
    expect(response.body.step).toBe("year");
    expect(response.body.points.map((p: { asOf: string }) => p.asOf)).toEqual(["2025-12-31"]);
    const { announced } = response.body.points[0];
    expect(announced).toMatchObject({ grossUsd: 24, inflowUsd: 6 });
    expect(announced.roundTripShare).toBeGreaterThan(0);
  });

  it.each([
    ["step=week", "step", /expected one of quarter, month, year, received "week"/],
    ["entity=omega", "entity", /unknown entity, received "omega"/],
    ["view=firm", "view", /expected one of announced, committed/],
    ["colour=red", "colour", /unknown parameter/],
  ])("rejects ?%s with 400 naming %s", async (query, parameter, message) => {
    const response = await request(app).get(`/api/history?${query}`).expect(400);
    const problem = response.body.error.details.find((p: { path: string }) => p.path === parameter);
    expect(problem.message).toMatch(message);
  });
});

describe("GET /api/summary in both views", () => {
  it("keeps the selected view's figures on top and adds announced and committed blocks", async () => {
    const announced = (await request(app).get("/api/summary").expect(200)).body;
    const committed = (await request(app).get("/api/summary?view=committed").expect(200)).body;
    expect(announced.announced).toEqual(committed.announced);
    expect(announced.committed).toEqual(committed.committed);
    expect(announced.grossUsd).toBe(announced.announced.grossUsd);
    expect(committed.grossUsd).toBe(committed.committed.grossUsd);
  });
});
