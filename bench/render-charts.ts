// The scaling charts of docs/PERFORMANCE.md, drawn from one run's results.

import type { CycleRegimeResult } from "./bench-cycles.js";
import type { BenchResults } from "./bench-results.js";
import { type ChartPoint, type ChartSeries, renderLineChart } from "./render-line-chart.js";

const COLORS = { roundtrip: "#d95f02", igraph: "#1b9e77", networkx: "#7570b3", numpy: "#1b9e77" };

function median(values: (number | null)[]): number {
  const v = values
    .filter((x): x is number => x !== null && Number.isFinite(x))
    .sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/** Random networks with m = 4n and K = 6, from the regimes and the extra scaling points. */
function scalingPoints(results: BenchResults): CycleRegimeResult[] {
  return [...results.cycles, ...results.cycleScaling]
    .filter((r) => r.regime.spec.shape === "random" && r.regime.spec.m === 4 * r.regime.spec.n)
    .filter((r) => r.regime.maxLength === 6)
    .sort((a, b) => a.regime.spec.n - b.regime.spec.n);
}

function series(
  points: CycleRegimeResult[],
  contender: string,
  name: string,
  color: string,
  inProcess: boolean,
): ChartSeries {
  const out: ChartPoint[] = [];
  for (const r of points) {
    const c = r.contenders.find((x) => x.name === contender);
    if (!c) continue;
    const n = r.regime.spec.n;
    if (c.wallMs.runs === 0) {
      if (c.timeouts > 0) out.push({ x: n, y: c.timeoutMs / 1000, lowerBound: true });
      continue;
    }
    const y = inProcess ? median(c.outputs.map((o) => o.enumMs)) : c.wallMs.median;
    if (Number.isFinite(y)) out.push({ x: n, y: y / 1000 });
  }
  return { name, color, points: out };
}

export function renderCharts(results: BenchResults): Record<string, string> {
  const points = scalingPoints(results);
  const charts: Record<string, string> = {};
  charts["perf-cycles-scaling.svg"] = renderLineChart({
    title: "Cycles K ≤ 6, random m = 4n: whole process",
    xLabel: "entities n",
    yLabel: "seconds (median)",
    series: [
      series(points, "roundtrip", "roundtrip cycles --count", COLORS.roundtrip, false),
      series(points, "igraph", "python-igraph", COLORS.igraph, false),
      series(points, "networkx", "networkx", COLORS.networkx, false),
    ],
  });
  charts["perf-cycles-enumeration.svg"] = renderLineChart({
    title: "Cycles K ≤ 6, random m = 4n: enumeration only (in-process)",
    xLabel: "entities n",
    yLabel: "seconds (median)",
    series: [
      series(points, "roundtrip (in-process)", "Roundtrip countCycles", COLORS.roundtrip, true),
      series(points, "igraph", "igraph simple_cycles", COLORS.igraph, true),
      series(points, "networkx", "networkx simple_cycles", COLORS.networkx, true),
    ],
  });
  const shares = [...results.shares].sort((a, b) => a.spec.n - b.spec.n);
  const compute = (index: number): ChartPoint[] =>
    shares.flatMap((s) => {
      const c = s.contenders[index];
      const y = median(c?.outputs.map((o) => o.computeMs) ?? []);
      if (Number.isFinite(y)) return [{ x: s.spec.n, y: y / 1000 }];
      return c && c.timeouts > 0 ? [{ x: s.spec.n, y: c.timeoutMs / 1000, lowerBound: true }] : [];
    });
  charts["perf-exposure-scaling.svg"] = renderLineChart({
    title: "Round-trip shares of all entities, random m = 4n (in-process)",
    xLabel: "entities n",
    yLabel: "seconds (median)",
    series: [
      { name: "Roundtrip", color: COLORS.roundtrip, points: compute(0) },
      { name: "numpy (LAPACK)", color: COLORS.numpy, points: compute(1) },
      { name: "numpy, 1 thread", color: COLORS.networkx, points: compute(2) },
    ].filter((series) => series.points.length > 0),
  });
  return charts;
}
