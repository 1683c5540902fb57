// One kind of request to the analysis worker, latest wins (the dataset is sent to a worker once and
// kept there): a request sent while the worker is
// still busy with an older one terminates it and starts a fresh worker (the older answer is no
// longer wanted, and a worker cannot be interrupted otherwise). Without workers (Node), the same
// answers come from a later task on the same thread.

import type { Dataset } from "@engine";
import {
  type AnalysisAnswer,
  type AnalysisMessage,
  type AnalysisRequest,
  type AnalysisResponse,
  answerAnalysis,
} from "./answer-analysis.js";

type Kind = AnalysisRequest["kind"];
type RequestOf<K extends Kind> = Extract<AnalysisRequest, { kind: K }>;
type AnswerOf<K extends Kind> = Extract<AnalysisAnswer, { kind: K }>;

export interface WorkerChannel<K extends Kind> {
  send(request: Omit<RequestOf<K>, "id" | "kind">): void;
  dispose(): void;
}

export function createWorkerChannel<K extends Kind>(
  kind: K,
  createWorker: () => Worker,
  receive: (answer: AnswerOf<K>) => void,
): WorkerChannel<K> {
  let worker: Worker | null = null;
  /** The dataset the current worker holds: it is copied to a worker once, not with every request. */
  let held: Dataset | null = null;
  let busy = false;
  let latest = 0;
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
  return {
    send(request) {
      if (worker !== null && busy) {
        worker.terminate();
        worker = null;
      }
      if (worker === null) {
        held = null;
        worker = createWorker();
        worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
          const response = event.data;
          if (response.id !== latest) return;
          busy = false;
          if (response.kind === "error") {
            console.error(`analysis worker (${kind}) failed: ${response.error}`);
            return;
          }
          if (response.kind === kind) receive(response as AnswerOf<K>);
        };
      }
      busy = true;
      const full: AnalysisRequest = { ...request, kind, id: ++latest } as RequestOf<K>;
      const { dataset, ...rest } = full;
      const message: AnalysisMessage = dataset === held ? rest : full;
      held = dataset;
      worker.postMessage(message);
    },
    dispose() {
      worker?.terminate();
      worker = null;
      held = null;
    },
  };
}
