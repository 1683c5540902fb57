// Brute-force oracle for stress scenarios (SPEC §6), straight from the deals: dense n×n exposure
// A from the §4 roles, capital from financials or throughput, and both models iterated literally.
// Only the default inclusion (plus backstopsCalled) and datasets without supersession are handled.

import type { Dataset, Deal } from "../../server/analysis/types.js";

export interface OracleOptions {
  shocks: Record<string, number>;
  model: "debtrank" | "cascade";
  recovery: number;
  capitalShare: number;
  backstopsCalled: boolean;
}

export interface OracleRow {
  id: string;
  capitalUsd: number;
  capitalBasis: "equity" | "throughput";
  shock: number;
  relativeLoss: number;
  lossUsd: number;
  defaulted: boolean;
  defaultRound: number | null;
}

const counted = (d: Deal) =>
  d.status !== "cancelled" && d.amountBasis !== "stake_value" && d.from !== d.to;

/** [holder, counterparty, contingent] of the exposure a deal creates, or null. */
function exposureOf(d: Deal): [string, string, boolean] | null {
  switch (d.type) {
    case "compute_contract":
    case "chip_purchase":
    case "license":
    case "revenue_share":
      return [d.to, d.from, false];
    case "equity":
    case "loan":
      return [d.from, d.to, false];
    case "backstop":
      return [d.from, d.to, true];
    case "warrant":
      return [d.to, d.from, false];
    default:
      return null;
  }
}

export function stressOracle(data: Dataset, o: OracleOptions) {
  const ids = data.entities.map((e) => e.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const n = ids.length;
  const at = (id: string) => ids.indexOf(id);
  const inflow = new Array<number>(n).fill(0);
  const outflow = new Array<number>(n).fill(0);
  const A = ids.map(() => new Array<number>(n).fill(0));
  for (const d of data.deals) {
    if (!counted(d)) continue;
    const amount = d.amountUsd ?? 0;
    if (d.type !== "backstop" || o.backstopsCalled) {
      outflow[at(d.from)]! += amount;
      inflow[at(d.to)]! += amount;
    }
    const role = exposureOf(d);
    if (role && (!role[2] || o.backstopsCalled)) A[at(role[0])]![at(role[1])]! += amount;
  }
  const basis = ids.map((id) => {
    const equity = data.entities.find((e) => e.id === id)!.financials?.equityUsd;
    return equity !== undefined && equity > 0 ? ("equity" as const) : ("throughput" as const);
  });
  const C = ids.map((id, x) =>
    basis[x] === "equity"
      ? data.entities.find((e) => e.id === id)!.financials!.equityUsd!
      : o.capitalShare * Math.max(inflow[x]!, outflow[x]!),
  );
  const s = ids.map((id) => (Object.hasOwn(o.shocks, id) ? o.shocks[id]! : 0));
  const h = new Array<number>(n).fill(0);
  const defaultRound: (number | null)[] = new Array(n).fill(null);
  let rounds = 0;
  let converged = true;
  if (o.model === "debtrank") {
    let prev = [...s];
    s.forEach((v, x) => {
      if (v >= 1 - 1e-12) defaultRound[x] = 0;
    });
    converged = false;
    for (let t = 1; t <= 10_000; t++) {
      const next = ids.map((_, x) => {
        if (!(C[x]! > 0)) return s[x]!;
        let exposed = 0;
        for (let y = 0; y < n; y++) exposed += A[x]![y]! * prev[y]!;
        return Math.min(1, s[x]! + exposed / C[x]!);
      });
      rounds = t;
      next.forEach((v, x) => {
        if (defaultRound[x] === null && v >= 1 - 1e-12) defaultRound[x] = t;
      });
      const change = Math.max(0, ...next.map((v, x) => Math.abs(v - prev[x]!)));
      prev = next;
      if (change < 1e-12) {
        converged = true;
        break;
      }
    }
    prev.forEach((v, x) => {
      h[x] = v;
    });
  } else {
    const loss = (x: number, down: boolean[]) => {
      let exposed = 0;
      for (let y = 0; y < n; y++) if (down[y]) exposed += A[x]![y]!;
      return s[x]! * C[x]! + (1 - o.recovery) * exposed;
    };
    const down = s.map((v) => v === 1);
    down.forEach((d, x) => {
      if (d) defaultRound[x] = 0;
    });
    for (let k = 1; ; k++) {
      const snapshot = [...down];
      let added = false;
      for (let x = 0; x < n; x++) {
        if (!down[x] && C[x]! > 0 && loss(x, snapshot) >= C[x]!) {
          down[x] = true;
          defaultRound[x] = k;
          added = true;
        }
      }
      if (!added) break;
      rounds = k;
    }
    for (let x = 0; x < n; x++) h[x] = C[x]! > 0 ? Math.min(1, loss(x, down) / C[x]!) : s[x]!;
  }
  const entities: OracleRow[] = ids.map((id, x) => ({
    id,
    capitalUsd: C[x]!,
    capitalBasis: basis[x]!,
    shock: s[x]!,
    relativeLoss: h[x]!,
    lossUsd: h[x]! * C[x]!,
    defaulted: defaultRound[x] !== null,
    defaultRound: defaultRound[x]!,
  }));
  const total = C.reduce((a, b) => a + b, 0);
  const beyond = entities.reduce((a, r, x) => a + (r.relativeLoss - s[x]!) * C[x]!, 0);
  return {
    model: o.model,
    converged,
    rounds,
    debtRank: total > 0 ? beyond / total : 0,
    systemLossUsd: entities.reduce((a, r) => a + r.lossUsd, 0),
    entities,
  };
}
