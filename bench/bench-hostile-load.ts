// The server under hostile load (issue 16): server/main.ts as `npm start` runs it, four clients
// (each its own loopback address) posting pathological uploads back to back — a 20,000-entity
// ring (its exposure runs into the deadline), a small zip of 1.4M identical rows, a 100,000-deep
// JSON field, a complete graph — while a viewer polls /api/health, a cached GET and a GET with a
// new filter value each time. Prints latency percentiles, every upload's status and time, and
// the 5xx count and the load average. Run alone: `npm run bench:load` (DURATION_S, default 40),
// or as the `load` section of `npm run bench` (`npm run bench -- --only load`).

import { type ChildProcess, spawn } from "node:child_process";
import { request } from "node:http";
import { loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import { strToU8, zipSync } from "fflate";
import { PATHS } from "./bench-paths.js";

/** The hard deadline of an upload under default options: 5 s budget + 10 s grace. */
const UPLOAD_DEADLINE_MS = 15_000;

interface Answer {
  status: number;
  ms: number;
}

function send(
  port: number,
  method: string,
  path: string,
  body: Uint8Array | null,
  headers: Record<string, string>,
  localAddress = "127.0.0.1",
): Promise<Answer> {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = request(
      { host: "127.0.0.1", port, method, path, headers, localAddress, agent: false },
      (res) => {
        res.resume();
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }),
        );
      },
    );
    req.on("error", () => resolve({ status: 0, ms: performance.now() - started }));
    req.end(body ?? undefined);
  });
}

function uploads(): { name: string; type: string; body: Uint8Array; query: string }[] {
  let ring = "from,to,type,amountUsd,date,status,amountBasis,sourceUrl\n";
  for (let i = 0; i < 20_000; i++) {
    ring += `E${i},E${(i + 1) % 20_000},loan,${1000 + i},2025,signed,committed,https://example.com/${i}\n`;
  }
  const row = "A,B,loan,1,2025,signed,committed,https://example.com/ab\n";
  const bomb = zipSync(
    {
      "deals.csv": strToU8(
        `from,to,type,amountUsd,date,status,amountBasis,sourceUrl\n${row.repeat(1_400_000)}`,
      ),
    },
    { level: 9 },
  );
  const depth = 100_000;
  const deep = `{"entities":[{"id":"a","name":"a","kind":"other","extra":${"[".repeat(depth)}${"]".repeat(depth)}}],"deals":[]}`;
  const ids = Array.from({ length: 14 }, (_, k) => `e${k}`);
  const complete = {
    entities: ids.map((id) => ({ id, name: id, kind: "other" })),
    deals: ids.flatMap((a) =>
      ids
        .filter((b) => b !== a)
        .map((b) => ({
          id: `${a}-${b}`,
          from: a,
          to: b,
          type: "loan",
          amountUsd: 1,
          amountBasis: "committed",
          date: "2025",
          status: "signed",
          sources: [{ url: "https://example.com" }],
        })),
    ),
  };
  return [
    { name: "20k ring (CSV)", type: "text/csv", body: strToU8(ring), query: "" },
    { name: "1.4M-row zip", type: "application/zip", body: bomb, query: "" },
    { name: "100k-deep JSON", type: "application/json", body: strToU8(deep), query: "" },
    {
      name: "complete K14",
      type: "application/json",
      body: strToU8(JSON.stringify(complete)),
      query: "?maxLength=12&maxCycles=100000",
    },
  ];
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

async function startServer(): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: PATHS.root,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve) => {
    let text = "";
    child.stdout?.on("data", (data: Buffer) => {
      text += data.toString();
      const match = /:(\d+)\s*$/m.exec(text);
      if (match) resolve(Number(match[1]));
    });
  });
  return { child, port };
}

export interface LatencySummary {
  n: number;
  p50: number;
  p99: number;
  max: number;
}

