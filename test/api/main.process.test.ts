// server/main.ts as a real process: from the TypeScript source (tsx) and from the esbuild bundle,
// each analysing in its worker thread; refusing an invalid dataset; stopping on SIGTERM.

import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { NODE_BUNDLE } from "../node-bundle.js";
import { loopDataset } from "./api-fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "roundtrip-main-"));
const datasetPath = join(dir, "deals.json");
writeFileSync(datasetPath, JSON.stringify(loopDataset()));
// Inside node_modules so that the bundle's bare imports resolve to the project's packages.
const bundleDir = resolve("node_modules/.cache/roundtrip-test-server");
// Started from source, the server's workers compile from source too: never the unit tier's bundle
// (test/use-worker-bundle.ts), should this test thread have run unit files before.
const { ROUNDTRIP_WORKER_BUNDLE: _unitBundle, ...parentEnv } = process.env;

/** Run server/main.ts from source with extra environment until it exits (it should refuse to start). */
async function runUntilExit(env: Record<string, string>): Promise<{ code: unknown; err: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...parentEnv, PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  child.stderr.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  const code = await new Promise((resolvePromise) => child.once("exit", resolvePromise));
  return { code, err };
}

interface Server {
  child: ChildProcess;
  url: string;
  stdout: () => string;
}

