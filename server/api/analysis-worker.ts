// Worker-thread entry: runs analyzeDataset for one job off the server's event loop and posts the
// result (or the error's class name and message) back. run-analysis starts one per job.

import { parentPort } from "node:worker_threads";
import { type AnalyzeOptions, analyzeDataset } from "../analysis/analyze-dataset.js";
import type { Dataset } from "../analysis/types.js";

export interface AnalysisJob {
  dataset: Dataset;
  options: Partial<AnalyzeOptions>;
}

export type AnalysisReply =
  | { ok: true; analysis: ReturnType<typeof analyzeDataset> }
  | { ok: false; name: string; message: string; entityId?: string };

parentPort?.once("message", (job: AnalysisJob) => {
  let reply: AnalysisReply;
  try {
    reply = { ok: true, analysis: analyzeDataset(job.dataset, job.options) };
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    const entityId = (error as { entityId?: unknown }).entityId;
    reply = { ok: false, name, message, ...(typeof entityId === "string" ? { entityId } : {}) };
  }
  parentPort?.postMessage(reply);
});
