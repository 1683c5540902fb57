// Run analyses (and the reading of posted bodies) off the main event loop, in a pool of
// long-lived, pre-warmed worker threads (create-worker-pool): bounded queue, a deadline per job
// that stops runaway work, a crashed or stopped worker replaced, queued work cancellable.

import type { Worker } from "node:worker_threads";
import type { Analysis, AnalyzeOptions } from "../analysis/analyze-dataset.js";
import type { HistoryOptions } from "../analysis/compute-history.js";
import { RoundtripError } from "../analysis/errors.js";
import type { ScenarioOptions } from "../analysis/scenario-options.js";
import type { Dataset, Problem } from "../analysis/types.js";
import type { ExportedFile, ExportFormat } from "../dataset/export-dataset.js";
import { reviveError } from "../error-table.js";
import type { WorkerJob, WorkerReply, WorkerResult } from "./analysis-worker.js";
import { createWorkerPool, WORKER_POOL_DEFAULTS } from "./create-worker-pool.js";
import type { SerializedJson } from "./serialize-json.js";
import { spawnAnalysisWorker } from "./spawn-analysis-worker.js";

export interface AnalysisRunnerOptions {
  /** Worker threads kept running (default: the machine's available parallelism). */
  concurrency: number;
  /** Jobs waiting for a worker before new ones are refused (503). */
  maxQueue: number;
  /** Added to the job's timeBudgetMs before the worker is stopped (and replaced). */
  graceMs: number;
}

export const ANALYSIS_RUNNER_DEFAULTS: Readonly<AnalysisRunnerOptions> = Object.freeze({
  concurrency: WORKER_POOL_DEFAULTS.size,
  maxQueue: WORKER_POOL_DEFAULTS.maxQueue,
  graceMs: 15_000,
});

export interface AnalysisRunner {
  run(dataset: Dataset, options: Partial<AnalyzeOptions>, signal?: AbortSignal): Promise<Analysis>;
  /** Read a posted body (any readDataset format) and analyse it, both in the worker. */
  analyzeBody(
    body: Uint8Array,
    contentType: string,
    options: Partial<AnalyzeOptions>,
    signal?: AbortSignal,
  ): Promise<{ analysis: Analysis; warnings: Problem[] }>;
  /** Read a posted body, analyse it and serialize the POST /api/analyze answer, in the worker. */
  answerBody(
    body: Uint8Array,
    contentType: string,
    options: Partial<AnalyzeOptions>,
    signal?: AbortSignal,
  ): Promise<SerializedJson>;
  /** Read a posted body and write it in another format, in the worker. */
  convertBody(
    body: Uint8Array,
    contentType: string,
    format: ExportFormat,
    signal?: AbortSignal,
  ): Promise<{ file: ExportedFile; stem: string }>;
  /**
   * A stress scenario (SPEC §6) serialized in the worker: over a dataset already loaded, or over a
   * posted body (any readDataset format; the answer then carries the reader's `warnings`).
   */
  stress(
    input: { dataset: Dataset } | { body: Uint8Array; contentType: string },
    options: Partial<ScenarioOptions>,
    signal?: AbortSignal,
  ): Promise<SerializedJson>;
  /** The history (SPEC §7) of a loaded dataset, serialized in the worker. */
  history(
    dataset: Dataset,
    options: Partial<HistoryOptions>,
    signal?: AbortSignal,
  ): Promise<SerializedJson>;
  /** Jobs running in a worker right now. */
  readonly active: number;
  /** Jobs waiting for a worker. */
  readonly queued: number;
  /** Worker threads started so far: the pool's size, plus one per replacement. */
  readonly started: number;
  /** Stop every worker (graceful shutdown). */
  close(): Promise<void>;
}

export function createAnalysisRunner(
  options: Partial<AnalysisRunnerOptions> = {},
  spawn: () => Worker = spawnAnalysisWorker,
): AnalysisRunner {
  const { concurrency, maxQueue, graceMs } = { ...ANALYSIS_RUNNER_DEFAULTS, ...options };
  const pool = createWorkerPool<WorkerJob, WorkerReply>(spawn, { size: concurrency, maxQueue });

  const runJob = async (job: WorkerJob, signal?: AbortSignal): Promise<WorkerResult> => {
    const budget =
      job.kind === "convertBody" || job.kind === "stress" || job.kind === "stressBody"
        ? 0
        : (job.options.timeBudgetMs ?? 0);
    const limitMs = (Number.isFinite(budget) ? budget : 0) + graceMs;
    const reply = await pool.run(job, limitMs, signal);
    if (reply.ok) return reply.result;
    // As the class it was, so that error-handler maps it to the same status.
    throw reviveError(reply.failure);
  };
  const analysisOf = (result: WorkerResult) => {
    if (result.kind !== "analysis") throw new RoundtripError("runAnalysis: expected an analysis");
    return result;
  };

  return {
    async run(dataset, analyzeOptions, signal) {
      return analysisOf(await runJob({ kind: "analyze", dataset, options: analyzeOptions }, signal))
        .analysis;
    },
    async analyzeBody(body, contentType, analyzeOptions, signal) {
      const { analysis, warnings } = analysisOf(
        await runJob({ kind: "analyzeBody", body, contentType, options: analyzeOptions }, signal),
      );
      return { analysis, warnings };
    },
    async answerBody(body, contentType, analyzeOptions, signal) {
      const result = await runJob(
        { kind: "answerBody", body, contentType, options: analyzeOptions },
        signal,
      );
      if (result.kind !== "json") throw new RoundtripError("runAnalysis: expected a JSON answer");
      return { body: result.body, etag: result.etag };
    },
    async stress(input, scenarioOptions, signal) {
      const job: WorkerJob =
        "dataset" in input
          ? { kind: "stress", dataset: input.dataset, options: scenarioOptions }
          : { kind: "stressBody", ...input, options: scenarioOptions };
      const result = await runJob(job, signal);
      if (result.kind !== "json") throw new RoundtripError("runAnalysis: expected a JSON answer");
      return { body: result.body, etag: result.etag };
    },
    async history(dataset, historyOptions, signal) {
      const result = await runJob({ kind: "history", dataset, options: historyOptions }, signal);
      if (result.kind !== "json") throw new RoundtripError("runAnalysis: expected a JSON answer");
      return { body: result.body, etag: result.etag };
    },
    async convertBody(body, contentType, format, signal) {
      const result = await runJob({ kind: "convertBody", body, contentType, format }, signal);
      if (result.kind !== "file") throw new RoundtripError("runAnalysis: expected a file");
      return { file: result.file, stem: result.stem };
    },
    get active() {
      return pool.busy;
    },
    get queued() {
      return pool.queued;
    },
    get started() {
      return pool.started;
    },
    close: () => pool.close(),
  };
}
