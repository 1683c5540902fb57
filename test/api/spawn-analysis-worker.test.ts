// spawnAnalysisWorker's niceness: an upload's worker thread lowers its own CPU priority (Linux:
// the nice value is per thread), read back from /proc for the thread that changed.

import { readdirSync, readFileSync } from "node:fs";
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

describe.runIf(process.platform === "linux")("spawnAnalysisWorker", () => {
  it("starts a worker thread at the nice value asked, and leaves the others", async () => {
    const before = threadNiceness();
    const own = before[0]!;
    const worker = spawnAnalysisWorker({}, 10);
    try {
      await new Promise<void>((resolve, reject) => {
        worker.on("message", (message) => message === WORKER_READY && resolve());
        worker.on("error", reject);
      });
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
