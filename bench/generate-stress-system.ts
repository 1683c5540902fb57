// Random stress systems for the NEVA cross-check and benchmark: n entities with book equity, m
// exposures A[x][y] > 0 between distinct entities, and a few shocked entities. Seeded: the same
// arguments give the same system.

import type { Dataset, Deal } from "../server/analysis/types.js";
import { seededRandom } from "../shared/seeded-random.js";

export interface StressSystem {
  capital: number[];
  /** [x, y, A[x][y]], one row per pair, sorted by x then y. */
  rows: [number, number, number][];
  shock: number[];
}

/** `capitalRange`: capital = 1 + (what an entity holds on others) × a uniform draw in the range. */
export function generateStressSystem(
  n: number,
  m: number,
  seed: number,
  capitalRange: readonly [number, number] = [0.5, 3],
): StressSystem {
  const random = seededRandom(seed);
  const pick = () => Math.floor(random() * n);
  const amounts = new Map<number, number>();
  for (let k = 0; k < m && n > 1; k++) {
    const x = pick();
    let y = pick();
    if (y === x) y = (y + 1) % n;
    amounts.set(x * n + y, (amounts.get(x * n + y) ?? 0) + 1 + 99 * random());
  }
  const rows = [...amounts]
    .map(([key, amount]): [number, number, number] => [Math.floor(key / n), key % n, amount])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const held = new Array<number>(n).fill(0);
  for (const [x, , amount] of rows) held[x]! += amount;
  const [low, high] = capitalRange;
  const capital = held.map((h) => 1 + h * (low + (high - low) * random()));
  const shock = new Array<number>(n).fill(0);
  const shocked = Math.max(1, Math.round(n / 20));
  for (let k = 0; k < shocked; k++) shock[pick()] = random() < 0.5 ? 1 : random();
  return { capital, rows, shock };
}

/** Entity ids of a system: e0000, e0001, … (id order = index order). */
export const stressEntityId = (x: number) => `e${String(x).padStart(4, "0")}`;

/** The system as a dataset: book equity = capital, one loan x → y of A[x][y] per row. */
export function stressSystemDataset(system: StressSystem): Dataset {
  const entities = system.capital.map((equityUsd, x) => ({
    id: stressEntityId(x),
    name: stressEntityId(x),
    kind: "other" as const,
    financials: { equityUsd },
  }));
  const deals = system.rows.map(
    ([x, y, amountUsd], k): Deal => ({
      id: `d${k}`,
      from: stressEntityId(x),
      to: stressEntityId(y),
      type: "loan",
      amountUsd,
      amountBasis: "committed",
      date: "2025",
      status: "signed",
      sources: [],
    }),
  );
  return { entities, deals };
}
