import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type AnalysisAnswer,
  type AnalysisMessage,
  answerAnalysis,
  createMessageAnswerer,
} from "../../client/answer-analysis.js";
import { rememberDatasetJson } from "../../client/dataset-json.js";
import { FILTER_DEFAULTS } from "../../client/view-state.js";
import { createWorkerChannel } from "../../client/worker-channel.js";
import { exportJson } from "../../server/dataset/export-json.js";
import { FIXTURE } from "./fixture-dataset.js";

/** A worker on this thread: it answers with createMessageAnswerer, as analysis-worker.ts does. */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  readonly posted: AnalysisMessage[] = [];
  terminated = false;
  private readonly answer = createMessageAnswerer();
  /** Answers wait for `flush`, so a test can send while the worker is busy. */
  private readonly queue: AnalysisMessage[] = [];
  postMessage(message: AnalysisMessage): void {
    // What crosses to a worker is a structured clone.
    const copy = structuredClone(message);
    this.posted.push(copy);
    this.queue.push(copy);
  }
  flush(): void {
    for (const message of this.queue.splice(0)) {
      if (!this.terminated) this.onmessage?.({ data: this.answer(message) } as MessageEvent);
    }
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** A "figures" channel over fake workers, with every worker it made and every answer it gave. */
function figuresChannel(options?: Parameters<typeof createWorkerChannel>[3]) {
  const workers: FakeWorker[] = [];
  const answers: AnalysisAnswer[] = [];
  const channel = createWorkerChannel(
    "figures",
    () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
    (answer) => answers.push(answer),
    options,
  );
  return { workers, answers, channel };
}

describe("createWorkerChannel", () => {
  const saved = globalThis.Worker;
  beforeEach(() => {
    globalThis.Worker = FakeWorker as unknown as typeof Worker;
  });
  afterEach(() => {
    globalThis.Worker = saved;
  });

  it("copies the dataset to a worker once, again to a replacement worker, and answers as with the full request", () => {
    const { workers, answers, channel } = figuresChannel();
    const committed = { ...FILTER_DEFAULTS, view: "committed" as const };
    channel.send({ dataset: FIXTURE, filters: committed, asOf: null });
    workers[0]!.flush();
    channel.send({ dataset: FIXTURE, filters: committed, asOf: "2024-12-31" });
    workers[0]!.flush();
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted.map((message) => message.dataset !== undefined)).toEqual([
      true,
      false,
    ]);
    const expected = (asOf: string | null, id: number) =>
      answerAnalysis({ kind: "figures", id, dataset: FIXTURE, filters: committed, asOf });
    expect(answers).toEqual([expected(null, 1), expected("2024-12-31", 2)]);

    // A request while the worker is busy replaces it: the new worker gets the dataset.
    channel.send({ dataset: FIXTURE, filters: committed, asOf: null });
    channel.send({ dataset: FIXTURE, filters: committed, asOf: "2025-01-31" });
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.posted[0]!.dataset).toEqual(FIXTURE);
    workers[1]!.flush();
    expect(answers.at(-1)).toEqual(expected("2025-01-31", 4));

    // Another dataset is sent again.
    const smaller = { ...FIXTURE, deals: FIXTURE.deals.slice(1) };
    channel.send({ dataset: smaller, filters: committed, asOf: null });
    expect(workers[1]!.posted.at(-1)!.dataset).toEqual(smaller);
    channel.dispose();
  });

  it("in queue mode, a request sent while the worker is busy waits for it and only the latest goes", () => {
    const { workers, answers, channel } = figuresChannel({ whenBusy: "queue" });
    const committed = { ...FILTER_DEFAULTS, view: "committed" as const };
    const expected = (asOf: string | null, id: number) =>
      answerAnalysis({ kind: "figures", id, dataset: FIXTURE, filters: committed, asOf });
    channel.send({ dataset: FIXTURE, filters: committed, asOf: null });
    channel.send({ dataset: FIXTURE, filters: committed, asOf: "2024-12-31" });
    channel.send({ dataset: FIXTURE, filters: committed, asOf: "2025-01-31" });
    // Nothing more went to the busy worker, and it was kept.
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(false);
    expect(workers[0]!.posted).toHaveLength(1);
    // Its answer is stale: not given, and the latest waiting request goes, without the dataset.
    workers[0]!.flush();
    expect(answers).toEqual([]);
    expect(workers[0]!.posted).toHaveLength(2);
    expect(workers[0]!.posted[1]!.dataset).toBeUndefined();
    workers[0]!.flush();
    expect(answers).toEqual([expected("2025-01-31", 3)]);
    // An idle worker takes the next request at once.
    channel.send({ dataset: FIXTURE, filters: committed, asOf: null });
    workers[0]!.flush();
    expect(answers.at(-1)).toEqual(expected(null, 4));
    expect(workers).toHaveLength(1);
    channel.dispose();
  });

  it("sends a dataset whose JSON text the page has as that text's bytes, once, with the same answers", () => {
    const { workers, answers, channel } = figuresChannel();
    // A copy, so that the text is remembered for this object only (as for an opened file).
    const opened = structuredClone(FIXTURE);
    rememberDatasetJson(opened, new TextEncoder().encode(exportJson(opened)));
    channel.send({ dataset: opened, filters: FILTER_DEFAULTS, asOf: null });
    workers[0]!.flush();
    channel.send({ dataset: opened, filters: FILTER_DEFAULTS, asOf: "2024-12-31" });
    workers[0]!.flush();
    expect(
      workers[0]!.posted.map((message) => [message.dataset, message.datasetJson?.constructor.name]),
    ).toEqual([
      [undefined, "Uint8Array"],
      [undefined, undefined],
    ]);
    const expected = (asOf: string | null, id: number) =>
      answerAnalysis({ kind: "figures", id, dataset: FIXTURE, filters: FILTER_DEFAULTS, asOf });
    expect(answers).toEqual([expected(null, 1), expected("2024-12-31", 2)]);
    // Another dataset object without a text goes as data.
    channel.send({ dataset: FIXTURE, filters: FILTER_DEFAULTS, asOf: null });
    expect(workers[0]!.posted.at(-1)!.dataset).toEqual(FIXTURE);
    expect(workers[0]!.posted.at(-1)!.datasetJson).toBeUndefined();
    channel.dispose();
  });

  it("a worker asked before it holds a dataset answers with an error, not a guess", () => {
    const answer = createMessageAnswerer();
    const response = answer({
      kind: "figures",
      id: 7,
      filters: FILTER_DEFAULTS,
      asOf: null,
    });
    expect(response).toEqual({ kind: "error", id: 7, error: "a request came before any dataset" });
  });
});
