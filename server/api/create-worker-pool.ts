// A fixed set of long-lived worker threads, started up front and reused, each running one job at a
// time behind a bounded FIFO queue. A job that overruns its deadline has its worker terminated and
// replaced; a worker that dies fails its job and is replaced; a queued job can be cancelled. The
// pool keeps the median of recent job durations, so that a refusal can say when to come back
// (Retry-After, estimate-wait.ts).

import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { estimateWaitMs as estimateQueueWaitMs } from "./estimate-wait.js";
import {
  AnalysisCancelledError,
  AnalysisCrashedError,
  AnalysisTimeoutError,
  ServerBusyError,
  withRetryAfter,
} from "./http-errors.js";
import { createRunningMedian } from "./running-median.js";

export interface WorkerPoolOptions {
  /** Workers kept running (each runs one job at a time). */
  size: number;
  /** Jobs waiting for a worker before new ones are refused (ServerBusyError). */
  maxQueue: number;
  /**
   * Workers that announce, with this message, that they have loaded: a job's deadline then
   * counts from that moment, not from a start-up it has no part in (at most `startupMs` more).
   */
  isReadyMessage: ((message: unknown) => boolean) | null;
  /** Start-up time allowed to a worker that announces when it is ready. */
  startupMs: number;
  /** The clock of job durations and deadlines for the wait estimate (ms); tests inject one. */
  now: () => number;
}

export const WORKER_POOL_DEFAULTS: Readonly<WorkerPoolOptions> = Object.freeze({
  size: Math.max(1, availableParallelism()),
  maxQueue: 16,
  isReadyMessage: null,
  startupMs: 60_000,
  now: () => performance.now(),
});

export interface WorkerPool<Job, Reply> {
  /** Post `job` to a free worker and resolve with its first message (within `limitMs`). */
  run(job: Job, limitMs: number, signal?: AbortSignal): Promise<Reply>;
  /** Jobs running in a worker right now. */
  readonly busy: number;
  /** Jobs waiting for a worker. */
  readonly queued: number;
  /** Workers started since creation: `size`, plus one per replacement. */
  readonly started: number;
  /**
   * How long a job posted now would wait for a worker (ms): the jobs ahead of it, each taking the
   * median duration of recent jobs but never past its deadline (estimate-wait.ts).
   */
  estimateWaitMs(): number;
  /** Resolves once no job runs or waits. */
  whenIdle(): Promise<void>;
  /** Refuse new jobs, fail the waiting ones and stop every worker. */
  close(): Promise<void>;
}

interface Task<Job, Reply> {
  job: Job;
  limitMs: number;
  resolve: (reply: Reply) => void;
  reject: (error: Error) => void;
  detach: () => void;
}

interface Slot<Job, Reply> {
  worker: Worker | null;
  task: Task<Job, Reply> | null;
  /** When the running task started and when it will be stopped (on the pool's clock). */
  startedAt: number;
  deadlineAt: number;
  timer: NodeJS.Timeout | undefined;
  /** Jobs this worker finished: a worker that dies before its first is not respawned at once. */
  done: number;
  /** Whether the worker has said it is loaded (always, without isReadyMessage). */
  ready: boolean;
}

