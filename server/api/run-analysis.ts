// Run analyses (and the reading of posted bodies) off the main event loop: one fresh worker thread
// per job (a stuck or poisoned job dies with its worker), a few at a time, each with a deadline.
// Built (dist/server) the worker is dist/server/api/analysis-worker.js; from TypeScript source
// (vitest, tsx) the worker loads analysis-worker.ts through tsx's loader.

import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Analysis, AnalyzeOptions } from "../analysis/analyze-dataset.js";
import {
  InvalidDatasetError,
  InvalidOptionError,
  RoundtripError,
  UnknownEntityError,
} from "../analysis/errors.js";
import type { Dataset, Problem } from "../analysis/types.js";
import type { ExportedFile, ExportFormat } from "../dataset/export-dataset.js";
import { MalformedDocumentError, UnsupportedFormatError } from "../dataset/import-error.js";
import type { WorkerFailure, WorkerJob, WorkerReply, WorkerResult } from "./analysis-worker.js";
import { AnalysisTimeoutError, ServerBusyError } from "./http-errors.js";

export interface AnalysisRunnerOptions {
  /** Workers at once (the machine has 2 cores). */
  concurrency: number;
  /** Jobs waiting for a worker before new ones are refused (503). */
  maxQueue: number;
  /** Added to the job's timeBudgetMs before the worker is stopped. */
  graceMs: number;
}

export const ANALYSIS_RUNNER_DEFAULTS: Readonly<AnalysisRunnerOptions> = Object.freeze({
  concurrency: 2,
  maxQueue: 16,
  graceMs: 15_000,
});

export interface AnalysisRunner {
  run(dataset: Dataset, options: Partial<AnalyzeOptions>): Promise<Analysis>;
  /** Read a posted body (any readDataset format) and analyse it, both in the worker. */
  analyzeBody(
    body: Uint8Array,
    contentType: string,
    options: Partial<AnalyzeOptions>,
  ): Promise<{ analysis: Analysis; warnings: Problem[] }>;
  /** Read a posted body and write it in another format, in the worker. */
  convertBody(
    body: Uint8Array,
    contentType: string,
    format: ExportFormat,
  ): Promise<{ file: ExportedFile; stem: string }>;
  /** Jobs running in a worker right now. */
  readonly active: number;
  /** Stop every worker (graceful shutdown). */
  close(): Promise<void>;
}

function spawnWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith(".ts")) {
    const tsx = createRequire(here)
      .resolve("tsx/esm/api")
      .replace(/\.cjs$/, ".mjs");
    const target = new URL("./analysis-worker.ts", here).href;
    const code = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(target)}); });`;
    return new Worker(code, { eval: true });
  }
  // Bundled into dist/server/main.js (worker beside it in api/) or run as dist/server/api/*.js.
  const candidates = [
    new URL("./api/analysis-worker.js", here),
    new URL("./analysis-worker.js", here),
  ];
  const file = candidates.find((url) => existsSync(fileURLToPath(url))) ?? candidates[0]!;
  return new Worker(file);
}

/** The worker's error as the class it was, so that error-handler maps it to the same status. */
function toError(failure: WorkerFailure): Error {
  const { name, message, problems = [], warnings = [] } = failure;
  switch (name) {
    case "UnknownEntityError":
      return new UnknownEntityError(
        failure.functionName ?? "analyzeDataset",
        failure.entityId ?? "",
      );
    case "InvalidOptionError":
      return new InvalidOptionError(message);
    case "InvalidDatasetError":
      return new InvalidDatasetError(problems, warnings);
    case "MalformedDocumentError":
      return new MalformedDocumentError(failure.functionName ?? "readDataset", problems);
    case "UnsupportedFormatError":
      return new UnsupportedFormatError(message);
    case "RoundtripError":
      return new RoundtripError(message);
    default:
      return new Error(message);
  }
}

export function createAnalysisRunner(options: Partial<AnalysisRunnerOptions> = {}): AnalysisRunner {
  const { concurrency, maxQueue, graceMs } = { ...ANALYSIS_RUNNER_DEFAULTS, ...options };
  const running = new Set<Worker>();
  const waiting: (() => void)[] = [];
  let active = 0;

  const acquire = (): Promise<void> => {
    if (active < concurrency) {
      active++;
      return Promise.resolve();
    }
    if (waiting.length >= maxQueue) {
      return Promise.reject(
        new ServerBusyError("runAnalysis: every analysis slot is busy; retry later"),
      );
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };

  const runOne = (job: WorkerJob): Promise<WorkerResult> =>
    new Promise((resolve, reject) => {
      const worker = spawnWorker();
      running.add(worker);
      const budget = job.kind === "convertBody" ? 0 : (job.options.timeBudgetMs ?? 0);
      const limitMs = (Number.isFinite(budget) ? budget : 0) + graceMs;
      const deadline = setTimeout(() => {
        void worker.terminate();
        reject(new AnalysisTimeoutError(`runAnalysis: no result within ${limitMs} ms; stopped`));
      }, limitMs);
      const finish = () => {
        clearTimeout(deadline);
        running.delete(worker);
        void worker.terminate();
      };
      worker.once("message", (reply: WorkerReply) => {
        finish();
        if (reply.ok) resolve(reply.result);
        else reject(toError(reply.failure));
      });
      worker.once("error", (error) => {
        finish();
        reject(error);
      });
      worker.once("exit", () => {
        finish();
        reject(
          new AnalysisTimeoutError("runAnalysis: the analysis worker stopped without a result"),
        );
      });
      worker.postMessage(job);
    });

  const runJob = async (job: WorkerJob): Promise<WorkerResult> => {
    await acquire();
    try {
      return await runOne(job);
    } finally {
      release();
    }
  };
  const analysisOf = (result: WorkerResult) => {
    if (result.kind !== "analysis") throw new RoundtripError("runAnalysis: expected an analysis");
    return result;
  };

  return {
    async run(dataset, analyzeOptions) {
      return analysisOf(await runJob({ kind: "analyze", dataset, options: analyzeOptions }))
        .analysis;
    },
    async analyzeBody(body, contentType, analyzeOptions) {
      const { analysis, warnings } = analysisOf(
        await runJob({ kind: "analyzeBody", body, contentType, options: analyzeOptions }),
      );
      return { analysis, warnings };
    },
    async convertBody(body, contentType, format) {
      const result = await runJob({ kind: "convertBody", body, contentType, format });
      if (result.kind !== "file") throw new RoundtripError("runAnalysis: expected a file");
      return { file: result.file, stem: result.stem };
    },
    get active() {
      return running.size;
    },
    async close() {
      await Promise.all([...running].map((worker) => worker.terminate()));
    },
  };
}
