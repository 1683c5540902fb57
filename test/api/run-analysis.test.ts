import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { Worker } from "node:worker_threads";
import type { Express } from "express";
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
import { spawnAnalysisWorker } from "../../server/api/spawn-analysis-worker.js";
import { DatasetLimitError, MalformedDocumentError } from "../../server/dataset/import-error.js";
import { heavyCsv, heavyDataset, loopDataset } from "./api-fixtures.js";
import { gatedWorkers } from "./gated-workers.js";

describe("createAnalysisRunner", () => {
  it("gives exactly what analyzeDataset gives in-process", async () => {
    const runner = createAnalysisRunner({ concurrency: 1 });
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
    await runner.close();
  });

  it("brings engine errors back as their own classes", async () => {
    const runner = createAnalysisRunner({ concurrency: 1 });
    await expect(runner.run(loopDataset(), { maxLength: 1 })).rejects.toBeInstanceOf(
      InvalidOptionError,
    );
    const unknown = runner.run(loopDataset(), { entity: "nobody" });
    await expect(unknown).rejects.toBeInstanceOf(UnknownEntityError);
    await expect(unknown).rejects.toMatchObject({ entityId: "nobody" });
    await runner.close();
  });

  it("stops a worker that overruns its deadline", async () => {
    const runner = createAnalysisRunner({ concurrency: 1, graceMs: 0 });
    await expect(
      runner.run(heavyDataset(), { maxLength: 12, maxCycles: 100_000, timeBudgetMs: 0 }),
    ).rejects.toBeInstanceOf(AnalysisTimeoutError);
    await runner.close();
  });

  it("reads posted bodies in the worker, bringing their errors back located", async () => {
    const runner = createAnalysisRunner({ concurrency: 1 });
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
    await runner.close();
  });

  it("refuses work beyond its slots and queue", async () => {
    const runner = createAnalysisRunner({ concurrency: 1, maxQueue: 0 });
    const first = runner.run(loopDataset(), {});
    await expect(runner.run(loopDataset(), {})).rejects.toBeInstanceOf(ServerBusyError);
    await expect(first).resolves.toMatchObject({ summary: { entityCount: 4 } });
    await expect(runner.run(loopDataset(), {})).resolves.toBeDefined();
    await runner.close();
  });
});

describe("a POST /api/analyze in its worker", () => {
  it("leaves /api/health answering while the analysis holds the worker", {
    timeout: 120_000,
  }, async () => {
    const gate = gatedWorkers();
    const runner = createAnalysisRunner({ concurrency: 1, graceMs: 60_000 }, gate.spawn);
    const app = createApp({ dataset: loopDataset(), runner });
    const finished: string[] = [];
    try {
      gate.shut();
      const held = request(app)
        .post("/api/analyze")
        .set("content-type", "text/csv")
        .send(heavyCsv(5_000))
        .then((response) => {
          finished.push("analyze");
          return response;
        });
      // The job is in its worker, held there: an analysis on this event loop would never let
      // this loop see it waiting.
      await until(() => gate.held === 1);
      // Health answers again and again (timers fire too) while the analysis holds the worker.
      let health = await request(app).get("/api/health");
      for (let k = 0; k < 3; k++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        health = await request(app).get("/api/health");
        expect(runner.active).toBe(1);
      }
      finished.push("health");
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({ status: "ok", analysis: { running: 1 } });
      gate.open();
      const analyzed = await held;
      expect(analyzed.status).toBe(200);
      expect(analyzed.body.cycles.cycles).toEqual([
        {
          nodes: ["a", "b"],
          bottleneckUsd: 3,
          bottleneckHop: 1,
          committedBottleneckUsd: 3,
          deals: [["a-b-loan-2025"], ["b-a-equity-2025"]],
        },
      ]);
      expect(finished).toEqual(["health", "analyze"]);
    } finally {
      gate.open();
      await runner.close();
    }
  });
});

/** The loop dataset under another version: a distinct body (not answered from the POST cache). */
const loopBody = (version: string) => JSON.stringify({ ...loopDataset(), version });
/** POST the loop dataset (version v1) for analysis. */
const postLoop = (app: Express) =>
  request(app).post("/api/analyze").set("content-type", "application/json").send(loopBody("v1"));