function start(args: string[], env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, args, {
    env: { ...parentEnv, PORT: "0", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr!.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  return new Promise((resolvePromise, reject) => {
    const timer = setInterval(() => {
      const match = /Roundtrip viewer: (http:\/\/localhost:\d+)/.exec(out);
      if (match) {
        clearInterval(timer);
        resolvePromise({
          child,
          url: match[1]!.replace("localhost", "127.0.0.1"),
          stdout: () => out,
        });
      }
    }, 20);
    child.once("exit", (code) => {
      clearInterval(timer);
      reject(new Error(`server exited with ${code}: ${err}`));
    });
  });
}

function stop(server: Server): Promise<number | null> {
  return new Promise((resolvePromise) => {
    server.child.once("exit", (code) => resolvePromise(code));
    server.child.kill("SIGTERM");
  });
}

async function exercise(server: Server): Promise<void> {
  const health = await fetch(`${server.url}/api/health`);
  expect(await health.json()).toEqual({
    status: "ok",
    dataset: { entities: 4, deals: 5, version: "test-1" },
    analysis: { running: 0, queued: 0 },
  });
  const analyzed = await fetch(`${server.url}/api/analyze?maxLength=3`, {
    method: "POST",
    headers: { "content-type": "text/csv" },
    body: "from,to,type,amountUsd,date\nA,B,loan,5,2025\nB,A,equity,3,2025\n",
  });
  expect(analyzed.status).toBe(200);
  const body = (await analyzed.json()) as { cycles: { cycles: { nodes: string[] }[] } };
  expect(body.cycles.cycles.map((c) => c.nodes)).toEqual([["a", "b"]]);
  const loggedUrls = () =>
    server
      .stdout()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => (JSON.parse(line) as { req?: { url: string } }).req?.url);
  // pino-http logs when the response finishes; the line may reach our pipe after the body does.
  await until(() => loggedUrls().includes("/api/analyze?maxLength=3"));
  expect(loggedUrls()).toEqual(expect.arrayContaining(["/api/health", "/api/analyze?maxLength=3"]));
}

/** Resolves once `ready()` holds, or after `limitMs` (the assertion that follows then says why). */
async function until(ready: () => boolean, limitMs = 10_000): Promise<void> {
  for (const start = Date.now(); !ready() && Date.now() - start < limitMs; ) {
    await new Promise((resolveWait) => setTimeout(resolveWait, 20));
  }
}

describe("server/main.ts from source", () => {
  it("listens, prints its URL, logs each request, analyses in a worker, stops on SIGTERM", async () => {
    const server = await start(["--import", "tsx", "server/main.ts"], {
      ROUNDTRIP_DATASET: datasetPath,
    });
    try {
      await exercise(server);
    } finally {
      expect(await stop(server)).toBe(0);
    }
    // Starting Node with tsx compiling the server and its worker from source: 30 s was not enough
    // on a machine under load (a CI run at load average 20 timed out).
  }, 120_000);

  it("refuses to start on an invalid dataset, with the located problems", async () => {
    const bad = join(dir, "bad.json");
    const dataset = loopDataset() as unknown as { deals: Record<string, unknown>[] };
    dataset.deals[2]!.to = "nowhere";
    writeFileSync(bad, JSON.stringify(dataset));
    const { code, err } = await runUntilExit({ ROUNDTRIP_DATASET: bad });
    expect(code).toBe(1);
    expect(err).toContain('deals[2].to: unknown entity "nowhere"');
  });
});

describe("server/main.ts configuration", () => {
  it("refuses a worker count or queue length out of range, naming the variable", async () => {
    const { code, err } = await runUntilExit({ ANALYSIS_WORKERS: "0", ANALYSIS_QUEUE: "-1" });
    expect(code).toBe(1);
    expect(err).toContain("ANALYSIS_WORKERS:");
    expect(err).toContain("ANALYSIS_QUEUE:");
  });
});

describe("server/main.ts bundled by esbuild", () => {
  beforeAll(async () => {
    // The same entries and settings as scripts/build-server.js.
    await build({
      entryPoints: ["server/main.ts", "server/api/analysis-worker.ts"],
      outdir: bundleDir,
      outbase: "server",
      ...NODE_BUNDLE,
    });
  });

  it("on SIGTERM, answers the analyses running and queued before it exits (issue 16)", async () => {
    // One worker; two 20,000-entity rings (each held to its exposure budget, ~8 s): the second
    // waits for the first, so its answer comes well after the signal (the finding: a job still
    // running 10 s after SIGTERM was cut with ECONNRESET).
    const server = await start([join(bundleDir, "main.js")], {
      ROUNDTRIP_DATASET: datasetPath,
      ANALYSIS_WORKERS: "1",
      LOG_LEVEL: "silent",
    });
    /** A ring CSV; `offset` makes each body different (answers are cached by body). */
    const ring = (offset: number) => {
      let csv = "from,to,type,amountUsd,date,status,amountBasis,sourceUrl\n";
      for (let i = 0; i < 20_000; i++) {
        csv += `E${i},E${(i + 1) % 20_000},loan,${offset + i},2025,signed,committed,https://example.com/${i}\n`;
      }
      return csv;
    };
    const post = (offset: number) =>
      fetch(`${server.url}/api/analyze`, {
        method: "POST",
        headers: { "content-type": "text/csv" },
        body: ring(offset),
      }).then(
        async (response) => ({ status: response.status, body: await response.json() }),
        (error: unknown) => ({ status: 0, body: String(error) }),
      );
    const answers = [post(1000), post(2000)];
    const load = async () =>
      (
        (await (await fetch(`${server.url}/api/health`)).json()) as {
          analysis: { running: number; queued: number };
        }
      ).analysis;
    let analysis = await load();
    for (const start = Date.now(); analysis.running + analysis.queued < 2; ) {
      if (Date.now() - start > 60_000)
        throw new Error(`never both in: ${JSON.stringify(analysis)}`);
      await new Promise((resolveWait) => setTimeout(resolveWait, 50));
      analysis = await load();
    }
    const exited = stop(server);
    for (const answer of await Promise.all(answers)) {
      // A bounded answer (413 over_time_budget, or 503 at the deadline on a slow machine), never
      // a cut connection.
      expect([200, 413, 503]).toContain(answer.status);
      expect(typeof answer.body).toBe("object");
    }
    expect(await exited).toBe(0);
  }, 120_000);

  it("runs its analysis worker from the built file", async () => {
    const server = await start([join(bundleDir, "main.js")], { ROUNDTRIP_DATASET: datasetPath });
    try {
      await exercise(server);
    } finally {
      expect(await stop(server)).toBe(0);
    }
  });
});
