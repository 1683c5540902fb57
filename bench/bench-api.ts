// HTTP API under load: autocannon on 127.0.0.1 against createApp over the curated dataset
// (cached GET /api/cycles; POST /api/analyze with a distinct body per request, which the worker
// pool analyses, and with one body again and again, answered from the POST cache) and a bare
// express route as the ceiling, at 50 and 10 connections, in interleaved rounds in one run.
// Servers run in child processes; autocannon runs here. Between loads the app is polled on
// /api/health until no analysis runs or waits, so one load's queue never spills into the next.

import { type ChildProcess, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { PATHS } from "./bench-paths.js";
import { type SampleSummary, summarizeSamples } from "./summarize-samples.js";

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats?: Record<string, { count: number }>;
}

interface AutocannonRequest {
  method?: string;
  body?: string;
  headers?: Record<string, string>;
  setupRequest?: (request: AutocannonRequest) => AutocannonRequest;
}

type Autocannon = (
  options: {
    url: string;
    connections: number;
    duration: number;
    requests?: AutocannonRequest[];
  } & AutocannonRequest,
) => Promise<AutocannonResult>;

const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

/** `app-logged` is `app` with per-request logging, as `npm start` runs it (LOG_LEVEL=info). */
type ServerMode = "app" | "app-logged" | "hello";

export interface ApiTarget {
  name: string;
  server: ServerMode;
  path: string;
  method: "GET" | "POST";
  body?: string;
  /** Make every request's body distinct (a new dataset `version`), defeating the POST cache. */
  distinct?: boolean;
  /** Connections for this target. */
  connections: number;
}

/** The longest wait for the app to drain its analysis queue after a load. */
const SETTLE_LIMIT_MS = 120_000;

export interface ApiTargetResult {
  name: string;
  path: string;
  method: string;
  connections: number;
  requestsPerSecond: SampleSummary;
  /** Responses with a 2xx status per second. */
  okPerSecond: SampleSummary;
  p50Ms: SampleSummary;
  p99Ms: SampleSummary;
  non2xx: number;
  errors: number;
  statusCodes: Record<string, number>;
}

async function startServer(mode: ServerMode): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [PATHS.serveApp, mode], {
    cwd: PATHS.root,
    stdio: ["pipe", "pipe", "inherit"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`serve-app ${mode} exited with ${code}`)));
    lines.on("line", (line) => {
      try {
        const parsed = JSON.parse(line) as { port?: number };
        if (typeof parsed.port === "number") resolve(parsed.port);
      } catch {
        // Log lines of the app itself: not ours.
      }
    });
  });
  lines.removeAllListeners("line");
  child.stdout!.resume();
  return { child, port };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 3000).unref();
  });
}

