// Worker-thread entry: jobs off the server's event loop — analyse a dataset, read and analyse a
// posted body (the analysis itself, or the serialized POST /api/analyze answer), or convert a
// posted body to an export format — then post the result, or the error as data (error-table's
// serializeError). A worker lives on and takes job after job, one at a
// time (create-worker-pool); every job is independent of the ones before it.

import { getPriority, setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { type Analysis, type AnalyzeOptions, analyzeDataset } from "../analysis/analyze-dataset.js";
import { buildFinancingGraph } from "../analysis/build-financing-graph.js";
import { computeHistory, type HistoryOptions } from "../analysis/compute-history.js";
import { computeFlowMatrix } from "../analysis/flow-matrix.js";
import type { InclusionOptions } from "../analysis/inclusion.js";
import { type CentralityRanking, rankCentrality } from "../analysis/rank-centrality.js";
import { runScenario } from "../analysis/run-scenario.js";
import type { ScenarioOptions } from "../analysis/scenario-options.js";
import type { Dataset, Problem } from "../analysis/types.js";
import { collapseProblems } from "../dataset/collapse-problems.js";
import {
  type ExportedFile,
  type ExportFormat,
  exportDataset,
  exportFileStem,
} from "../dataset/export-dataset.js";
import { readDataset } from "../dataset/read-dataset.js";
import { type SerializedError, serializeError } from "../error-table.js";
import { analyzeAnswer } from "./analyze-answer.js";
import { serializeJson } from "./serialize-json.js";
import type { AnalysisWorkerData } from "./spawn-analysis-worker.js";
import { WORKER_READY } from "./worker-ready.js";

/** An analysis's exposure step ends by `deadlineMs` after the worker took the job (when set). */
interface Deadline {
  deadlineMs?: number;
}

export type WorkerJob =
  | ({ kind: "analyze"; dataset: Dataset; options: Partial<AnalyzeOptions> } & Deadline)
  | ({
      kind: "analyzeBody";
      body: Uint8Array;
      contentType: string;
      options: Partial<AnalyzeOptions>;
    } & Deadline)
  | ({
      kind: "answerBody";
      body: Uint8Array;
      contentType: string;
      options: Partial<AnalyzeOptions>;
    } & Deadline)
  | { kind: "convertBody"; body: Uint8Array; contentType: string; format: ExportFormat }
  | { kind: "stress"; dataset: Dataset; options: Partial<ScenarioOptions> }
  | { kind: "history"; dataset: Dataset; options: Partial<HistoryOptions> }
  | { kind: "centrality"; dataset: Dataset; options: Partial<InclusionOptions> }
  | {
      kind: "stressBody";
      body: Uint8Array;
      contentType: string;
      options: Partial<ScenarioOptions>;
    };

export type WorkerResult =
  | { kind: "analysis"; analysis: Analysis; warnings: Problem[] }
  | { kind: "centrality"; ranking: CentralityRanking }
  | { kind: "json"; body: Uint8Array<ArrayBuffer>; etag: string }
  | { kind: "file"; file: ExportedFile; stem: string };

export type WorkerReply =
  | { ok: true; result: WorkerResult }
  | { ok: false; failure: SerializedError };

/** A posted body read, its warnings collapsed (a count and examples, never one line per row). */
function readBody(job: { body: Uint8Array; contentType: string }) {
  const { dataset, warnings } = readDataset(job.body, { contentType: job.contentType });
  return { dataset, warnings: collapseProblems(warnings) };
}

/**
 * The job's options with what is left of its time budget once the body was read: one budget
 * covers reading and the cycle search (the pool's hard deadline covers the rest).
 */
function remaining(options: Partial<AnalyzeOptions>, startedAt: number): Partial<AnalyzeOptions> {
  const budget = options.timeBudgetMs;
  if (budget === undefined || !Number.isFinite(budget)) return options;
  return { ...options, timeBudgetMs: Math.max(0, budget - (performance.now() - startedAt)) };
}

/** When the job's exposure step must end (performance.now() time): one deadline per job. */
function deadlineOf(job: Deadline, startedAt: number): number {
  return job.deadlineMs === undefined ? Number.POSITIVE_INFINITY : startedAt + job.deadlineMs;
}

async function perform(job: WorkerJob): Promise<WorkerResult> {
  const startedAt = performance.now();
  switch (job.kind) {
    case "analyze": {
      const analysis = analyzeDataset(job.dataset, job.options, deadlineOf(job, startedAt));
      return { kind: "analysis", analysis, warnings: [] };
    }
    case "analyzeBody": {
      const { dataset, warnings } = readBody(job);
      const options = remaining(job.options, startedAt);
      const analysis = analyzeDataset(dataset, options, deadlineOf(job, startedAt));
      return { kind: "analysis", analysis, warnings };
    }
    case "answerBody": {
      // Serialized here: the main thread neither clones the analysis nor stringifies it.
      const { dataset, warnings } = readBody(job);
      const options = remaining(job.options, startedAt);
      const analysis = analyzeDataset(dataset, options, deadlineOf(job, startedAt));
      return { kind: "json", ...serializeJson(analyzeAnswer(analysis, warnings)) };
    }
    case "history":
      return { kind: "json", ...serializeJson(computeHistory(job.dataset, job.options)) };
    case "centrality": {
      const flow = computeFlowMatrix(buildFinancingGraph(job.dataset), job.options);
      return { kind: "centrality", ranking: rankCentrality(flow) };
    }
    case "stress":
      return {
        kind: "json",
        ...serializeJson(runScenario(buildFinancingGraph(job.dataset), job.options)),
      };
    case "stressBody": {
      const { dataset, warnings } = readBody(job);
      const result = runScenario(buildFinancingGraph(dataset), job.options);
      return { kind: "json", ...serializeJson({ ...result, warnings }) };
    }
    case "convertBody": {
      const { dataset } = readBody(job);
      return {
        kind: "file",
        file: await exportDataset(dataset, job.format),
        stem: exportFileStem(dataset, "export"),
      };
    }
  }
}

/** The error as data (error-table), its located problems collapsed like a body's warnings. */
function describe(error: unknown): SerializedError {
  const failure = serializeError(error);
  for (const key of ["problems", "warnings"]) {
    const list = failure.fields[key];
    if (Array.isArray(list)) failure.fields[key] = collapseProblems(list);
  }
  return failure;
}

parentPort?.on("message", async (job: WorkerJob) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, result: await perform(job) };
  } catch (error) {
    reply = { ok: false, failure: describe(error) };
  }
  const moved = reply.ok && reply.result.kind === "json" ? [reply.result.body.buffer] : [];
  parentPort?.postMessage(reply, moved);
});

// An upload's worker yields the CPU to the event loop and the viewer's worker: on Linux the nice
// value of setpriority(PRIO_PROCESS, 0) is this thread's own.
const niceness = (workerData as Partial<AnalysisWorkerData> | null)?.niceness ?? 0;
if (niceness > 0) {
  try {
    setPriority(Math.min(19, getPriority() + niceness));
  } catch {
    // Not permitted here: the worker runs at the server's priority.
  }
}

// Once, when this module (and the engine) has loaded: the pool's deadlines count from here.
parentPort?.postMessage(WORKER_READY);