/** Resolves once `ready()` holds (the test's own timeout bounds the wait). */
async function until(ready: () => boolean): Promise<void> {
  while (!ready()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe("POST /api/analyze on the worker pool", () => {
  it("reuses its pre-warmed workers across requests", async () => {
    const runner = createAnalysisRunner({ concurrency: 1 });
    const app = createApp({ dataset: loopDataset(), runner });
    for (const version of ["v1", "v2", "v3"]) {
      const response = await request(app)
        .post("/api/analyze")
        .set("content-type", "application/json")
        .send(loopBody(version))
        .expect(200);
      expect(response.body.summary.entityCount).toBe(4);
    }
    // One upload worker, plus the loaded dataset's own.
    expect(runner.started).toBe(2);
    await runner.close();
  });

  it("answers 500 analysis_crashed when the worker dies, and serves on with a new one", async () => {
    let spawned = 0;
    // The first worker dies on its first job; the ones after it are real.
    const spawn = () =>
      spawned++ === 0
        ? new Worker(
            'require("node:worker_threads").parentPort.on("message", () => process.exit(9));',
            { eval: true },
          )
        : spawnAnalysisWorker();
    const runner = createAnalysisRunner({ concurrency: 1 }, spawn);
    const app = createApp({ dataset: loopDataset(), runner });
    const crashed = await postLoop(app).expect(500);
    expect(crashed.body.error.code).toBe("analysis_crashed");
    await request(app).get("/api/health").expect(200);
    const after = await postLoop(app).expect(200);
    expect(after.body.summary.entityCount).toBe(4);
    expect(runner.started).toBe(3);
    await runner.close();
  });

  it("answers 503 analysis_timeout for a runaway analysis, and the next one runs", async () => {
    const runner = createAnalysisRunner({ concurrency: 1, graceMs: 0 });
    const app = createApp({ dataset: loopDataset(), runner });
    const stopped = await request(app)
      .post("/api/analyze?maxLength=12&maxCycles=100000&timeBudgetMs=0")
      .set("content-type", "application/json")
      .send(JSON.stringify(heavyDataset()))
      .expect(503);
    expect(stopped.body.error.code).toBe("analysis_timeout");
    expect(Number(stopped.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    expect(runner.started).toBe(3);
    // The replacement answers; graceMs 0 leaves the default 5 s budget as the deadline.
    const after = await postLoop(app).expect(200);
    expect(after.body.summary.entityCount).toBe(4);
    await runner.close();
  });

  it("answers 503 server_busy with Retry-After when the workers and the queue are full", async () => {
    const gate = gatedWorkers();
    const runner = createAnalysisRunner({ concurrency: 1, maxQueue: 0 }, gate.spawn);
    const app = createApp({ dataset: loopDataset(), runner });
    try {
      gate.shut();
      const held = request(app)
        .post("/api/analyze?timeBudgetMs=1500")
        .set("content-type", "application/json")
        .send(loopBody("v-held"))
        .then((response) => response);
      await until(() => gate.held === 1);
      const refused = await postLoop(app).expect(503);
      expect(refused.body.error.code).toBe("server_busy");
      // When the running job will probably be done: at least a second, never past its deadline.
      const retryAfter = Number(refused.headers["retry-after"]);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(Math.ceil((1_500 + 10_000) / 1000));
      gate.open();
      const done = await held;
      expect(done.status).toBe(200);
      expect(done.body.summary.entityCount).toBe(4);
    } finally {
      gate.open();
      await runner.close();
    }
  });

  it("withdraws a queued analysis when its client disconnects", async () => {
    const gate = gatedWorkers();
    const runner = createAnalysisRunner({ concurrency: 1 }, gate.spawn);
    const server = createApp({ dataset: loopDataset(), runner }).listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      gate.shut();
      const held = fetch(`http://127.0.0.1:${port}/api/analyze`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: loopBody("v-held"),
      });
      await until(() => gate.held === 1);
      const leaving = httpRequest({
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/api/analyze",
        headers: { "content-type": "application/json" },
      });
      leaving.on("error", () => {});
      leaving.end(loopBody("v-left"));
      await until(() => runner.queued === 1);
      leaving.destroy();
      await until(() => runner.queued === 0);
      // Withdrawn while the held analysis still holds the only worker.
      expect(runner.active).toBe(1);
      gate.open();
      expect((await held).status).toBe(200);
      expect(runner.started).toBe(2);
    } finally {
      gate.open();
      server.close();
      await runner.close();
    }
  });
});

describe("the runner's lanes and budgets (issue 16, findings 1 and 6)", () => {
  it("answers the loaded dataset's analyses while every upload worker is busy", async () => {
    const gate = gatedWorkers();
    const runner = createAnalysisRunner({ concurrency: 1, maxQueue: 0 }, gate.spawn);
    try {
      gate.shut();
      const upload = runner.analyzeBody(
        new TextEncoder().encode(loopBody("v-held")),
        "application/json",
        {},
      );
      await until(() => gate.held === 1);
      // Jobs from now on run; the upload still waits in the only upload worker.
      gate.admit();
      const viewer = await runner.run(loopDataset(), { maxLength: 3 });
      expect(viewer.summary.entityCount).toBe(4);
      expect(runner.active).toBe(1);
      gate.open();
      await expect(upload).resolves.toMatchObject({ analysis: { summary: { entityCount: 4 } } });
    } finally {
      gate.open();
      await runner.close();
    }
  });

  it("counts reading the body against the job's time budget", async () => {
    const runner = createAnalysisRunner({ concurrency: 1, graceMs: 60_000 });
    try {
      // Reading 50,000 rows takes longer than a 50 ms budget: no time is left for the cycles.
      const { analysis } = await runner.analyzeBody(
        new TextEncoder().encode(heavyCsv()),
        "text/csv",
        { timeBudgetMs: 50 },
      );
      expect(analysis.cycles.truncated).toBe(true);
      expect(analysis.cycles.truncatedReason).toBe("timeBudget");
    } finally {
      await runner.close();
    }
  });

  it("ends a job over its memory budget with a 413 naming the limit, and replaces the worker", async () => {
    // A long grace: on a loaded machine the deadline must not come before the memory limit.
    const runner = createAnalysisRunner({ concurrency: 1, maxJobMemoryMb: 48, graceMs: 60_000 });
    try {
      const error = await runner
        .analyzeBody(new TextEncoder().encode(heavyCsv(95_000)), "text/csv", {})
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DatasetLimitError);
      expect(error).toMatchObject({ limit: "maxJobMemoryMb", max: 48 });
      await expect(
        runner.analyzeBody(
          new TextEncoder().encode(JSON.stringify(loopDataset())),
          "application/json",
          {},
        ),
      ).resolves.toMatchObject({ analysis: { summary: { entityCount: 4 } } });
    } finally {
      await runner.close();
    }
  });
});
