// Run analyses (and the reading of posted bodies) off the main event loop, in pools of
// long-lived, pre-warmed worker threads (create-worker-pool): bounded queue, a deadline per job
// that stops runaway work, a memory limit per worker, a crashed or stopped worker replaced, queued
// work cancellable. Two lanes: the loaded dataset's analyses (the viewer's GETs) have their own
// worker, which posted datasets (uploads) can never fill.

import type { Worker } from "node:worker_threads";
import type { Analysis, AnalyzeOptions } from "../analysis/analyze-dataset.js";
import type { HistoryOptions } from "../analysis/compute-history.js";
import { RoundtripError } from "../analysis/errors.js";
import type { InclusionOptions } from "../analysis/inclusion.js";
import type { CentralityRanking } from "../analysis/rank-centrality.js";
import type { ScenarioOptions } from "../analysis/scenario-options.js";
import type { Dataset, Problem } from "../analysis/types.js";
import type { ExportedFile, ExportFormat } from "../dataset/export-dataset.js";
import { DatasetLimitError } from "../dataset/import-error.js";
import { reviveError } from "../error-table.js";
import type { WorkerJob, WorkerReply, WorkerResult } from "./analysis-worker.js";
import { createWorkerPool, WORKER_POOL_DEFAULTS } from "./create-worker-pool.js";
import { AnalysisCrashedError } from "./http-errors.js";
import type { SerializedJson } from "./serialize-json.js";
import { spawnAnalysisWorker } from "./spawn-analysis-worker.js";
import { WORKER_READY } from "./worker-ready.js";

export interface AnalysisRunnerOptions {
  /** Worker threads kept running (default: the machine's available parallelism). */
  concurrency: number;
  /** Jobs waiting for a worker before new ones are refused (503). */
  maxQueue: number;
  /** Added to the job's timeBudgetMs before the worker is stopped (and replaced). */
  graceMs: number;
  /** Workers for the loaded dataset's analyses, apart from the uploads' ones. */
  interactiveWorkers: number;
  /** Old-generation heap of one worker: a job past it is ended, its worker replaced (413). */
  maxJobMemoryMb: number;
  /**
   * Nice value of the uploads' worker threads (Linux, per thread): the event loop (health, cached
   * GETs) and the loaded dataset's worker get the cores first. 0 leaves their priority alone.
   */
  uploadNiceness: number;
}

