// Seeded random canonical datasets and inclusion options for the cross-check against the Python
// oracle: parallel deals, self-loops, null amounts, every type/status/basis, partial dates and
// hostile ids (prototype names, spaces, accents, BMP and non-BMP characters whose UTF-16 order
// differs from their code point order).

import {
  AMOUNT_BASES,
  type Dataset,
  DEAL_STATUSES,
  DEAL_TYPES,
  type Deal,
  type Entity,
} from "../../server/analysis/types.js";

/** "ｚ" (U+FF5A) sorts after "😀" (U+1F600 = D83D DE00) in UTF-16 order, before it by code point. */
export const HOSTILE_IDS = Object.freeze([
  "__proto__",
  "constructor",
  "a b",
  "é",
  "😀",
  "ｚ",
  "toString",
  "A",
  "a",
  "10",
  "9",
  "hasOwnProperty",
  "\u{10000}x",
  "\uFB01",
]);

export interface CrossCheckOptions {
  types?: string[];
  statuses?: string[];
  basis?: string[];
  asOf?: string;
  backstopsCalled?: boolean;
  view?: "announced" | "committed";
  includeSuperseded?: boolean;
  /** null = no bound. */
  maxLength: number | null;
  /** null = no bound. */
  maxCycles: number | null;
}

export interface CrossCheckJob {
  name: string;
  dataset: Dataset;
  options: CrossCheckOptions;
}

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;

function subset<T>(random: () => number, items: readonly T[]): T[] {
  const chosen = items.filter(() => random() < 0.6);
  return chosen.length > 0 ? chosen : [pick(random, items)];
}

const DATES = ["2023", "2024", "2024-06", "2024-06-15", "2024-05-31", "2024-07", "2025-01-01"];

export function entity(id: string): Entity {
  return { id, name: id || "?", kind: "other" };
}

export function deal(
  id: string,
  from: string,
  to: string,
  amountUsd: number | null,
  extra: Partial<Deal> = {},
): Deal {
  return {
    id,
    from,
    to,
    type: "equity",
    amountUsd,
    amountBasis: "committed",
    date: "2024-01-01",
    status: "signed",
    sources: [{ url: "https://example.com" }],
    ...extra,
  };
}

function randomAmount(random: () => number, fractional: boolean): number | null {
  const u = random();
  if (u < 0.15) return null;
  if (u < 0.2) return 0;
  if (fractional) return random() * 10 ** (1 + Math.floor(random() * 11));
  if (u < 0.4) return 1 + Math.floor(random() * 100);
  return (1 + Math.floor(random() * 1000)) * 1e8;
}

/** One random dataset with 2–12 entities. */
export function randomDataset(random: () => number, index: number): Dataset {
  const n = 2 + Math.floor(random() * 11);
  const pool = [...HOSTILE_IDS, ...Array.from({ length: 12 }, (_, k) => `e${k}`)];
  const ids: string[] = [];
  while (ids.length < n) {
    const id = pick(random, pool);
    if (!ids.includes(id)) ids.push(id);
  }
  const density = 0.5 + random() * (n <= 6 ? 3 : 1.5);
  const dealCount = Math.floor(n * density);
  const fractional = random() < 0.25;
  const dealIdPool = ["__proto__", "constructor", "😀1", "ｚ1", "a b"];
  const deals: Deal[] = [];
  for (let k = 0; k < dealCount; k++) {
    const from = pick(random, ids);
    const to = random() < 0.07 ? from : pick(random, ids);
    const id =
      k < dealIdPool.length && random() < 0.5
        ? dealIdPool[k]!
        : `${pick(random, ["d", "D", "é"])}${k}`;
    if (deals.some((d) => d.id === id)) continue;
    deals.push(
      deal(id, from, to, randomAmount(random, fractional), {
        type: pick(random, DEAL_TYPES),
        status:
          random() < 0.8
            ? pick(random, ["signed", "closed", "announced"])
            : pick(random, DEAL_STATUSES),
        amountBasis:
          random() < 0.8
            ? pick(random, ["committed", "headline", "estimate"])
            : pick(random, AMOUNT_BASES),
        date: pick(random, DATES),
      }),
    );
    // parallel deals on the same pair
    if (random() < 0.2) {
      deals.push(
        deal(`${id}-par`, from, to, randomAmount(random, fractional), {
          type: pick(random, DEAL_TYPES),
          date: pick(random, DATES),
        }),
      );
    }
  }
  // Supersession chains (a deal replaces an earlier one, so never a loop) and conditional tranches.
  deals.forEach((d, k) => {
    if (k > 0 && random() < 0.2) d.supersedes = deals[Math.floor(random() * k)]!.id;
    if (random() < 0.1) d.condition = "on a milestone";
  });
  void index;
  return { entities: ids.map(entity), deals };
}

/** Random inclusion options and cycle bounds suited to the dataset's size. */
export function randomOptions(random: () => number, dataset: Dataset): CrossCheckOptions {
  const n = dataset.entities.length;
  const options: CrossCheckOptions = {
    maxLength: n <= 7 ? pick(random, [2, 3, 4, null]) : pick(random, [2, 3, 4]),
    maxCycles: null,
  };
  const u = random();
  if (u < 0.3) return options;
  if (random() < 0.4) options.backstopsCalled = true;
  if (random() < 0.3) options.types = subset(random, DEAL_TYPES);
  if (random() < 0.3) options.statuses = subset(random, DEAL_STATUSES);
  if (random() < 0.3) options.basis = subset(random, AMOUNT_BASES);
  if (random() < 0.4) options.asOf = pick(random, ["2024", "2024-06", "2024-06-15", "2024-05"]);
  if (random() < 0.3) options.view = "committed";
  if (random() < 0.2) options.includeSuperseded = true;
  return options;
}

/** The CLI flags equivalent to the options. */
export function cliFlags(options: CrossCheckOptions): string[] {
  const flags: string[] = [];
  if (options.types) flags.push("--types", options.types.join(","));
  if (options.statuses) flags.push("--statuses", options.statuses.join(","));
  if (options.basis) flags.push("--basis", options.basis.join(","));
  if (options.asOf) flags.push("--as-of", options.asOf);
  if (options.backstopsCalled) flags.push("--backstops-called");
  if (options.view) flags.push("--view", options.view);
  if (options.includeSuperseded) flags.push("--include-superseded");
  return flags;
}

export function cycleFlags(options: CrossCheckOptions): string[] {
  return [
    "--max-length",
    options.maxLength === null ? "inf" : String(options.maxLength),
    "--max-cycles",
    options.maxCycles === null ? "inf" : String(options.maxCycles),
  ];
}
