import request from "supertest";
import { describe, expect, it } from "vitest";
import { analyzeDataset } from "../../server/analysis/analyze-dataset.js";
import {
  InvalidDatasetError,
  InvalidOptionError,
  UnknownEntityError,
} from "../../server/analysis/errors.js";
import { createApp } from "../../server/api/create-app.js";
import { AnalysisTimeoutError, ServerBusyError } from "../../server/api/http-errors.js";
import { createAnalysisRunner } from "../../server/api/run-analysis.js";
import { MalformedDocumentError } from "../../server/dataset/import-error.js";
import { heavyCsv, heavyDataset, loopDataset } from "./api-fixtures.js";

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

  it("reads posted bodies in the worker, bringing their errors back located", async () => {
    const runner = createAnalysisRunner();
    const csv = new TextEncoder().encode(
      "from,to,type,amountUsd,date\nA,B,loan,5,2025\nB,A,equity,x,2025\n",
    );
    await expect(runner.analyzeBody(csv, "text/csv", {})).rejects.toMatchObject({
      constructor: InvalidDatasetError,
      problems: [{ path: 'row 3, column "amountUsd"', message: 'expected number, received "x"' }],
    });
    const broken = new TextEncoder().encode("<graphml><graph></graphml>");
    await expect(runner.analyzeBody(broken, "application/xml", {})).rejects.toBeInstanceOf(
      MalformedDocumentError,
    );
    const converted = await runner.convertBody(
      new TextEncoder().encode(JSON.stringify(loopDataset())),
      "application/json",
      "graphml",
    );
    expect(converted.stem).toBe("roundtrip-test-1");
    expect(converted.file.body).toContain('<edge id="a-b" source="alpha" target="beta">');
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
  it("leaves /api/health answering while it is read and analysed", {
    timeout: 120_000,
  }, async () => {
    const runner = createAnalysisRunner({ graceMs: 60_000 });
    const app = createApp({ dataset: loopDataset(), runner });
    const finished: string[] = [];
    const heavy = request(app)
      .post("/api/analyze")
      .set("content-type", "text/csv")
      .send(heavyCsv())
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
    expect(analyzed.body.cycles.cycles).toEqual([
      { nodes: ["a", "b"], bottleneckUsd: 3, deals: [["a-b-loan-2025"], ["b-a-equity-2025"]] },
    ]);
    expect(finished).toEqual(["health", "analyze"]);
  });
});