export const ANALYSIS_RUNNER_DEFAULTS: Readonly<AnalysisRunnerOptions> = Object.freeze({
  concurrency: WORKER_POOL_DEFAULTS.size,
  maxQueue: WORKER_POOL_DEFAULTS.maxQueue,
  graceMs: 10_000,
  interactiveWorkers: 1,
  maxJobMemoryMb: 768,
  uploadNiceness: 10,
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
  /** PageRank and betweenness with ranks (rankCentrality) of a loaded dataset, in the worker. */
  centrality(
    dataset: Dataset,
    options: Partial<InclusionOptions>,
    signal?: AbortSignal,
  ): Promise<CentralityRanking>;
  /** Jobs running in a worker right now. */
  readonly active: number;
  /** Jobs waiting for a worker. */
  readonly queued: number;
  /** Worker threads started so far: the pools' sizes, plus one per replacement. */
  readonly started: number;
  /** How long a posted dataset sent now would wait for a worker (Retry-After). */
  estimateWaitMs(): number;
  /** Resolves once no job runs or waits (graceful shutdown). */
  whenIdle(): Promise<void>;
  /** Stop every worker (graceful shutdown). */
  close(): Promise<void>;
}

/** The exposure step of an analysis gets 1/3 of the job's deadline (timeBudgetMs + graceMs). */
export const EXPOSURE_SHARE_OF_DEADLINE = 3;

/**
 * And it ends, whenever it started, by 4/5 of the job's deadline (counted from when the worker
 * takes the job): the last fifth is left to what follows it (summary, serialization), so that a
 * slow reading or cycle search on a loaded machine still ends in 413 over_time_budget, not 503.
 */
export const EXPOSURE_END_OF_DEADLINE = 4 / 5;

/** A worker that ran out of its heap: the job was over its memory budget. */
function overMemory(error: unknown, maxJobMemoryMb: number): unknown {
  const cause = error instanceof AnalysisCrashedError ? error.cause : undefined;
  if ((cause as { code?: unknown } | undefined)?.code !== "ERR_WORKER_OUT_OF_MEMORY") return error;
  return new DatasetLimitError(
    "runAnalysis",
    "maxJobMemoryMb",
    maxJobMemoryMb,
    "MB of memory for one analysis; the job was stopped",
  );
}

export function createAnalysisRunner(
  options: Partial<AnalysisRunnerOptions> = {},
  spawn?: () => Worker,
): AnalysisRunner {
  const { concurrency, maxQueue, graceMs, interactiveWorkers, maxJobMemoryMb, uploadNiceness } = {
    ...ANALYSIS_RUNNER_DEFAULTS,
    ...options,
  };
  const limits = { maxOldGenerationSizeMb: maxJobMemoryMb };
  const start = spawn ?? (() => spawnAnalysisWorker(limits));
  const startUpload = spawn ?? (() => spawnAnalysisWorker(limits, uploadNiceness));
  const isReadyMessage = (message: unknown) => message === WORKER_READY;
  const uploads = createWorkerPool<WorkerJob, WorkerReply>(startUpload, {
    size: concurrency,
    maxQueue,
    isReadyMessage,
  });
  const interactive = createWorkerPool<WorkerJob, WorkerReply>(start, {
    size: interactiveWorkers,
    maxQueue,
    isReadyMessage,
  });
  const pools = [interactive, uploads];

  const runJob = async (posted: WorkerJob, signal?: AbortSignal): Promise<WorkerResult> => {
    let job = posted;
    const budget =
      job.kind === "convertBody" ||
      job.kind === "stress" ||
      job.kind === "stressBody" ||
      job.kind === "centrality"
        ? 0
        : (job.options.timeBudgetMs ?? 0);
    const limitMs = (Number.isFinite(budget) ? budget : 0) + graceMs;
    // The exposure step's own budget: a third of the job's deadline (5 s by default), so that
    // it ends (413 over_time_budget) before the deadline stops the worker (503): reading and
    // the cycle search have timeBudgetMs, the rest of the job the remaining margin.
    if (job.kind === "analyze" || job.kind === "analyzeBody" || job.kind === "answerBody") {
      const asked = job.options.exposureBudgetMs ?? Number.POSITIVE_INFINITY;
      const exposureBudgetMs = Math.min(asked, limitMs / EXPOSURE_SHARE_OF_DEADLINE);
      const deadlineMs = limitMs * EXPOSURE_END_OF_DEADLINE;
      job = { ...job, options: { ...job.options, exposureBudgetMs }, deadlineMs };
    }
    // The loaded dataset's own questions (the viewer's) never queue behind posted datasets.
    const pool =
      job.kind === "analyze" || job.kind === "stress" || job.kind === "centrality"
        ? interactive
        : uploads;
    let reply: WorkerReply;
    try {
      reply = await pool.run(job, limitMs, signal);
    } catch (error) {
      throw overMemory(error, maxJobMemoryMb);
    }
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
    async centrality(dataset, inclusion, signal) {
      const result = await runJob({ kind: "centrality", dataset, options: inclusion }, signal);
      if (result.kind !== "centrality")
        throw new RoundtripError("runAnalysis: expected centrality");
      return result.ranking;
    },
    async convertBody(body, contentType, format, signal) {
      const result = await runJob({ kind: "convertBody", body, contentType, format }, signal);
      if (result.kind !== "file") throw new RoundtripError("runAnalysis: expected a file");
      return { file: result.file, stem: result.stem };
    },
    get active() {
      return interactive.busy + uploads.busy;
    },
    get queued() {
      return interactive.queued + uploads.queued;
    },
    get started() {
      return interactive.started + uploads.started;
    },
    estimateWaitMs: () => uploads.estimateWaitMs(),
    whenIdle: async () => {
      await Promise.all(pools.map((pool) => pool.whenIdle()));
    },
    close: async () => {
      await Promise.all(pools.map((pool) => pool.close()));
    },
  };
}
