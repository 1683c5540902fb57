// Seeded synthetic deal networks in the canonical format (SPEC §1) for benchmarks: uniform random
// digraphs (sparse or dense by m/n) and "hub" networks shaped like the curated one — a few giants
// that trade with each other and with many small parties, some parallel deals, a few excluded ones.

import {
  AMOUNT_BASES,
  type Dataset,
  type Deal,
  type DealStatus,
  type DealType,
  ENTITY_KINDS,
  type Entity,
} from "../server/analysis/types.js";
import { randomInt, seededRandom } from "../shared/seeded-random.js";

export const NETWORK_SHAPES = ["random", "hub"] as const;
export type NetworkShape = (typeof NETWORK_SHAPES)[number];

export interface NetworkSpec {
  shape: NetworkShape;
  /** Number of entities. */
  n: number;
  /** Number of deals. */
  m: number;
  seed: number;
}

export const NETWORK_SPEC_DEFAULTS: Readonly<NetworkSpec> = Object.freeze({
  shape: "random",
  n: 100,
  m: 400,
  seed: 1,
});

/** Flow types: every one is included by the default inclusion options (SPEC §2). */
const FLOW_TYPES: readonly DealType[] = [
  "equity",
  "compute_contract",
  "chip_purchase",
  "loan",
  "warrant",
  "license",
  "revenue_share",
];
const FLOW_STATUSES: readonly DealStatus[] = ["announced", "signed", "closed"];
/** In hub networks, this share of deals repeats an existing pair with another deal. */
const HUB_PARALLEL_SHARE = 0.05;
/** In hub networks, this share of deals is excluded by default (backstop or cancelled). */
const HUB_EXCLUDED_SHARE = 0.02;
/** In hub networks, this share of deals has an undisclosed (null) amount. */
const HUB_UNDISCLOSED_SHARE = 0.02;

const pad = (k: number, width: number) => String(k).padStart(width, "0");

/** The id of the k-th entity of a generated network (k = 0 is the largest giant of a hub network). */
export function entityIdOf(spec: Pick<NetworkSpec, "n" | "m">, k: number): string {
  return `e${pad(k, String(Math.max(spec.n, spec.m) - 1).length)}`;
}

/** Generate the network; throws RangeError when m cannot fit as distinct non-self-loop pairs. */
export function generateNetwork(spec: Partial<NetworkSpec> = {}): Dataset {
  const { shape, n, m, seed } = { ...NETWORK_SPEC_DEFAULTS, ...spec };
  if (!Number.isInteger(n) || n < 2) {
    throw new RangeError(`generateNetwork: expected n ≥ 2, received ${n}`);
  }
  if (!Number.isInteger(m) || m < 0 || m > n * (n - 1)) {
    throw new RangeError(
      `generateNetwork: expected 0 ≤ m ≤ n(n−1) = ${n * (n - 1)}, received ${m}`,
    );
  }
  const random = seededRandom(seed);
  const width = String(Math.max(n, m) - 1).length;
  const entityId = (k: number) => entityIdOf({ n, m }, k);
  const entities: Entity[] = [];
  for (let k = 0; k < n; k++) {
    entities.push({
      id: entityId(k),
      name: `Entity ${k}`,
      kind: ENTITY_KINDS[randomInt(random, ENTITY_KINDS.length)]!,
    });
  }
  const pairs = shape === "hub" ? hubPairs(n, m, random) : randomPairs(n, m, random);
  const deals: Deal[] = pairs.map(([from, to], k) => {
    const giant = shape === "hub" ? 1 / Math.sqrt(1 + Math.min(from, to)) : 1;
    const excluded = shape === "hub" && random() < HUB_EXCLUDED_SHARE;
    const undisclosed = shape === "hub" && random() < HUB_UNDISCLOSED_SHARE;
    const id = `d${pad(k, width)}`;
    return {
      id,
      from: entityId(from),
      to: entityId(to),
      type:
        excluded && random() < 0.5 ? "backstop" : FLOW_TYPES[randomInt(random, FLOW_TYPES.length)]!,
      // Whole dollars (log-uniform $1M … $100B, scaled down away from giants) keep sums exact.
      amountUsd: undisclosed ? null : Math.round(giant * 10 ** (6 + 5 * random())),
      amountBasis: AMOUNT_BASES[randomInt(random, 3)]!,
      date: `${2023 + randomInt(random, 3)}-${pad(1 + randomInt(random, 12), 2)}-${pad(1 + randomInt(random, 28), 2)}`,
      status: excluded ? "cancelled" : FLOW_STATUSES[randomInt(random, FLOW_STATUSES.length)]!,
      sources: [{ url: `https://example.com/deals/${id}` }],
    };
  });
  return { version: `synthetic-${shape}-n${n}-m${m}-s${seed}`, entities, deals };
}

/** m distinct ordered pairs (i ≠ j), uniform: G(n, m) without self-loops. */
function randomPairs(n: number, m: number, random: () => number): [number, number][] {
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const dense = m > (n * (n - 1)) / 2;
  if (dense) {
    // Sample the complement when more than half the pairs are wanted: rejection stays cheap.
    const skip = new Set<number>();
    while (skip.size < n * (n - 1) - m) {
      const i = randomInt(random, n);
      const j = randomInt(random, n);
      if (i !== j) skip.add(i * n + j);
    }
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) if (i !== j && !skip.has(i * n + j)) pairs.push([i, j]);
    }
    return shuffle(pairs, random);
  }
  while (pairs.length < m) {
    const i = randomInt(random, n);
    const j = randomInt(random, n);
    if (i === j || seen.has(i * n + j)) continue;
    seen.add(i * n + j);
    pairs.push([i, j]);
  }
  return pairs;
}

/**
 * Heavy-tailed pairs: each end is drawn with probability ∝ 1/(rank+1) half the time (giants:
 * the low ranks) and uniformly otherwise; a share of deals repeats an earlier pair (parallel deals).
 */
function hubPairs(n: number, m: number, random: () => number): [number, number][] {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) {
    total += 1 / (k + 1);
    cumulative[k] = total;
  }
  const draw = (): number => {
    if (random() < 0.5) return randomInt(random, n);
    const target = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const maxAttempts = 50 * m + 1000;
  let attempts = 0;
  while (pairs.length < m) {
    if (pairs.length > 0 && random() < HUB_PARALLEL_SHARE) {
      pairs.push(pairs[randomInt(random, pairs.length)]!);
      continue;
    }
    const heavy = attempts++ < maxAttempts;
    const i = heavy ? draw() : randomInt(random, n);
    const j = heavy ? draw() : randomInt(random, n);
    if (i === j || seen.has(i * n + j)) continue;
    seen.add(i * n + j);
    pairs.push([i, j]);
  }
  return pairs;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let k = items.length - 1; k > 0; k--) {
    const r = randomInt(random, k + 1);
    [items[k], items[r]] = [items[r]!, items[k]!];
  }
  return items;
}
