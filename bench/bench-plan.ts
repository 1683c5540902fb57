// What `npm run bench` measures: the regimes of issue 6, full or `--quick` (a smoke run that checks
// every path of the harness in about a minute).

import type { CycleRegime } from "./bench-cycles.js";
import type { ViewerConfig } from "./bench-viewer.js";
import type { NetworkSpec } from "./generate-network.js";

export interface BenchPlan {
  cycles: CycleRegime[];
  /** Extra points of the cycle scaling curve (random, m = 4n, K = 6). */
  cycleScaling: { n: number[]; runs: number; networkxTimeoutMs: number; networkxMaxN: number };
  shares: { spec: NetworkSpec; runs: number }[];
  /** The entity measured is the one with the most deals. */
  oneShare: { spec: NetworkSpec; runs: number };
  /** Linear DebtRank against NEVA on random systems of n entities and 4n exposures. */
  stress: { n: number; runs: number }[];
  api: { durationSeconds: number; connections: number; rounds: number };
  viewer: ViewerConfig;
  /** Seconds of hostile load (four pathological uploaders while the viewer polls). */
  loadSeconds: number;
}

const random = (n: number, m: number): NetworkSpec => ({ shape: "random", n, m, seed: 1 });
const hub = (n: number, m: number): NetworkSpec => ({ shape: "hub", n, m, seed: 1 });

export const FULL_PLAN: BenchPlan = {
  cycles: [
    {
      name: "sparse K=6",
      spec: random(20_000, 80_000),
      maxLength: 6,
      runs: 5,
      networkxTimeoutMs: null,
    },
    {
      name: "sparse K=8",
      spec: random(20_000, 80_000),
      maxLength: 8,
      runs: 3,
      networkxTimeoutMs: null,
    },
    {
      name: "dense K=9",
      spec: random(300, 1_500),
      maxLength: 9,
      runs: 5,
      networkxTimeoutMs: 90_000,
      networkxRuns: 1,
    },
    {
      name: "vs networkx K=6",
      spec: random(1_000, 4_000),
      maxLength: 6,
      runs: 5,
      networkxTimeoutMs: 60_000,
      networkxRuns: 3,
    },
    { name: "hub K=6", spec: hub(2_000, 8_000), maxLength: 6, runs: 3, networkxTimeoutMs: null },
  ],
  cycleScaling: {
    n: [2_000, 5_000, 10_000],
    runs: 3,
    networkxTimeoutMs: 30_000,
    networkxMaxN: 2_000,
  },
  shares: [
    { spec: random(500, 2_000), runs: 3 },
    { spec: random(1_000, 4_000), runs: 3 },
    { spec: random(2_000, 8_000), runs: 3 },
    { spec: random(3_000, 12_000), runs: 1 },
    { spec: random(5_000, 20_000), runs: 1 },
  ],
  oneShare: { spec: random(100_000, 400_000), runs: 3 },
  stress: [
    { n: 500, runs: 7 },
    { n: 2_000, runs: 7 },
  ],
  api: { durationSeconds: 5, connections: 50, rounds: 3 },
  loadSeconds: 40,
  viewer: {
    // Seven fresh loads of the curated dataset: its first frame varies by ±20 % between loads.
    runs: 7,
    panSteps: 60,
    appSpec: random(5_000, 20_000),
    sceneSpec: random(5_000, 20_000),
    appTimeoutMs: 240_000,
  },
};

export const QUICK_PLAN: BenchPlan = {
  cycles: [
    {
      name: "dense K=6",
      spec: random(300, 1_500),
      maxLength: 6,
      runs: 1,
      networkxTimeoutMs: 30_000,
    },
    {
      name: "sparse K=6",
      spec: random(2_000, 8_000),
      maxLength: 6,
      runs: 1,
      networkxTimeoutMs: null,
    },
  ],
  cycleScaling: { n: [], runs: 1, networkxTimeoutMs: 10_000, networkxMaxN: 0 },
  shares: [{ spec: random(300, 1_200), runs: 1 }],
  oneShare: { spec: random(5_000, 20_000), runs: 1 },
  stress: [{ n: 500, runs: 1 }],
  api: { durationSeconds: 1, connections: 10, rounds: 1 },
  loadSeconds: 15,
  viewer: {
    runs: 1,
    panSteps: 10,
    appSpec: random(1_000, 4_000),
    sceneSpec: random(1_000, 4_000),
    appTimeoutMs: 60_000,
  },
};
