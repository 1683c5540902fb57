import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { createWorkerPool } from "../../server/api/create-worker-pool.js";
import {
  AnalysisCancelledError,
  AnalysisCrashedError,
  AnalysisTimeoutError,
  ServerBusyError,
} from "../../server/api/http-errors.js";

type Job =
  | { kind: "echo" }
  | { kind: "sleep"; ms: number }
  | { kind: "spin" }
  | { kind: "exit" }
  | { kind: "throw" };

interface Reply {
  threadId: number;
  /** Jobs this worker has received, this one included. */
  seen: number;
}

/** A worker that answers with its thread id and how many jobs it has seen, or misbehaves. */
const SCRIPT = `
const { parentPort, threadId } = require("node:worker_threads");
let seen = 0;
parentPort.on("message", (job) => {
  seen++;
  if (job.kind === "exit") process.exit(3);
  if (job.kind === "throw") setTimeout(() => { throw new Error("boom in the worker"); });
  if (job.kind === "spin") for (;;) {}
  if (job.kind === "sleep") setTimeout(() => parentPort.postMessage({ threadId, seen }), job.ms);
  if (job.kind === "echo") parentPort.postMessage({ threadId, seen });
});
`;

const spawn = () => new Worker(SCRIPT, { eval: true });
const LIMIT = 30_000;

