// Issue 16's findings replayed against the API at the sizes that show them (the slow tier): a zip
// unpacking past the row limit, and a 20,000-entity ring whose exposure outruns its budget. The
// smaller replays are in issue-16-replays.test.ts.

import { strToU8, zipSync } from "fflate";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { createAnalysisRunner } from "../../server/api/run-analysis.js";
import { loopDataset, testApp } from "./api-fixtures.js";

const runner = createAnalysisRunner({ concurrency: 1, graceMs: 30_000 });
const app = testApp(loopDataset(), { runner, postRequestsPerMinute: 1_000 });
// The exposure step's own budget is a third of the job's deadline: (5 s + 4 s) / 3 = 3 s here,
// and it ends by 4/5 of that deadline (7.2 s after the worker took the job) in any case.
const budgetRunner = createAnalysisRunner({ concurrency: 1, graceMs: 4_000 });
const budgetApp = testApp(loopDataset(), { runner: budgetRunner, postRequestsPerMinute: 1_000 });
afterAll(async () => {
  await runner.close();
  await budgetRunner.close();
});

const HEADER = "from,to,type,amountUsd,date,status,amountBasis,sourceUrl\n";

describe("issue 16 replays at scale", () => {
  it("finding 1: a small zip unpacking to more rows than the limit is a 413 naming it", async () => {
    const row = "A,B,loan,1,2025,signed,committed,https://example.com/ab\n";
    const zip = zipSync({ "deals.csv": strToU8(HEADER + row.repeat(120_000)) }, { level: 9 });
    const response = await request(app)
      .post("/api/analyze")
      .set("content-type", "application/zip")
      .send(Buffer.from(zip))
      .expect(413);
    expect(response.body.error).toEqual({
      code: "dataset_too_large",
      message: "importCsv: expected at most 100,000 deal rows (maxRows)",
      details: { limit: "maxRows", max: 100_000 },
    });
  });

  it("finding 1: a ring whose exposure outruns its budget is a 413 naming the budget, not a 503 at the deadline", async () => {
    // 20,000 entities on one cycle: 20,000 max-flows over the whole ring, each of 20,000 steps
    // (4·10^8 steps: well over the 3 s budget even on a fast, idle machine; an 8,000 ring
    // finished inside it on an idle one).
    const n = 20_000;
    let csv = HEADER;
    for (let i = 0; i < n; i++) {
      csv += `E${i},E${(i + 1) % n},loan,${1000 + i},2025,signed,committed,https://example.com/${i}\n`;
    }
    const response = await request(budgetApp)
      .post("/api/analyze")
      .set("content-type", "text/csv")
      .send(csv)
      .expect(413);
    expect(response.body.error.code).toBe("over_time_budget");
    expect(response.body.error.details).toMatchObject({ limit: "exposureBudgetMs", total: n });
    // 3 s, or less when reading and the cycle search left less before 4/5 of the job's deadline.
    expect(response.body.error.details.max).toBeLessThanOrEqual(3_000);
    expect(response.body.error.details.done).toBeLessThan(n);
    expect(response.body.error.message).toMatch(
      /^compute(MaxRoundTrips|RoundTripShares): the (max round-trips|round-trip shares) of the entities on a cycle did not finish within the time budget of [\d,]+ ms \(exposureBudgetMs\): [\d,]+ of 20,000 done$/,
    );
    // No worker was stopped (the two started are the uploads' and the loaded dataset's): the
    // answer came from the job itself, before its hard deadline.
    expect(budgetRunner.started).toBe(2);
  }, 120_000);
});
