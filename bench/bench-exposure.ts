// Round-trip exposure: the shares r(x) of every entity from the engine against numpy/LAPACK
// computing them from the diagonal of (I − P)⁻¹ (SPEC §4, Finn form) in the same run, asserted
// equal to 1e-9 relative; and one entity's share on a large network.

import { readFile } from "node:fs/promises";
import type { Dataset } from "../server/analysis/types.js";
import { PATHS } from "./bench-paths.js";
import type { NetworkSpec } from "./generate-network.js";
import { prepareFixture } from "./prepare-fixture.js";
import { type Contender, type ContenderResult, runInterleaved } from "./run-interleaved.js";

export interface SharesOutput {
  shares: number[];
  computeMs: number;
  loadMs: number;
  blas?: unknown;
}

export interface SharesResult {
  spec: NetworkSpec;
  pairs: number;
  contenders: ContenderResult<SharesOutput>[];
  /** Largest |a − b| / max(|a|, |b|) between engine and numpy over all entities (0 when equal). */
  maxRelativeDifference: number;
  maxAbsoluteDifference: number;
  /** Both sides produced shares, so they were compared. */
  compared: boolean;
  agree: boolean;
  blas: unknown;
}

/** Relative tolerance of the agreement check; numbers below ABSOLUTE_FLOOR count as 0. */
export const SHARES_RELATIVE_TOLERANCE = 1e-9;
export const ABSOLUTE_FLOOR = 1e-12;

/**
 * numpy as a user runs it, on every core: without the OpenBLAS core-type pins of this image (they
 * slow a current OpenBLAS) or any thread limit inherited from the shell.
 */
export function numpyEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of [
    "OPENBLAS_CORETYPE",
    "OPENBLAS_L2_SIZE",
    "OPENBLAS_NUM_THREADS",
    "OMP_NUM_THREADS",
    "MKL_NUM_THREADS",
  ]) {
    delete env[name];
  }
  return env;
}

/** numpyEnv on one BLAS thread: the engine's own footing, for context beside the default. */
export function singleThreadNumpyEnv(): NodeJS.ProcessEnv {
  return { ...numpyEnv(), OPENBLAS_NUM_THREADS: "1", OMP_NUM_THREADS: "1", MKL_NUM_THREADS: "1" };
}

export async function benchShares(
  spec: NetworkSpec,
  runs: number,
  log: (line: string) => void,
  timeoutMs = 300_000,
): Promise<SharesResult> {
  const fixture = await prepareFixture(spec);
  log(`exposure (all entities): ${fixture.name}, ${fixture.pairs} pairs`);
  const numpyContender = (name: string, env: NodeJS.ProcessEnv): Contender<SharesOutput> => ({
    name,
    command: PATHS.python,
    args: [`${PATHS.peers}/numpy_exposure.py`, fixture.edgeListPath],
    env,
    timeoutMs,
    parse: (stdout) => {
      const out = JSON.parse(stdout) as {
        shares: number[];
        computeSeconds: number;
        loadSeconds: number;
        blas: unknown;
      };
      return {
        shares: out.shares,
        computeMs: out.computeSeconds * 1000,
        loadMs: out.loadSeconds * 1000,
        blas: out.blas,
      };
    },
  });
  const contenders: Contender<SharesOutput>[] = [
    {
      name: "roundtrip (in-process)",
      command: process.execPath,
      args: [PATHS.timeEngine, "shares", fixture.datasetPath],
      timeoutMs,
      parse: (stdout) => {
        const out = JSON.parse(stdout) as SharesOutput & { unconverged: string[] };
        if (out.unconverged.length > 0) throw new Error(`unconverged: ${out.unconverged.length}`);
        return out;
      },
    },
    numpyContender("numpy", numpyEnv()),
    // NOTE: the target compares with numpy as a user runs it (every core); the engine runs on one.
    numpyContender("numpy (1 BLAS thread)", singleThreadNumpyEnv()),
  ];
  const results = await runInterleaved(contenders, runs, log);
  const engine = results[0]!.outputs[0]?.shares;
  // Every numpy run is held to the engine's shares, not only the one the ratio is taken from.
  const peers = results.slice(1).map((r) => r.outputs[0]?.shares);
  let maxRel = Number.NaN;
  let maxAbs = Number.NaN;
  let agree = false;
  const compared = engine !== undefined && peers.every((shares) => shares !== undefined);
  if (engine && compared && peers.every((shares) => shares!.length === engine.length)) {
    maxRel = 0;
    maxAbs = 0;
    agree = true;
    for (const shares of peers) {
      for (let i = 0; i < engine.length; i++) {
        const a = engine[i]!;
        const b = shares![i]!;
        const diff = Math.abs(a - b);
        const scale = Math.max(Math.abs(a), Math.abs(b));
        maxAbs = Math.max(maxAbs, diff);
        if (scale > ABSOLUTE_FLOOR) maxRel = Math.max(maxRel, diff / scale);
        if (diff > SHARES_RELATIVE_TOLERANCE * scale && diff > ABSOLUTE_FLOOR) agree = false;
      }
    }
  }
  if (compared && !agree)
    log(`  SHARES DIFFER: max relative difference ${maxRel}, max absolute ${maxAbs}`);
  for (const r of results) for (const o of r.outputs) o.shares = [];
  return {
    spec,
    pairs: fixture.pairs,
    contenders: results,
    maxRelativeDifference: maxRel,
    maxAbsoluteDifference: maxAbs,
    compared,
    agree,
    blas: results[1]!.outputs[0]?.blas ?? null,
  };
}