async function until(ready: () => boolean): Promise<void> {
  while (!ready()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe("createWorkerPool", () => {
  it("starts its workers up front and reuses them job after job", async () => {
    const pool = createWorkerPool<Job, Reply>(spawn, { size: 2 });
    try {
      expect(pool.started).toBe(2);
      const replies: Reply[] = [];
      for (let k = 0; k < 6; k++) replies.push(await pool.run({ kind: "echo" }, LIMIT));
      expect(new Set(replies.map((r) => r.threadId)).size).toBeLessThanOrEqual(2);
      expect(Math.max(...replies.map((r) => r.seen))).toBeGreaterThanOrEqual(3);
      const parallel = await Promise.all([
        pool.run({ kind: "sleep", ms: 50 }, LIMIT),
        pool.run({ kind: "sleep", ms: 50 }, LIMIT),
      ]);
      expect(new Set(parallel.map((r) => r.threadId)).size).toBe(2);
      expect(pool.started).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it("terminates a worker that overruns its deadline and replaces it", async () => {
    const pool = createWorkerPool<Job, Reply>(spawn, { size: 1 });
    try {
      const first = await pool.run({ kind: "echo" }, LIMIT);
      await expect(pool.run({ kind: "spin" }, 100)).rejects.toBeInstanceOf(AnalysisTimeoutError);
      expect(pool.started).toBe(2);
      const after = await pool.run({ kind: "echo" }, LIMIT);
      expect(after.threadId).not.toBe(first.threadId);
      expect(after.seen).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it("fails the job of a worker that dies, with the cause, and replaces the worker", async () => {
    const pool = createWorkerPool<Job, Reply>(spawn, { size: 1 });
    try {
      await expect(pool.run({ kind: "exit" }, LIMIT)).rejects.toBeInstanceOf(AnalysisCrashedError);
      const thrown = pool.run({ kind: "throw" }, LIMIT);
      await expect(thrown).rejects.toBeInstanceOf(AnalysisCrashedError);
      await expect(thrown).rejects.toMatchObject({ cause: { message: "boom in the worker" } });
      expect(pool.started).toBe(3);
      await expect(pool.run({ kind: "echo" }, LIMIT)).resolves.toMatchObject({ seen: 1 });
      expect(pool.busy).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it("does not restart, again and again, a worker that dies before its first job", async () => {
    let spawned = 0;
    const broken = () => {
      spawned++;
      return new Worker("process.exit(1)", { eval: true });
    };
    const pool = createWorkerPool<Job, Reply>(broken, { size: 2 });
    try {
      await expect(pool.run({ kind: "echo" }, LIMIT)).rejects.toBeInstanceOf(AnalysisCrashedError);
      await expect(pool.run({ kind: "echo" }, LIMIT)).rejects.toBeInstanceOf(AnalysisCrashedError);
      // Two started up front, then one on demand per job: none on their own.
      expect(spawned).toBe(4);
      expect(pool.started).toBe(4);
    } finally {
      await pool.close();
    }
  });

  it("queues up to maxQueue jobs, then refuses with ServerBusyError", async () => {
    const pool = createWorkerPool<Job, Reply>(spawn, { size: 1, maxQueue: 1 });
    try {
      const running = pool.run({ kind: "sleep", ms: 200 }, LIMIT);
      const waiting = pool.run({ kind: "echo" }, LIMIT);
      expect([pool.busy, pool.queued]).toEqual([1, 1]);
      await expect(pool.run({ kind: "echo" }, LIMIT)).rejects.toBeInstanceOf(ServerBusyError);
      expect((await running).seen).toBe(1);
      expect((await waiting).seen).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it("withdraws a queued job when its signal aborts; the worker never sees it", async () => {
    const pool = createWorkerPool<Job, Reply>(spawn, { size: 1 });
    try {
      const running = pool.run({ kind: "sleep", ms: 200 }, LIMIT);
      const controller = new AbortController();
      const cancelled = pool.run({ kind: "echo" }, LIMIT, controller.signal);
      expect(pool.queued).toBe(1);
      controller.abort();
      await expect(cancelled).rejects.toBeInstanceOf(AnalysisCancelledError);
      expect(pool.queued).toBe(0);
      await running;
      expect((await pool.run({ kind: "echo" }, LIMIT)).seen).toBe(2);
      await expect(pool.run({ kind: "echo" }, LIMIT, AbortSignal.abort())).rejects.toBeInstanceOf(
        AnalysisCancelledError,
      );
    } finally {
      await pool.close();
    }
  });

  it("on close fails running and waiting jobs, stops its workers and refuses new jobs", async () => {
    const pool = createWorkerPool<Job, Reply>(spawn, { size: 1 });
    const running = pool.run({ kind: "sleep", ms: 10_000 }, LIMIT);
    const waiting = pool.run({ kind: "echo" }, LIMIT);
    const outcomes = Promise.allSettled([running, waiting]);
    await until(() => pool.busy === 1);
    await pool.close();
    for (const outcome of await outcomes) {
      expect(outcome.status).toBe("rejected");
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(ServerBusyError);
    }
    await expect(pool.run({ kind: "echo" }, LIMIT)).rejects.toBeInstanceOf(ServerBusyError);
    expect(pool.started).toBe(1);
  });

  it("says when to come back: a Retry-After from the jobs ahead, never past their deadlines", async () => {
    const pool = createWorkerPool<Job, Reply>(spawn, { size: 1, maxQueue: 1 });
    try {
      expect(pool.estimateWaitMs()).toBe(0);
      // Teach it that jobs take about 400 ms.
      for (let k = 0; k < 8; k++) await pool.run({ kind: "sleep", ms: 400 }, LIMIT);
      const running = pool.run({ kind: "sleep", ms: 400 }, LIMIT);
      const waiting = pool.run({ kind: "echo" }, LIMIT);
      const estimate = pool.estimateWaitMs();
      // The running job's ~400 ms plus one queued job's ~400 ms.
      expect(estimate).toBeGreaterThan(400);
      expect(estimate).toBeLessThan(1_500);
      const refused = await pool.run({ kind: "echo" }, LIMIT).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ServerBusyError);
      expect([1, 2]).toContain((refused as { retryAfterSeconds: number }).retryAfterSeconds);
      await Promise.all([running, waiting]);
      // A job with a short deadline frees its worker by then, whatever the mean says.
      const short = pool.run({ kind: "spin" }, 300).catch(() => null);
      expect(pool.estimateWaitMs()).toBeLessThanOrEqual(300);
      await short;
    } finally {
      await pool.close();
    }
  });

  it("Retry-After on its own clock: jobs ahead to their deadlines at first, then the median job", async () => {
    let clock = 50_000;
    const pool = createWorkerPool<Job, Reply>(spawn, { size: 1, maxQueue: 1, now: () => clock });
    try {
      // No history: the running job (limit 20 s) and the queued one (limit 6 s) count to their
      // deadlines, on a clock that does not move: 26 s.
      const running = pool.run({ kind: "sleep", ms: 100 }, 20_000);
      const waiting = pool.run({ kind: "echo" }, 6_000);
      expect(pool.estimateWaitMs()).toBe(26_000);
      const refused = await pool.run({ kind: "echo" }, LIMIT).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ServerBusyError);
      expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBe(26);
      // The clock says each job took 2 s: it moves after a job starts, before its worker answers
      // (an answer comes in a later task; the queued job starts as the one before answers).
      clock += 2_000;
      await running;
      clock += 2_000;
      await waiting;
      const third = pool.run({ kind: "echo" }, LIMIT);
      clock += 2_000;
      await third;
      // Three durations of 2 s: the median is 2 s. A job started now and one queued: 2 s + 2 s.
      const next = pool.run({ kind: "sleep", ms: 100 }, 20_000);
      const queued = pool.run({ kind: "echo" }, 6_000);
      expect(pool.estimateWaitMs()).toBe(4_000);
      await Promise.all([next, queued]);
    } finally {
      await pool.close();
    }
  });

  it("resolves whenIdle once nothing runs or waits", async () => {
    const pool = createWorkerPool<Job, Reply>(spawn, { size: 1 });
    try {
      await pool.whenIdle();
      const order: string[] = [];
      const running = pool.run({ kind: "sleep", ms: 150 }, LIMIT).then(() => order.push("job"));
      const waiting = pool.run({ kind: "echo" }, LIMIT).then(() => order.push("queued job"));
      await pool.whenIdle().then(() => order.push("idle"));
      await Promise.all([running, waiting]);
      expect(order).toEqual(["job", "queued job", "idle"]);
    } finally {
      await pool.close();
    }
  });
});
