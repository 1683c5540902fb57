import request from "supertest";
import { describe, expect, it } from "vitest";
import { analyzeDataset } from "../../server/analysis/analyze-dataset.js";
import { InvalidOptionError, UnknownEntityError } from "../../server/analysis/errors.js";
import { createApp } from "../../server/api/create-app.js";
import { AnalysisTimeoutError, ServerBusyError } from "../../server/api/http-errors.js";
import { createAnalysisRunner } from "../../server/api/run-analysis.js";
import { heavyDataset, loopDataset } from "./api-fixtures.js";

describe("createAnalysisRunner (worker loaded from the TypeScript source)", () => {
  it("gives exactly what analyzeDataset gives in-process", async () => {
    const runner = createAnalysisRunner();
    const options = {
      maxLength: 3,
      types: ["equity", "compute_contract", "chip_purchase", "loan"] as const,
    };
    const fromWorker = await runner.run(loopDataset(), { ...options, types: [...options.types] });
    expect(fromWorker).toEqual(
      JSON.parse(
        JSON.stringify(analyzeDataset(loopDataset(), { ...options, types: [...options.types] })),
      ),
    );
  });

  it("brings engine errors back as their own classes", async () => {
    const runner = createAnalysisRunner();
    await expect(runner.run(loopDataset(), { maxLength: 1 })).rejects.toBeInstanceOf(
      InvalidOptionError,
    );
    const unknown = runner.run(loopDataset(), { entity: "nobody" });
    await expect(unknown).rejects.toBeInstanceOf(UnknownEntityError);
    await expect(unknown).rejects.toMatchObject({ entityId: "nobody" });
  });

  it("stops a worker that overruns its deadline", async () => {
    const runner = createAnalysisRunner({ graceMs: 0 });
    await expect(
      runner.run(heavyDataset(), { maxLength: 12, maxCycles: 100_000, timeBudgetMs: 0 }),
    ).rejects.toBeInstanceOf(AnalysisTimeoutError);
  });

  it("refuses work beyond its slots and queue", async () => {
    const runner = createAnalysisRunner({ concurrency: 1, maxQueue: 0 });
    const first = runner.run(loopDataset(), {});
    await expect(runner.run(loopDataset(), {})).rejects.toBeInstanceOf(ServerBusyError);
    await expect(first).resolves.toMatchObject({ summary: { entityCount: 4 } });
    await expect(runner.run(loopDataset(), {})).resolves.toBeDefined();
  });
});

describe("a heavy POST /api/analyze", () => {
  it("leaves /api/health answering while it runs", async () => {
    const runner = createAnalysisRunner({ graceMs: 60_000 });
    const app = createApp({ dataset: loopDataset(), runner });
    const finished: string[] = [];
    const heavy = request(app)
      .post("/api/analyze?maxLength=12&maxCycles=100000&timeBudgetMs=10000")
      .set("content-type", "application/json")
      .send(JSON.stringify(heavyDataset()))
      .then((response) => {
        finished.push("analyze");
        return response;
      });
    // Wait until the analysis is running in its worker; an analysis on this event loop would
    // never let this loop see it running.
    while (runner.active === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    // Health answers again and again (timers fire too) while the analysis is still going.
    let health = await request(app).get("/api/health");
    for (let k = 0; k < 3; k++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      health = await request(app).get("/api/health");
      expect(runner.active).toBe(1);
    }
    finished.push("health");
    expect(health.status).toBe(200);
    expect(health.body.status).toBe("ok");
    const analyzed = await heavy;
    expect(analyzed.status).toBe(200);
    expect(analyzed.body.cycles.truncated).toBe(true);
    expect(analyzed.body.cycles.cycles).toHaveLength(100_000);
    expect(finished).toEqual(["health", "analyze"]);
  });
});
