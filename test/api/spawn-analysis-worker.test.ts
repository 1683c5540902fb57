// spawnAnalysisWorker: from the TypeScript source (tsx) or from a named bundle (the unit tests'
// one), and its niceness: an upload's worker thread lowers its own CPU priority (Linux: the nice
// value is per thread), read back from /proc for the thread that changed.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { spawnAnalysisWorker } from "../../server/api/spawn-analysis-worker.js";
import { WORKER_READY } from "../../server/api/worker-ready.js";

/** Nice value of every thread of this process (field 19 of /proc/self/task/<tid>/stat). */
function threadNiceness(): number[] {
  return readdirSync("/proc/self/task").map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[19 - 3]);
  });
}

/** Resolves once `worker` has loaded the engine and said so. */
function whenReady(worker: Worker): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    worker.on("message", (message) => message === WORKER_READY && resolve());
    worker.on("error", reject);
  });
}

describe("spawnAnalysisWorker", () => {
  it("starts the worker from its TypeScript source when no bundle is named", async () => {
    const bundle = process.env.ROUNDTRIP_WORKER_BUNDLE;
    delete process.env.ROUNDTRIP_WORKER_BUNDLE;
    try {
      const worker = spawnAnalysisWorker();
      try {
        await whenReady(worker);
      } finally {
        await worker.terminate();
      }
    } finally {
      if (bundle !== undefined) process.env.ROUNDTRIP_WORKER_BUNDLE = bundle;
    }
  }, 120_000);

  it("starts the file ROUNDTRIP_WORKER_BUNDLE names, with its workerData", async () => {
    const bundle = process.env.ROUNDTRIP_WORKER_BUNDLE;
    const dir = mkdtempSync(join(tmpdir(), "roundtrip-bundle-"));
    const file = join(dir, "worker.mjs");
    writeFileSync(
      file,
      'import { parentPort, workerData } from "node:worker_threads"; parentPort.postMessage(workerData);',
    );
    process.env.ROUNDTRIP_WORKER_BUNDLE = file;
    try {
      const worker = spawnAnalysisWorker({}, 7);
      const message = await new Promise((resolve) => worker.once("message", resolve));
      expect(message).toEqual({ niceness: 7 });
      await worker.terminate();
    } finally {
      if (bundle === undefined) delete process.env.ROUNDTRIP_WORKER_BUNDLE;
      else process.env.ROUNDTRIP_WORKER_BUNDLE = bundle;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.runIf(process.platform === "linux")("spawnAnalysisWorker's niceness", () => {
  it("starts a worker thread at the nice value asked, and leaves the others", async () => {
    const before = threadNiceness();
    const own = before[0]!;
    const worker = spawnAnalysisWorker({}, 10);
    try {
      await whenReady(worker);
      const after = threadNiceness();
      expect(after.filter((nice) => nice === Math.min(19, own + 10)).length).toBeGreaterThan(
        before.filter((nice) => nice === Math.min(19, own + 10)).length,
      );
      // The process's main thread keeps its priority.
      expect(after[0]).toBe(own);
    } finally {
      await worker.terminate();
    }
  }, 120_000);
});