/** Poll /api/health until no analysis runs or waits (the app's own count), then return. */
async function waitUntilIdle(port: number, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  for (;;) {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`);
    const health = (await response.json()) as { analysis?: { running: number; queued: number } };
    if (health.analysis === undefined) throw new Error("bench-api: /api/health has no analysis");
    if (health.analysis.running === 0 && health.analysis.queued === 0) return;
    if (Date.now() - started > SETTLE_LIMIT_MS) {
      log(`  still busy after ${SETTLE_LIMIT_MS} ms: ${JSON.stringify(health.analysis)}`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The curated dataset under a new `version` per call: the same analysis, another body. */
function distinctBodies(curated: string): () => string {
  const dataset = JSON.parse(curated) as Record<string, unknown>;
  const [head, tail] = JSON.stringify({ ...dataset, version: "\u0000" }).split('"\\u0000"') as [
    string,
    string,
  ];
  let counter = 0;
  return () => `${head}"bench-${++counter}"${tail}`;
}

export async function benchApi(
  config: { durationSeconds: number; connections: number; rounds: number },
  log: (line: string) => void,
): Promise<ApiTargetResult[]> {
  const curated = await readFile(`${PATHS.root}data/deals.json`, "utf8");
  const nextBody = distinctBodies(curated);
  // The first two rows are the ratio in the report (GET ÷ hello at the run's connections).
  const targets: ApiTarget[] = [...new Set([config.connections, 10])].flatMap((connections) => [
    {
      name: "express hello (ceiling)",
      server: "hello",
      path: "/hello",
      method: "GET",
      connections,
    },
    {
      name: "GET /api/cycles (cached)",
      server: "app",
      path: "/api/cycles",
      method: "GET",
      connections,
    },
    {
      name: "GET /api/cycles (cached), request logging on as in npm start",
      server: "app-logged",
      path: "/api/cycles",
      method: "GET",
      connections,
    },
    {
      name: "POST /api/analyze (distinct bodies)",
      server: "app",
      path: "/api/analyze",
      method: "POST",
      body: curated,
      distinct: true,
      connections,
    },
    {
      name: "POST /api/analyze (same body, cached)",
      server: "app",
      path: "/api/analyze",
      method: "POST",
      body: curated,
      connections,
    },
  ]);
  const servers = {
    app: await startServer("app"),
    "app-logged": await startServer("app-logged"),
    hello: await startServer("hello"),
  };
  const samples = targets.map(() => ({
    rps: [] as number[],
    ok: [] as number[],
    p50: [] as number[],
    p99: [] as number[],
    non2xx: 0,
    errors: 0,
    codes: {} as Record<string, number>,
  }));
  try {
    for (const target of targets) {
      // Warm-up: JIT, and the analysis cache a cached route is meant to hit.
      const url = `http://127.0.0.1:${servers[target.server].port}${target.path}`;
      const init: RequestInit =
        target.method === "POST"
          ? {
              method: "POST",
              body: target.body ?? "",
              headers: { "content-type": "application/json" },
            }
          : {};
      const response = await fetch(url, init);
      await response.arrayBuffer();
      if (!response.ok) log(`  warm-up ${target.name}: HTTP ${response.status}`);
    }
    for (let round = 0; round < config.rounds; round++) {
      for (let k = 0; k < targets.length; k++) {
        const index = (round + k) % targets.length;
        const target = targets[index]!;
        const request: AutocannonRequest = {
          method: target.method,
          ...(target.body !== undefined
            ? { body: target.body, headers: { "content-type": "application/json" } }
            : {}),
          ...(target.distinct ? { setupRequest: (r) => ({ ...r, body: nextBody() }) } : {}),
        };
        const result = await autocannon({
          url: `http://127.0.0.1:${servers[target.server].port}${target.path}`,
          connections: target.connections,
          duration: config.durationSeconds,
          requests: [request],
        });
        const s = samples[index]!;
        s.rps.push(result.requests.average);
        s.ok.push((result.requests.total - result.non2xx) / config.durationSeconds);
        s.p50.push(result.latency.p50);
        s.p99.push(result.latency.p99);
        s.non2xx += result.non2xx;
        s.errors += result.errors + result.timeouts;
        for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) {
          s.codes[code] = (s.codes[code] ?? 0) + stat.count;
        }
        log(
          `  ${target.name}, ${target.connections} connections: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}`,
        );
        await waitUntilIdle(servers.app.port, log);
      }
    }
  } finally {
    await Promise.all(Object.values(servers).map((server) => stop(server.child)));
  }
  return targets.map((t, k) => ({
    name: t.name,
    path: t.path,
    method: t.method,
    connections: t.connections,
    requestsPerSecond: summarizeSamples(samples[k]!.rps),
    okPerSecond: summarizeSamples(samples[k]!.ok),
    p50Ms: summarizeSamples(samples[k]!.p50),
    p99Ms: summarizeSamples(samples[k]!.p99),
    non2xx: samples[k]!.non2xx,
    errors: samples[k]!.errors,
    statusCodes: samples[k]!.codes,
  }));
}
