// Exact rational arithmetic (BigInt) for test oracles: every double is a rational, so oracles
// solved with it are exact and a 1e-9 relative comparison means what it says.

export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

export function rational(num: bigint, den = 1n): Rational {
  if (den === 0n) throw new Error("rational: zero denominator");
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den) || 1n;
  return { num: num / g, den: den / g };
}

/** The exact value of a finite double. */
export function fromDouble(value: number): Rational {
  if (!Number.isFinite(value)) throw new Error("fromDouble: not finite");
  if (value === 0) return ZERO;
  let den = 1n;
  let v = value;
  while (!Number.isInteger(v)) {
    v *= 2;
    den *= 2n;
  }
  return rational(BigInt(v), den);
}

export const ZERO = rational(0n);
export const ONE = rational(1n);
export const add = (a: Rational, b: Rational) =>
  rational(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Rational, b: Rational) =>
  rational(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Rational, b: Rational) => rational(a.num * b.num, a.den * b.den);
export const div = (a: Rational, b: Rational) => rational(a.num * b.den, a.den * b.num);
export const isZero = (a: Rational) => a.num === 0n;
export const cmp = (a: Rational, b: Rational) => {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};
export const min = (a: Rational, b: Rational) => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Rational, b: Rational) => (cmp(a, b) >= 0 ? a : b);

/** Nearest double (to well within 1e-15 relative). */
export function toNumber(a: Rational): number {
  if (a.num === 0n) return 0;
  const negative = a.num < 0n;
  const num = negative ? -a.num : a.num;
  // Scale so the integer quotient carries 64+ significant bits.
  const shift = BigInt(Math.max(0, 64 - (num.toString(2).length - a.den.toString(2).length)));
  const q = (num << shift) / a.den;
  const value = Number(q) / 2 ** Number(shift);
  return negative ? -value : value;
}

/** Solve M·x = b exactly (M square, nonsingular) by Gaussian elimination. */
export function solveExact(M: Rational[][], b: Rational[]): Rational[] {
  const n = b.length;
  const A = M.map((row, i) => [...row, b[i]!]);
  for (let k = 0; k < n; k++) {
    const p = A.findIndex((row, i) => i >= k && !isZero(row[k]!));
    if (p < 0) throw new Error("solveExact: singular");
    [A[k], A[p]] = [A[p]!, A[k]!];
    for (let i = 0; i < n; i++) {
      if (i === k || isZero(A[i]![k]!)) continue;
      const f = div(A[i]![k]!, A[k]![k]!);
      for (let j = k; j <= n; j++) A[i]![j] = sub(A[i]![j]!, mul(f, A[k]![j]!));
    }
  }
  return A.map((row, i) => div(row[n]!, row[i]!));
}