export function createWorkerPool<Job, Reply>(
  spawn: () => Worker,
  options: Partial<WorkerPoolOptions> = {},
): WorkerPool<Job, Reply> {
  const { size, maxQueue, isReadyMessage, startupMs, now } = {
    ...WORKER_POOL_DEFAULTS,
    ...options,
  };
  const slots: Slot<Job, Reply>[] = [];
  const waiting: Task<Job, Reply>[] = [];
  let started = 0;
  let closed = false;
  /** Durations of recent jobs (ms), from when each got its worker. */
  const durations = createRunningMedian();
  const idle: (() => void)[] = [];
  const settle = () => {
    if (waiting.length > 0 || slots.some((slot) => slot.task !== null)) return;
    for (const resolve of idle.splice(0)) resolve();
  };
  const learn = (slot: Slot<Job, Reply>) => {
    durations.add(now() - slot.startedAt);
  };

  const take = (slot: Slot<Job, Reply>): Task<Job, Reply> | null => {
    const task = slot.task;
    clearTimeout(slot.timer);
    slot.task = null;
    slot.timer = undefined;
    slot.worker?.unref();
    task?.detach();
    return task;
  };

  const start = (slot: Slot<Job, Reply>): Worker => {
    const worker = spawn();
    started++;
    slot.worker = worker;
    slot.done = 0;
    slot.ready = isReadyMessage === null;
    worker.unref();
    worker.on("message", (reply: Reply) => {
      if (slot.worker !== worker) return;
      if (!slot.ready && isReadyMessage?.(reply)) {
        slot.ready = true;
        // A job sent while the worker loaded: its deadline counts from now.
        if (slot.task !== null) arm(slot, slot.task, worker, slot.task.limitMs);
        return;
      }
      learn(slot);
      const task = take(slot);
      slot.done++;
      task?.resolve(reply);
      dispatch();
      settle();
    });
    let failure: Error | undefined;
    worker.on("error", (error) => {
      failure = error;
    });
    worker.on("exit", (code) => {
      // Stopped by us (deadline, close) or already replaced: nothing more to do.
      if (slot.worker !== worker) return;
      const hadWork = slot.done > 0 || slot.task !== null;
      slot.worker = null;
      take(slot)?.reject(
        new AnalysisCrashedError(
          `workerPool: the worker stopped (exit code ${code}) before answering`,
          failure,
        ),
      );
      // NOTE: a worker that dies before any job (a broken build) is restarted on demand only,
      // so that it cannot spin; one that died mid-work is replaced now, pre-warmed.
      if (!closed && hadWork) start(slot);
      dispatch();
      settle();
    });
    return worker;
  };

  /** Stop `worker` and fail `task` if it has not answered within `ms` from now. */
  const arm = (slot: Slot<Job, Reply>, task: Task<Job, Reply>, worker: Worker, ms: number) => {
    clearTimeout(slot.timer);
    slot.startedAt = now();
    slot.deadlineAt = slot.startedAt + ms;
    slot.timer = setTimeout(() => {
      if (slot.task !== task) return;
      slot.worker = null;
      take(slot);
      void worker.terminate();
      learn(slot);
      task.reject(
        withRetryAfter(
          new AnalysisTimeoutError(`workerPool: no result within ${task.limitMs} ms; stopped`),
          estimateWaitMs() / 1000,
        ),
      );
      if (!closed) start(slot);
      dispatch();
      settle();
    }, ms);
  };

  const assign = (slot: Slot<Job, Reply>, task: Task<Job, Reply>) => {
    const worker = slot.worker ?? start(slot);
    slot.task = task;
    worker.ref();
    arm(slot, task, worker, slot.ready ? task.limitMs : task.limitMs + startupMs);
    worker.postMessage(task.job);
  };

  const dispatch = () => {
    for (const slot of slots) {
      if (waiting.length === 0) return;
      if (slot.task === null) assign(slot, waiting.shift()!);
    }
  };

  function estimateWaitMs(): number {
    return estimateQueueWaitMs({
      now: now(),
      workers: slots.length,
      running: slots.filter((slot) => slot.task !== null),
      queuedLimitsMs: waiting.map((task) => task.limitMs),
      typicalJobMs: durations.median(),
    });
  }

  for (let k = 0; k < size; k++) {
    const slot: Slot<Job, Reply> = {
      worker: null,
      task: null,
      timer: undefined,
      done: 0,
      ready: false,
      startedAt: 0,
      deadlineAt: 0,
    };
    slots.push(slot);
    start(slot);
  }

  return {
    run(job, limitMs, signal) {
      if (closed) return Promise.reject(new ServerBusyError("workerPool: shutting down"));
      if (signal?.aborted) {
        return Promise.reject(new AnalysisCancelledError("workerPool: cancelled before it ran"));
      }
      if (waiting.length >= maxQueue && slots.every((slot) => slot.task !== null)) {
        return Promise.reject(
          withRetryAfter(
            new ServerBusyError(
              "workerPool: every worker is busy and the queue is full; retry later",
            ),
            estimateWaitMs() / 1000,
          ),
        );
      }
      return new Promise<Reply>((resolve, reject) => {
        const task: Task<Job, Reply> = { job, limitMs, resolve, reject, detach: () => {} };
        if (signal) {
          // Only a job still waiting is withdrawn; a running one finishes within its deadline.
          const onAbort = () => {
            const index = waiting.indexOf(task);
            if (index < 0) return;
            waiting.splice(index, 1);
            reject(new AnalysisCancelledError("workerPool: cancelled while queued"));
            settle();
          };
          signal.addEventListener("abort", onAbort, { once: true });
          task.detach = () => signal.removeEventListener("abort", onAbort);
        }
        waiting.push(task);
        dispatch();
      });
    },
    get busy() {
      return slots.filter((slot) => slot.task !== null).length;
    },
    get queued() {
      return waiting.length;
    },
    get started() {
      return started;
    },
    estimateWaitMs,
    whenIdle() {
      return new Promise<void>((resolve) => {
        idle.push(resolve);
        settle();
      });
    },
    async close() {
      closed = true;
      for (const task of waiting.splice(0)) {
        task.detach();
        task.reject(new ServerBusyError("workerPool: shutting down"));
      }
      const stopping: Promise<number>[] = [];
      for (const slot of slots) {
        const worker = slot.worker;
        slot.worker = null;
        take(slot)?.reject(new ServerBusyError("workerPool: shutting down"));
        if (worker) stopping.push(worker.terminate());
      }
      await Promise.all(stopping);
      settle();
    },
  };
}
