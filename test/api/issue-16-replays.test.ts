// Issue 16's findings replayed against the API (scaled down where the original input was huge,
// on the same code path): each gets a fast, located 4xx or a bounded answer, never a 500. The
// replays that need 100,000 rows or 20,000 entities are in issue-16-replays.scale.test.ts.

import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { createAnalysisRunner } from "../../server/api/run-analysis.js";
import { loopDataset, testApp } from "./api-fixtures.js";

const runner = createAnalysisRunner({ concurrency: 1, graceMs: 30_000 });
const app = testApp(loopDataset(), { runner, postRequestsPerMinute: 1_000 });
afterAll(() => runner.close());

const HEADER = "from,to,type,amountUsd,date,status,amountBasis,sourceUrl\n";

describe("issue 16 replays", () => {
  it("finding 2: a 100,000-deep extra field posted to /api/export is a located 422", async () => {
    const depth = 100_000;
    const body = `{"entities":[{"id":"a","name":"a","kind":"other","extra":${"[".repeat(depth)}${"]".repeat(depth)}}],"deals":[]}`;
    const response = await request(app)
      .post("/api/export?format=json")
      .set("content-type", "application/json")
      .send(body)
      .expect(422);
    expect(response.body.error.details).toEqual([
      {
        path: "entities[0].extra[0][0][0]…",
        message: "nested deeper than 64 levels of arrays and objects",
      },
    ]);
  });

  it("finding 2: one oddity on every row of a CSV comes back collapsed (a count and examples)", async () => {
    let csv = HEADER;
    for (let k = 0; k < 20_000; k++)
      csv += `A,B,loan,${k},2025,,committed,https://example.com/${k}\n`;
    const response = await request(app)
      .post("/api/analyze")
      .set("content-type", "text/csv")
      .send(csv)
      .expect(200);
    expect(response.body.warnings.length).toBeLessThan(20);
    expect(response.body.warnings).toContainEqual({
      path: "",
      message: '19,995 more like "no status: assumed announced" (not listed)',
    });
  });
});
