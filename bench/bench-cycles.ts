// Cycle enumeration: `roundtrip cycles FILE --count` (whole process) and the engine in-process,
// against python-igraph's Graph.simple_cycles and networkx's simple_cycles on the same pairs of W,
// in interleaved runs, with the cycle counts asserted equal.

import { PATHS } from "./bench-paths.js";
import type { NetworkSpec } from "./generate-network.js";
import { type Fixture, prepareFixture } from "./prepare-fixture.js";
import { type Contender, type ContenderResult, runInterleaved } from "./run-interleaved.js";

export interface CycleRegime {
  name: string;
  spec: NetworkSpec;
  maxLength: number;
  runs: number;
  /** Run networkx too, bounded by this timeout (ms); null to leave it out. */
  networkxTimeoutMs: number | null;
  /** networkx rounds (it is slow): at most this many. */
  networkxRuns?: number;
}

export interface CycleOutput {
  count: number;
  /** In-process seconds of the enumeration alone, when the contender reports it. */
  enumMs: number | null;
  /** In-process seconds spent reading, parsing and validating the input. */
  loadMs: number | null;
}

export interface CycleRegimeResult {
  regime: Omit<CycleRegime, "spec"> & { spec: NetworkSpec; pairs: number };
  contenders: ContenderResult<CycleOutput>[];
  /** The distinct counts reported; exactly one when every contender agrees. */
  counts: number[];
  countsAgree: boolean;
}

const number = (text: string): number => {
  const value = Number(text.trim());
  if (!Number.isFinite(value)) throw new Error(`expected a number, received ${text.slice(0, 80)}`);
  return value;
};

function pythonPeer(
  name: "igraph" | "networkx",
  fixture: Fixture,
  maxLength: number,
  timeoutMs: number,
  maxRuns?: number,
): Contender<CycleOutput> {
  return {
    name,
    command: PATHS.python,
    args: [`${PATHS.peers}/${name}_cycles.py`, fixture.edgeListPath, String(maxLength)],
    timeoutMs,
    ...(maxRuns !== undefined ? { maxRuns } : {}),
    parse: (stdout) => {
      const out = JSON.parse(stdout) as { count: number; enumSeconds: number; loadSeconds: number };
      return { count: out.count, enumMs: out.enumSeconds * 1000, loadMs: out.loadSeconds * 1000 };
    },
  };
}

export function cycleContenders(
  fixture: Fixture,
  regime: CycleRegime,
  timeoutMs: number,
): Contender<CycleOutput>[] {
  const k = String(regime.maxLength);
  const contenders: Contender<CycleOutput>[] = [
    {
      name: "roundtrip",
      command: process.execPath,
      args: [
        PATHS.cli,
        "cycles",
        fixture.datasetPath,
        "--count",
        "--max-length",
        k,
        "--max-cycles",
        "inf",
      ],
      timeoutMs,
      parse: (stdout) => ({ count: number(stdout), enumMs: null, loadMs: null }),
    },
    {
      name: "roundtrip (in-process)",
      command: process.execPath,
      args: [PATHS.timeEngine, "cycles", fixture.datasetPath, k],
      timeoutMs,
      parse: (stdout) => {
        const out = JSON.parse(stdout) as {
          count: number;
          computeMs: number;
          loadMs: number;
          truncated: boolean;
        };
        if (out.truncated) throw new Error("enumeration truncated");
        return { count: out.count, enumMs: out.computeMs, loadMs: out.loadMs };
      },
    },
    pythonPeer("igraph", fixture, regime.maxLength, timeoutMs),
  ];
  if (regime.networkxTimeoutMs !== null) {
    contenders.push(
      pythonPeer(
        "networkx",
        fixture,
        regime.maxLength,
        regime.networkxTimeoutMs,
        regime.networkxRuns,
      ),
    );
  }
  return contenders;
}

export async function benchCycleRegime(
  regime: CycleRegime,
  log: (line: string) => void,
  timeoutMs = 300_000,
): Promise<CycleRegimeResult> {
  const fixture = await prepareFixture(regime.spec);
  log(`cycles ${regime.name}: ${fixture.name}, ${fixture.pairs} pairs, K=${regime.maxLength}`);
  const contenders = await runInterleaved(
    cycleContenders(fixture, regime, timeoutMs),
    regime.runs,
    log,
  );
  const counts = [...new Set(contenders.flatMap((c) => c.outputs.map((o) => o.count)))].sort(
    (a, b) => a - b,
  );
  if (counts.length > 1)
    log(
      `  COUNT MISMATCH: ${contenders.map((c) => `${c.name}=${c.outputs.map((o) => o.count).join("/")}`).join(", ")}`,
    );
  return {
    regime: { ...regime, pairs: fixture.pairs },
    contenders,
    counts,
    countsAgree: counts.length === 1,
  };
}
