// One kind of request to the analysis worker, latest wins (the dataset is sent to a worker once and
// kept there): a request sent while the worker is still busy with an older one terminates it and
// starts a fresh worker (the older answer is no longer wanted, and a worker cannot be interrupted
// otherwise) — or, with `whenBusy: "queue"` (short requests), waits for the busy one to finish
// and goes to the same, warm worker (only the latest waiting request is kept). Without workers
// (Node), the same answers come from a later task on the same thread.

import type { Dataset } from "@engine";
import {
  type AnalysisAnswer,
  type AnalysisMessage,
  type AnalysisRequest,
  type AnalysisResponse,
  answerAnalysis,
} from "./answer-analysis.js";
import { datasetJsonBytesOf } from "./dataset-json.js";

type Kind = AnalysisRequest["kind"];
type RequestOf<K extends Kind> = Extract<AnalysisRequest, { kind: K }>;
type AnswerOf<K extends Kind> = Extract<AnalysisAnswer, { kind: K }>;

export interface WorkerChannel<K extends Kind> {
  send(request: Omit<RequestOf<K>, "id" | "kind">): void;
  dispose(): void;
}

export interface WorkerChannelOptions {
  /**
   * A request sent while the worker is busy: "replace" terminates the worker and starts another
   * (long requests: the older answer would come late), "queue" waits for the worker (short
   * requests: a fresh worker starts cold, unoptimised, and is several times slower).
   */
  whenBusy: "replace" | "queue";
}

export const WORKER_CHANNEL_DEFAULTS: Readonly<WorkerChannelOptions> = Object.freeze({
  whenBusy: "replace",
});

export function createWorkerChannel<K extends Kind>(
  kind: K,
  createWorker: () => Worker,
  receive: (answer: AnswerOf<K>) => void,
  options: Partial<WorkerChannelOptions> = {},
): WorkerChannel<K> {
  const { whenBusy } = { ...WORKER_CHANNEL_DEFAULTS, ...options };
  let worker: Worker | null = null;
  /** The dataset the current worker holds: it is copied to a worker once, not with every request. */
  let held: Dataset | null = null;
  let busy = false;
  let latest = 0;
  /** The latest request sent while the worker was busy (queue mode): it goes when it is free. */
  let waiting: RequestOf<K> | null = null;
  if (typeof Worker === "undefined") {
    // No workers (Node, in the unit tests): answer in a later task, still latest-wins.
    return {
      send(request) {
        const id = ++latest;
        const full = { ...request, kind, id } as RequestOf<K>;
        setTimeout(() => {
          if (id === latest) receive(answerAnalysis(full) as AnswerOf<K>);
        }, 0);
      },
      dispose() {
        latest = -1;
      },
    };
  }
  const post = (full: RequestOf<K>) => {
    if (worker === null) {
      held = null;
      worker = createWorker();
      worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
        const response = event.data;
        busy = false;
        if (waiting !== null) {
          // An older request's answer: the waiting one supersedes it.
          const next = waiting;
          waiting = null;
          post(next);
          return;
        }
        if (response.id !== latest) return;
        if (response.kind === "error") {
          console.error(`analysis worker (${kind}) failed: ${response.error}`);
          return;
        }
        if (response.kind === kind) receive(response as AnswerOf<K>);
      };
    }
    busy = true;
    const { dataset, ...rest } = full as AnalysisRequest;
    // The dataset goes once per worker, as its JSON's bytes where the page has its text.
    const json = dataset === held ? null : datasetJsonBytesOf(dataset);
    const message: AnalysisMessage =
      dataset === held ? rest : json === null ? full : { ...rest, datasetJson: json };
    held = dataset;
    worker.postMessage(message);
  };
  return {
    send(request) {
      const full = { ...request, kind, id: ++latest } as RequestOf<K>;
      if (worker !== null && busy) {
        if (whenBusy === "queue") {
          waiting = full;
          return;
        }
        worker.terminate();
        worker = null;
      }
      post(full);
    },
    dispose() {
      worker?.terminate();
      worker = null;
      held = null;
      waiting = null;
    },
  };
}