export interface OneShareOutput {
  share: number;
  method: string;
  computeMs: number;
  loadMs: number;
  flowMs: number;
}

export interface OneShareResult {
  spec: NetworkSpec;
  pairs: number;
  entity: string;
  contenders: ContenderResult<OneShareOutput>[];
}

/** The entity with the most deals (in the giant strongly connected component of a random network). */
export function busiestEntity(dataset: Dataset): string {
  const degree = new Map<string, number>();
  for (const d of dataset.deals) {
    degree.set(d.from, (degree.get(d.from) ?? 0) + 1);
    degree.set(d.to, (degree.get(d.to) ?? 0) + 1);
  }
  let best = dataset.entities[0]?.id ?? "";
  for (const e of dataset.entities) {
    if ((degree.get(e.id) ?? 0) > (degree.get(best) ?? 0)) best = e.id;
  }
  return best;
}

/** One entity's share on a large network: in-process solve time, and the whole CLI process. */
export async function benchOneShare(
  spec: NetworkSpec,
  runs: number,
  log: (line: string) => void,
  timeoutMs = 300_000,
): Promise<OneShareResult> {
  const fixture = await prepareFixture(spec);
  const entity = busiestEntity(JSON.parse(await readFile(fixture.datasetPath, "utf8")) as Dataset);
  log(`exposure (one entity ${entity}): ${fixture.name}, ${fixture.pairs} pairs`);
  const contenders: Contender<OneShareOutput>[] = [
    {
      name: "roundtrip (in-process)",
      command: process.execPath,
      args: [PATHS.timeEngine, "share", fixture.datasetPath, entity],
      timeoutMs,
      parse: (stdout) => JSON.parse(stdout) as OneShareOutput,
    },
    {
      name: "roundtrip exposure --entity",
      command: process.execPath,
      args: [PATHS.cli, "exposure", fixture.datasetPath, "--entity", entity, "--json"],
      timeoutMs,
      parse: (stdout) => {
        const out = JSON.parse(stdout) as { entities: { id: string; roundTripShare: number }[] };
        const row = out.entities.find((e) => e.id === entity);
        if (!row) throw new Error(`no row for ${entity}`);
        return { share: row.roundTripShare, method: "cli", computeMs: 0, loadMs: 0, flowMs: 0 };
      },
    },
  ];
  return {
    spec,
    pairs: fixture.pairs,
    entity,
    contenders: await runInterleaved(contenders, runs, log),
  };
}
