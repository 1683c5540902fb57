// Run several competing commands in interleaved rounds (A B C, B C A, C A B, …) so that noise on a
// shared machine hits every contender alike, and collect medians of wall time and peak memory.

import { measureProcess } from "./measure-process.js";
import { type SampleSummary, summarizeSamples } from "./summarize-samples.js";

export interface Contender<Output> {
  name: string;
  command: string;
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** At most this many rounds for this contender (a slow peer can sit out the later ones). */
  maxRuns?: number;
  /** Read the process's stdout; throw when it is not what the contender must print. */
  parse(stdout: string): Output;
}

export interface ContenderResult<Output> {
  name: string;
  wallMs: SampleSummary;
  maxRssKb: SampleSummary;
  /** Runs that hit the timeout (their wall time is a lower bound and is not in `wallMs`). */
  timeouts: number;
  timeoutMs: number;
  outputs: Output[];
  failures: string[];
}

export async function runInterleaved<Output>(
  contenders: readonly Contender<Output>[],
  runs: number,
  log: (line: string) => void = () => {},
): Promise<ContenderResult<Output>[]> {
  const state = contenders.map((c) => ({
    contender: c,
    wall: [] as number[],
    rss: [] as number[],
    timeouts: 0,
    outputs: [] as Output[],
    failures: [] as string[],
  }));
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < state.length; k++) {
      const entry = state[(round + k) % state.length]!;
      const { contender } = entry;
      if (round >= (contender.maxRuns ?? runs)) continue;
      // A contender that timed out once will time out again: do not spend the budget twice.
      if (entry.timeouts > 0) continue;
      const result = await measureProcess(contender.command, contender.args, {
        timeoutMs: contender.timeoutMs,
        ...(contender.env ? { env: contender.env } : {}),
      });
      if (result.timedOut) {
        entry.timeouts++;
        log(`  ${contender.name}: timed out after ${contender.timeoutMs / 1000} s`);
        continue;
      }
      if (result.exitCode !== 0) {
        const message = `exit ${result.exitCode}: ${result.stderr.trim().slice(-400)}`;
        entry.failures.push(message);
        log(`  ${contender.name}: FAILED ${message}`);
        continue;
      }
      try {
        entry.outputs.push(contender.parse(result.stdout));
      } catch (error) {
        const message = `unreadable output: ${error instanceof Error ? error.message : String(error)}`;
        entry.failures.push(message);
        log(`  ${contender.name}: FAILED ${message}`);
        continue;
      }
      entry.wall.push(result.wallMs);
      if (result.maxRssKb !== null) entry.rss.push(result.maxRssKb);
      log(
        `  ${contender.name}: ${(result.wallMs / 1000).toFixed(2)} s, ${((result.maxRssKb ?? 0) / 1024).toFixed(0)} MiB`,
      );
    }
  }
  return state.map((s) => ({
    name: s.contender.name,
    wallMs: summarizeSamples(s.wall),
    maxRssKb: summarizeSamples(s.rss),
    timeouts: s.timeouts,
    timeoutMs: s.contender.timeoutMs,
    outputs: s.outputs,
    failures: s.failures,
  }));
}
