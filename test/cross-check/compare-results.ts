// Field-by-field comparison of engine/CLI output against the Python oracle: numbers to 1e-9
// relative (with a tiny absolute floor scaled to the job's gross flow), ids and order exact.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const RELATIVE = 1e-9;

export interface Tolerance {
  /** Absolute floor for dollar fields (e.g. 1e-12 · gross). */
  usdFloor: number;
}

function closeEnough(a: number, b: number, key: string, tolerance: Tolerance): boolean {
  if (a === b) return true;
  const floor = /Usd$/.test(key) ? tolerance.usdFloor : 1e-12;
  return Math.abs(a - b) <= RELATIVE * Math.max(Math.abs(a), Math.abs(b)) + floor;
}

/**
 * Compare `got` with `expected`, recording each difference with its path. Keys present only in
 * `got` are ignored (fields may be added); keys of `expected` listed in `skip` are ignored.
 */
export function compareJson(
  got: Json | undefined,
  expected: Json | undefined,
  path: string,
  tolerance: Tolerance,
  out: string[],
  skip: ReadonlySet<string> = new Set(),
): void {
  const key = path.slice(path.lastIndexOf(".") + 1);
  if (typeof expected === "number" && typeof got === "number") {
    if (!closeEnough(got, expected, key, tolerance)) {
      out.push(`${path}: expected ${expected}, got ${got}`);
    }
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(got)) {
      out.push(`${path}: expected an array, got ${JSON.stringify(got)}`);
      return;
    }
    if (got.length !== expected.length) {
      out.push(
        `${path}: expected length ${expected.length}, got ${got.length} (expected ${short(expected)}, got ${short(got)})`,
      );
      return;
    }
    for (let k = 0; k < expected.length; k++) {
      compareJson(got[k], expected[k], `${path}[${k}]`, tolerance, out, skip);
    }
    return;
  }
  if (expected !== null && typeof expected === "object") {
    if (got === null || typeof got !== "object" || Array.isArray(got)) {
      out.push(`${path}: expected an object, got ${JSON.stringify(got)}`);
      return;
    }
    for (const k of Object.keys(expected)) {
      if (skip.has(k)) continue;
      if (!Object.hasOwn(got, k)) {
        out.push(`${path}.${k}: missing`);
        continue;
      }
      compareJson(got[k], expected[k], `${path}.${k}`, tolerance, out, skip);
    }
    return;
  }
  if (got !== expected) {
    out.push(`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
  }
}

function short(value: Json): string {
  const text = JSON.stringify(value);
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}

interface CycleLike {
  nodes: string[];
  bottleneckUsd: number;
  deals: string[][];
}

/**
 * Cycles: the same set (by canonical node list) with the same bottlenecks and deals, and the
 * engine's order is exactly the SPEC order applied to the engine's own bottlenecks (so that an
 * ulp of summation order cannot flip near-ties, while real ordering mistakes are caught).
 */
export function compareCycles(
  got: CycleLike[],
  expected: CycleLike[],
  path: string,
  tolerance: Tolerance,
  out: string[],
): void {
  const expectedByKey = new Map(expected.map((c) => [JSON.stringify(c.nodes), c]));
  const gotKeys = new Set<string>();
  for (const [k, cycle] of got.entries()) {
    const key = JSON.stringify(cycle.nodes);
    if (gotKeys.has(key)) out.push(`${path}[${k}]: duplicate cycle ${key}`);
    gotKeys.add(key);
    const match = expectedByKey.get(key);
    if (!match) {
      out.push(
        `${path}[${k}]: unexpected cycle ${key} (not an elementary cycle in canonical form)`,
      );
      continue;
    }
    compareJson(
      cycle as unknown as Json,
      match as unknown as Json,
      `${path}${key}`,
      tolerance,
      out,
    );
  }
  for (const key of expectedByKey.keys()) {
    if (!gotKeys.has(key)) out.push(`${path}: missing cycle ${key}`);
  }
  const sorted = [...got].sort(specOrder);
  for (let k = 0; k < got.length; k++) {
    if (sorted[k] !== got[k]) {
      out.push(
        `${path}: order differs at ${k}: got ${JSON.stringify(got[k]!.nodes)}, SPEC order puts ${JSON.stringify(sorted[k]!.nodes)}`,
      );
      break;
    }
  }
}

function specOrder(a: CycleLike, b: CycleLike): number {
  if (a.bottleneckUsd !== b.bottleneckUsd) return b.bottleneckUsd - a.bottleneckUsd;
  for (let k = 0; k < Math.min(a.nodes.length, b.nodes.length); k++) {
    // JavaScript string order = UTF-16 code units
    if (a.nodes[k]! < b.nodes[k]!) return -1;
    if (a.nodes[k]! > b.nodes[k]!) return 1;
  }
  return a.nodes.length - b.nodes.length;
}
