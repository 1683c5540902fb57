// Gaussian elimination for I − P, P a substochastic matrix, with Grassmann–Taksar–Heyman pivots:
// every pivot is recomputed as leak + Σ |off-diagonal|, so no step subtracts and relative accuracy
// holds even when return probabilities are tiny or the system is (nearly) singular.
// Reference: W. Grassmann, M. Taksar, D. Heyman, "Regenerative analysis and steady state
// distributions for Markov chains", Operations Research 33(5), 1985.

/**
 * Factor A = I − P in place (s×s, row-major). On entry `a` holds −P off the diagonal (entries ≤ 0)
 * and `leak[i] = 1 − Σ_j P[i][j] ≥ 0`. On exit the strict lower part holds L's multipliers (≤ 0),
 * the diagonal and upper part hold U; the last pivot `a[s·s − 1]` is 0 exactly when I − P is singular.
 */
export function gthFactor(a: Float64Array, leak: Float64Array, s: number): void {
  const columns = new Int32Array(s);
  const values = new Float64Array(s);
  for (let k = 0; k < s; k++) {
    const rowK = k * s;
    let count = 0;
    let pivot = leak[k]!;
    for (let j = k + 1; j < s; j++) {
      const v = a[rowK + j]!;
      if (v !== 0) {
        columns[count] = j;
        values[count++] = v;
        pivot -= v;
      }
    }
    a[rowK + k] = pivot;
    if (pivot <= 0) continue;
    const leakK = leak[k]!;
    for (let i = k + 1; i < s; i++) {
      const rowI = i * s;
      const aik = a[rowI + k]!;
      if (aik === 0) continue;
      const l = aik / pivot;
      a[rowI + k] = l;
      leak[i] = leak[i]! - l * leakK;
      for (let t = 0; t < count; t++) {
        const j = columns[t]!;
        a[rowI + j] = a[rowI + j]! - l * values[t]!;
      }
    }
  }
}

/**
 * Hitting probabilities of the last state after `gthFactor`: h[i] = probability that a dollar
 * at state i reaches state s − 1 (h[s − 1] = 1). Back substitution with U, last pivot taken as 1.
 */
export function gthHittingLast(a: Float64Array, s: number): Float64Array {
  const h = new Float64Array(s);
  h[s - 1] = 1;
  for (let i = s - 2; i >= 0; i--) {
    const row = i * s;
    let sum = 0;
    for (let j = i + 1; j < s; j++) sum -= a[row + j]! * h[j]!;
    const pivot = a[row + i]!;
    h[i] = pivot > 0 ? sum / pivot : 0;
  }
  return h;
}

/**
 * For every state x at once, after `gthFactor`: Σ_t weights[t] · h_x(cols[t]) over the CSR row
 * `offsets[x] … offsets[x+1]−1`, where h_x(j) is the probability that a dollar at j reaches x.
 * Uses h_x(j) = N[j][x] / N[x][x], N = (I − P)⁻¹ = U⁻¹L⁻¹, with the last pivot p factored out
 * (both scaled by p) so that a singular system (p = 0: every dollar comes back) stays finite.
 * Destroys the upper part of `a` (replaced by U⁻¹ with the last pivot taken as 1).
 */
export function gthWeightedHitting(
  a: Float64Array,
  s: number,
  offsets: Int32Array,
  cols: Int32Array,
  weights: Float64Array,
): Float64Array {
  const last = s - 1;
  const p = Math.max(0, a[last * s + last]!);
  // yt[x·s + k] = (L⁻¹)[k][x] for k ≥ x: forward substitution, one column of L⁻¹ per x.
  const yt = new Float64Array(s * s);
  for (let x = 0; x < s; x++) {
    const base = x * s;
    yt[base + x] = 1;
    for (let i = x + 1; i < s; i++) {
      const row = i * s;
      let sum = 0;
      for (let k = x; k < i; k++) sum -= a[row + k]! * yt[base + k]!;
      yt[base + i] = sum;
    }
  }
  // U⁻¹ in place of U, bottom-up, with U[last][last] taken as 1.
  const columns = new Int32Array(s);
  const values = new Float64Array(s);
  const temp = new Float64Array(s);
  for (let i = last; i >= 0; i--) {
    const row = i * s;
    const pivot = i === last ? 1 : a[row + i]!;
    let count = 0;
    for (let k = i + 1; k < s; k++) {
      const v = a[row + k]!;
      if (v !== 0) {
        columns[count] = k;
        values[count++] = v;
      }
    }
    temp.fill(0, i, s);
    temp[i] = 1;
    for (let t = 0; t < count; t++) {
      const k = columns[t]!;
      const factor = -values[t]!;
      const rowK = k * s;
      for (let j = k; j < s; j++) temp[j] = temp[j]! + factor * a[rowK + j]!;
    }
    const scale = pivot > 0 ? 1 / pivot : 0;
    for (let j = i; j < s; j++) a[row + j] = temp[j]! * scale;
  }
  // Scaled N[j][x]·p = p·Σ_{k<last} U⁻¹[j][k]·L⁻¹[k][x] + U⁻¹[j][last]·L⁻¹[last][x].
  const scaledN = (j: number, x: number): number => {
    const row = j * s;
    const base = x * s;
    let sum = 0;
    for (let k = Math.max(j, x); k < last; k++) sum += a[row + k]! * yt[base + k]!;
    return p * sum + a[row + last]! * yt[base + last]!;
  };
  const result = new Float64Array(s);
  for (let x = 0; x < s; x++) {
    const diagonal = scaledN(x, x);
    if (!(diagonal > 0)) continue;
    let sum = 0;
    for (let t = offsets[x]!; t < offsets[x + 1]!; t++) {
      const j = cols[t]!;
      sum += weights[t]! * (j === x ? diagonal : scaledN(j, x));
    }
    result[x] = sum / diagonal;
  }
  return result;
}
