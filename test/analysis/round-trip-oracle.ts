// Exact oracle for SPEC §4 round-trip shares, written plainly from the definition: restrict to the
// nodes that can reach x, solve the absorbing system h = P_R·h + P[R][x] in exact rationals.

import type { Dataset, Deal } from "../../server/analysis/types.js";
import { denseFlow } from "./dense-flow.js";
import {
  add,
  cmp,
  div,
  fromDouble,
  isZero,
  max,
  ONE,
  type Rational,
  rational,
  solveExact,
  sub,
  ZERO,
} from "./exact-rational.js";

export interface ExactFlow {
  ids: string[];
  n: number;
  W: Rational[][];
  out: Rational[];
  in: Rational[];
  T: Rational[];
  /** P[j][k] = W[j][k] / max(in(j), out(j)). */
  P: Rational[][];
}

export function exactFlow(
  dataset: Dataset,
  included: (deal: Deal) => boolean = () => true,
): ExactFlow {
  const { ids, n, W: Wd } = denseFlow(dataset, included);
  const W = Wd.map((row) => row.map(fromDouble));
  const out = W.map((row) => row.reduce(add, ZERO));
  const inn = ids.map((_, j) => W.reduce((s, row) => add(s, row[j]!), ZERO));
  const T = ids.map((_, i) => max(out[i]!, inn[i]!));
  const P = W.map((row, j) => row.map((w) => (isZero(T[j]!) ? ZERO : div(w, T[j]!))));
  return { ids, n, W, out, in: inn, T, P };
}

/** Nodes (other than x) with a path of W > 0 edges to x. */
export function reachingX(flow: ExactFlow, x: number): number[] {
  const seen = new Set<number>([x]);
  const queue = [x];
  while (queue.length > 0) {
    const k = queue.shift()!;
    for (let j = 0; j < flow.n; j++) {
      if (!seen.has(j) && cmp(flow.W[j]![k]!, ZERO) > 0) {
        seen.add(j);
        queue.push(j);
      }
    }
  }
  seen.delete(x);
  return [...seen].sort((a, b) => a - b);
}

/** h(j) for every j (0 off R, 1 at x), exact. */
export function exactHitting(flow: ExactFlow, x: number): Rational[] {
  const R = reachingX(flow, x);
  const h = new Array<Rational>(flow.n).fill(ZERO);
  h[x] = ONE;
  if (R.length === 0) return h;
  const M = R.map((j, a) => R.map((k, b) => sub(a === b ? ONE : ZERO, flow.P[j]![k]!)));
  const b = R.map((j) => flow.P[j]![x]!);
  const solution = solveExact(M, b);
  R.forEach((j, a) => {
    h[j] = solution[a]!;
  });
  return h;
}

/** r(x) exactly, from the definition. */
export function exactShare(flow: ExactFlow, x: number): Rational {
  if (isZero(flow.out[x]!)) return ZERO;
  const h = exactHitting(flow, x);
  let sum = ZERO;
  for (let j = 0; j < flow.n; j++) {
    if (j !== x) sum = add(sum, mulR(flow.W[x]![j]!, h[j]!));
  }
  return div(sum, flow.out[x]!);
}

const mulR = (a: Rational, b: Rational) => rational(a.num * b.num, a.den * b.den);
