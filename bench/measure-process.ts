// Run one command as a child process and measure what a user waits for: wall time from spawn to
// exit (start-up included) and peak resident memory (GNU time's %M), with a hard timeout.

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ProcessMeasurement {
  wallMs: number;
  /** Peak resident set size in KiB; null when the process was killed. */
  maxRssKb: number | null;
  exitCode: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

export interface MeasureOptions {
  timeoutMs: number;
  /** Environment of the child; defaults to this process's. */
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

export const MEASURE_DEFAULTS: Readonly<MeasureOptions> = Object.freeze({ timeoutMs: 120_000 });

export function measureProcess(
  command: string,
  args: readonly string[],
  options: Partial<MeasureOptions> = {},
): Promise<ProcessMeasurement> {
  const { timeoutMs, env, cwd } = { ...MEASURE_DEFAULTS, ...options };
  const dir = mkdtempSync(join(tmpdir(), "rt-bench-"));
  const timeFile = join(dir, "time");
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn("/usr/bin/time", ["-f", "%M", "-o", timeFile, command, ...args], {
      env: env ?? process.env,
      cwd,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      // The child leads its own process group: end it and whatever it started.
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (exitCode) => {
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      clearTimeout(timer);
      let maxRssKb: number | null = null;
      if (!timedOut) {
        const lines = readFileSync(timeFile, "utf8").trim().split("\n");
        const rss = Number(lines[lines.length - 1]);
        maxRssKb = Number.isFinite(rss) ? rss : null;
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({
        wallMs,
        maxRssKb,
        exitCode,
        timedOut,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      });
    });
  });
}