export interface HostileLoadResult {
  durationMs: number;
  /** os.loadavg() (1, 5, 15 min) when the run started and when it ended. */
  loadAverageStart: number[];
  loadAverageEnd: number[];
  viewer: { health: LatencySummary; cached: LatencySummary; newFilter: LatencySummary };
  viewerNon200: number;
  viewer5xx: number;
  uploads: Record<
    string,
    { n: number; statuses: number[]; maxMs: number; withinDeadline: boolean }
  >;
  /** The bound each upload was held to: its job's deadline + 1 s. */
  uploadBoundMs: number;
}

/** The hostile-load run: the server under four pathological uploaders and a polling viewer. */
export async function benchHostileLoad(
  durationMs: number,
  log: (line: string) => void = () => {},
): Promise<HostileLoadResult> {
  const DURATION_MS = durationMs;
  const loadAverageStart = loadavg();
  log(
    `load: ${durationMs / 1000} s of four pathological uploaders (load average ${loadAverageStart.map((v) => v.toFixed(1)).join(" ")})`,
  );
  const bodies = uploads();
  const { child, port } = await startServer();
  // Workers loaded, the default analysis cached.
  for (
    let k = 0;
    k < 50 && (await send(port, "GET", "/api/cycles", null, {})).status !== 200;
    k++
  ) {
    await new Promise((r) => setTimeout(r, 200));
  }
  const end = performance.now() + DURATION_MS;
  const uploaded: { name: string; status: number; ms: number }[] = [];
  const uploaders = bodies.map(async (upload, k) => {
    while (performance.now() < end) {
      const answer = await send(
        port,
        "POST",
        `/api/analyze${upload.query}`,
        upload.body,
        {
          "content-type": upload.type,
          "content-length": String(upload.body.length),
        },
        `127.0.0.${2 + k}`,
      );
      uploaded.push({ name: upload.name, ...answer });
    }
  });
  const latencies = { health: [] as number[], cached: [] as number[], newFilter: [] as number[] };
  const statuses: number[] = [];
  const viewer = (async () => {
    let k = 0;
    while (performance.now() < end) {
      const health = await send(port, "GET", "/api/health", null, {});
      const cached = await send(port, "GET", "/api/cycles", null, {});
      const fresh = await send(
        port,
        "GET",
        `/api/cycles?minAmountUsd=${1_000_000 + k++}`,
        null,
        {},
      );
      latencies.health.push(health.ms);
      latencies.cached.push(cached.ms);
      latencies.newFilter.push(fresh.ms);
      statuses.push(health.status, cached.status, fresh.status);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  await Promise.all([...uploaders, viewer]);
  // The server drains its jobs in flight before it exits: the next section starts on a quiet port.
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
  const summary = Object.fromEntries(
    Object.entries(latencies).map(([name, values]) => [
      name,
      {
        n: values.length,
        p50: percentile(values, 50),
        p99: percentile(values, 99),
        max: Math.max(...values.slice(0, 100_000)),
      },
    ]),
  );
  const byUpload = Object.fromEntries(
    bodies.map(({ name }) => {
      const runs = uploaded.filter((u) => u.name === name);
      return [
        name,
        {
          n: runs.length,
          statuses: [...new Set(runs.map((r) => r.status))].sort(),
          maxMs: Math.max(0, ...runs.map((r) => r.ms)),
          withinDeadline: runs.every((r) => r.ms <= UPLOAD_DEADLINE_MS + 1_000),
        },
      ];
    }),
  );
  const fiveXxViewer = statuses.filter((s) => s >= 500).length;
  return {
    durationMs: DURATION_MS,
    loadAverageStart,
    loadAverageEnd: loadavg(),
    viewer: summary as HostileLoadResult["viewer"],
    viewerNon200: statuses.filter((s) => s !== 200).length,
    viewer5xx: fiveXxViewer,
    uploads: byUpload,
    uploadBoundMs: UPLOAD_DEADLINE_MS + 1_000,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await benchHostileLoad(Number(process.env.DURATION_S ?? 40) * 1000);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
