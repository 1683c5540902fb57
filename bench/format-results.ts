// Markdown tables and ratios of one benchmark run (bench/results/latest.md; quoted in
// docs/PERFORMANCE.md). Ratios are Roundtrip ÷ peer of medians from the same run: < 1 is faster.

import type { CycleRegimeResult } from "./bench-cycles.js";
import type { BenchResults } from "./bench-results.js";
import type { SampleSummary } from "./summarize-samples.js";

const seconds = (ms: number) =>
  Number.isFinite(ms) ? (ms / 1000).toFixed(ms < 10_000 ? 2 : 1) : "—";
const range = (s: SampleSummary, f: (v: number) => string) =>
  s.runs === 0 ? "—" : s.runs === 1 ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
const mib = (kb: number) => (kb / 1024).toFixed(0);
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? (a / b).toFixed(2) : "—");

function medianOf(values: (number | null)[]): number {
  const v = values.filter((x): x is number => x !== null).sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/** Wall-time ratio roundtrip ÷ peer (whole process), and in-process enumeration ratio. */
export function cycleRatios(result: CycleRegimeResult, peer: "igraph" | "networkx") {
  const by = (name: string) => result.contenders.find((c) => c.name === name);
  const cli = by("roundtrip");
  const inner = by("roundtrip (in-process)");
  const other = by(peer);
  if (!other || (other.wallMs.runs === 0 && other.timeouts === 0)) return null;
  const peerWall = other.wallMs.runs > 0 ? other.wallMs.median : other.timeoutMs;
  const peerEnum = medianOf(other.outputs.map((o) => o.enumMs));
  return {
    wall: cli ? cli.wallMs.median / peerWall : Number.NaN,
    enumeration: medianOf(inner?.outputs.map((o) => o.enumMs) ?? []) / peerEnum,
    /** The peer timed out: its time is a lower bound, so the ratio is an upper bound. */
    peerTimedOut: other.wallMs.runs === 0,
  };
}

function cycleTable(results: CycleRegimeResult[]): string[] {
  const lines = [
    "| regime | n | pairs | K | cycles | contender | wall s, median (min–max) | peak RSS MiB | in-process enumeration s | runs |",
    "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |",
  ];
  for (const r of results) {
    const count = r.countsAgree ? String(r.counts[0]) : `MISMATCH ${r.counts.join(" / ")}`;
    for (const c of r.contenders) {
      const wall =
        c.wallMs.runs === 0 && c.timeouts > 0
          ? `> ${seconds(c.timeoutMs)} (timed out)`
          : range(c.wallMs, seconds);
      const inner = medianOf(c.outputs.map((o) => o.enumMs));
      lines.push(
        `| ${r.regime.name} | ${r.regime.spec.n} | ${r.regime.pairs} | ${r.regime.maxLength} | ${count} | ${c.name} | ${wall} | ${range(c.maxRssKb, mib)} | ${seconds(inner)} | ${c.wallMs.runs}${c.failures.length ? ` (${c.failures.length} failed)` : ""} |`,
      );
    }
  }
  return lines;
}

function ratioTable(results: CycleRegimeResult[]): string[] {
  const lines = [
    "| regime | vs | whole process ratio (target) | in-process enumeration ratio | verdict |",
    "| --- | --- | ---: | ---: | --- |",
  ];
  for (const r of results) {
    for (const peer of ["igraph", "networkx"] as const) {
      const q = cycleRatios(r, peer);
      if (!q) continue;
      const target = peer === "igraph" ? 1 : 0.1;
      const bound = q.peerTimedOut ? "< " : "";
      const verdict = !r.countsAgree ? "counts differ" : q.wall <= target ? "met" : "MISSED";
      lines.push(
        `| ${r.regime.name} | ${peer} | ${bound}${ratio(q.wall, 1)} (≤ ${target}) | ${bound}${ratio(q.enumeration, 1)} | ${verdict} |`,
      );
    }
  }
  return lines;
}

export function formatResults(results: BenchResults): string {
  const out: string[] = [
    `# Benchmark run ${results.startedAt}${results.quick ? " (quick)" : ""}`,
    "",
    "Machine: " +
      Object.entries(results.machine)
        .map(([k, v]) => `${k}: ${v}`)
        .join("; "),
    "",
    "## Cycle enumeration",
    "",
    ...cycleTable(results.cycles),
    "",
    "Ratios (Roundtrip ÷ peer, medians of the same run):",
    "",
    ...ratioTable(results.cycles),
  ];
  if (results.cycleScaling.length > 0) {
    out.push("", "### Scaling (random, m = 4n, K = 6)", "", ...cycleTable(results.cycleScaling));
  }
  out.push(
    "",
    "## Exposure: round-trip shares of all entities",
    "",
    "| n | pairs | contender | wall s | in-process compute s | runs | agreement (max rel. diff) |",
    "| ---: | ---: | --- | ---: | ---: | ---: | --- |",
  );
  for (const s of results.shares) {
    for (const c of s.contenders) {
      const compute = medianOf(c.outputs.map((o) => o.computeMs));
      const wall =
        c.wallMs.runs === 0 && c.timeouts > 0
          ? `> ${seconds(c.timeoutMs)}`
          : range(c.wallMs, seconds);
      lines(
        out,
        `| ${s.spec.n} | ${s.pairs} | ${c.name} | ${wall} | ${seconds(compute)} | ${c.wallMs.runs} | ${!s.compared ? "not compared" : s.agree ? "equal" : "DIFFER"} (${s.maxRelativeDifference.toExponential(1)}) |`,
      );
    }
    const [engine, numpy, numpyOneThread] = s.contenders;
    const computeOf = (c: typeof engine) => medianOf(c?.outputs.map((o) => o.computeMs) ?? []);
    const q = computeOf(engine) / computeOf(numpy);
    lines(out, `| ${s.spec.n} | | **ratio engine ÷ numpy (compute)** | | **${ratio(q, 1)}** | | |`);
    if (numpyOneThread) {
      const q1 = computeOf(engine) / computeOf(numpyOneThread);
      lines(
        out,
        `| ${s.spec.n} | | ratio engine ÷ numpy on 1 BLAS thread (context) | | ${ratio(q1, 1)} | | |`,
      );
    }
  }
  if (results.shares[0]?.blas)
    out.push("", `numpy BLAS (threadpoolctl): \`${JSON.stringify(results.shares[0].blas)}\``);
  if (results.oneShare) {
    const o = results.oneShare;
    out.push(
      "",
      `## Exposure: one entity (${o.entity}) on n = ${o.spec.n}, ${o.pairs} pairs`,
      "",
      "| contender | wall s | load+validate s | flow matrix s | solve s | share | runs |",
      "| --- | ---: | ---: | ---: | ---: | --- | ---: |",
    );
    for (const c of o.contenders) {
      const first = c.outputs[0];
      out.push(
        `| ${c.name} | ${range(c.wallMs, seconds)} | ${seconds(medianOf(c.outputs.map((x) => x.loadMs || null)))} | ${seconds(medianOf(c.outputs.map((x) => x.flowMs || null)))} | ${seconds(medianOf(c.outputs.map((x) => x.computeMs || null)))} | ${first ? first.share : "—"} | ${c.wallMs.runs}${c.timeouts ? " (timed out)" : ""} |`,
      );
    }
  }
  if (results.stress?.length) {
    out.push(
      "",
      "## Stress: linear DebtRank against NEVA (random systems, 4n exposures)",
      "",
      "| n | exposures | rounds (NEVA) | engine DebtRank ms | engine runScenario ms | NEVA ms | ratio engine ÷ NEVA | max abs. diff |",
      "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    );
    const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(v < 10 ? 3 : 1) : "—");
    for (const s of results.stress) {
      lines(
        out,
        `| ${s.n} | ${s.exposures} | ${s.rounds} (${s.nevaRounds}) | ${range(s.engineMs, ms)} | ${range(s.engineScenarioMs, ms)} | ${range(s.nevaMs, ms)} | **${(s.engineMs.median / s.nevaMs.median).toPrecision(2)}** (${(s.nevaMs.median / s.engineMs.median).toFixed(0)}× faster) | ${s.maxAbsoluteDifference.toExponential(1)} |`,
      );
    }
  }
  if (results.api) {
    out.push(
      "",
      "## API (autocannon, 127.0.0.1)",
      "",
      "| route | connections | req/s median (min–max) | 2xx/s | p50 ms | p99 ms | non-2xx (codes) | errors |",
      "| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |",
    );
    for (const t of results.api) {
      out.push(
        `| ${t.name} | ${t.connections} | ${range(t.requestsPerSecond, (v) => v.toFixed(0))} | ${t.okPerSecond.median.toFixed(0)} | ${range(t.p50Ms, String)} | ${range(t.p99Ms, String)} | ${t.non2xx} ${JSON.stringify(t.statusCodes)} | ${t.errors} |`,
      );
    }
    const hello = results.api[0]?.requestsPerSecond.median ?? Number.NaN;
    const cycles = results.api[1]?.requestsPerSecond.median ?? Number.NaN;
    const api = results.api;
    const logged = api.find(
      (t) => t.connections === api[0]?.connections && t.name.includes("logging"),
    );
    const withLogging = logged
      ? `; with request logging on, as \`npm start\` runs: ${ratio(logged.requestsPerSecond.median, hello)}`
      : "";
    out.push(
      "",
      `Cached GET /api/cycles ÷ bare express: **${ratio(cycles, hello)}** (target ≥ 0.50)${withLogging}.`,
    );
  }
  if (results.viewer) {
    const v = results.viewer;
    out.push(
      "",
      "## Viewer (headless Chromium, SwiftShader WebGL)",
      "",
      `Curated dataset, navigation → first rendered frame: ${range(v.curatedFirstFrameMs, (x) => `${x.toFixed(0)} ms`)} (first contentful paint ${range(v.curatedFirstContentfulPaintMs, (x) => `${x.toFixed(0)} ms`)}; ${v.curatedDrawnPixels} non-background pixels). Unchecking a deal type in the Filters tab → redrawn: ${v.curatedFilterMs ? range(v.curatedFilterMs, (x) => `${x.toFixed(0)} ms`) : "not measured"}. One step back on the timeline → redrawn: ${v.curatedTimelineMs ? range(v.curatedTimelineMs, (x) => `${x.toFixed(0)} ms`) : "not measured"}.`,
    );
    out.push(
      "",
      "Panning (mouse drag, 60 steps):",
      "",
      "| scene | first frame s | frame ms median | p95 | max | sigma render ms median | frames |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    );
    for (const p of v.pan) {
      const r = p.run;
      out.push(
        r
          ? `| ${p.name} | ${seconds(r.firstFrameMs)} | ${orDash(r.frameMs.median)} | ${orDash(r.frameMs.p95)} | ${orDash(r.frameMs.max)} | ${orDash(r.renderMs.median)} | ${r.frames} |`
          : `| ${p.name} | failed: ${p.error} | | | | | |`,
      );
    }
    for (const note of v.notes) out.push("", `Note: ${note}`);
  }
  if (results.load) {
    const l = results.load;
    const avg = (v: number[]) => v.map((x) => x.toFixed(1)).join(" ");
    out.push(
      "",
      "## Hostile load (issue 16: four pathological uploaders, the viewer polling)",
      "",
      `${l.durationMs / 1000} s; load average ${avg(l.loadAverageStart)} at the start, ${avg(l.loadAverageEnd)} at the end.`,
      "",
      "| viewer request | n | p50 ms | p99 ms | max ms | target |",
      "| --- | ---: | ---: | ---: | ---: | --- |",
    );
    const targets: Record<string, string> = {
      health: "p99 < 50 ms",
      cached: "p99 < 100 ms",
      newFilter: "—",
    };
    for (const [name, v] of Object.entries(l.viewer)) {
      out.push(
        `| ${name} | ${v.n} | ${v.p50.toFixed(0)} | ${v.p99.toFixed(0)} | ${v.max.toFixed(0)} | ${targets[name] ?? "—"} |`,
      );
    }
    out.push(
      "",
      `Viewer non-200: ${l.viewerNon200}, 5xx: ${l.viewer5xx}.`,
      "",
      `| upload | answers | statuses | slowest ms | within ${l.uploadBoundMs / 1000} s |`,
      "| --- | ---: | --- | ---: | --- |",
    );
    for (const [name, u] of Object.entries(l.uploads)) {
      out.push(
        `| ${name} | ${u.n} | ${u.statuses.join(", ")} | ${u.maxMs.toFixed(0)} | ${u.withinDeadline ? "yes" : "no"} |`,
      );
    }
  }
  const skipped = Object.entries(results.skipped);
  if (skipped.length > 0) {
    out.push("", "## Not measured", "");
    for (const [section, reason] of skipped) out.push(`- ${section}: ${reason}`);
  }
  return `${out.join("\n")}\n`;
}

/**
 * One decimal, or a dash where nothing was sampled (sigma does not render during a snapshot pan):
 * the median of no samples is NaN in memory and null once latest.json has been read back.
 */
function orDash(value: number | null): string {
  return value !== null && Number.isFinite(value) ? value.toFixed(1) : "—";
}

function lines(out: string[], line: string): void {
  out.push(line);
}
