// What the cross-checks against the Python oracles share: whether python3 with networkx and numpy
// runs here (said loudly when not), a scratch directory per test file, and one oracle process over
// a batch of jobs (DIR/<name>.json each; the oracle prints {name: result} as JSON —
// test/cross-check/py/oracle.py's run_jobs).

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Whether the oracles can run; when not, warns that `what` is not run and why. */
export function pythonAvailable(what: string): boolean {
  const check = spawnSync("python3", ["-c", "import networkx, numpy"], { encoding: "utf8" });
  if (check.status === 0) return true;
  console.warn(
    `\n*** ${what} NOT RUN: python3 with networkx and numpy is unavailable (${(check.stderr ?? String(check.error)).trim()}).\n*** The Python oracle comparisons are skipped.\n`,
  );
  return false;
}

export interface PythonOracle {
  /** The test file's scratch directory (removed after the file). */
  workDir: string;
  /** Run the oracle once over `jobs`, each written as `payload(job)`; its results by job name. */
  run<Job extends { name: string }, Result>(
    jobs: readonly Job[],
    payload: (job: Job) => unknown,
  ): Record<string, Result>;
}

/** The oracle `script` (a path under test/cross-check/py) with a scratch directory for this file. */
export function pythonOracle(script: string): PythonOracle {
  const path = join(ROOT, "test/cross-check/py", script);
  const workDir = mkdtempSync(join(tmpdir(), `roundtrip-${script.replace(/\.py$/, "")}-`));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));
  let batch = 0;
  return {
    workDir,
    run(jobs, payload) {
      const dir = join(workDir, `oracle-${batch++}`);
      mkdirSync(dir);
      for (const job of jobs)
        writeFileSync(join(dir, `${job.name}.json`), JSON.stringify(payload(job)));
      const run = spawnSync("python3", [path, dir], { encoding: "utf8", maxBuffer: 1 << 30 });
      if (run.status !== 0) throw new Error(`${script} failed: ${run.stderr}`);
      return JSON.parse(run.stdout);
    },
  };
}
