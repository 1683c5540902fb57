// Make the benchmark's tools ready: the bundled CLI (npm run build:server), the bundled in-process
// timer, and a Python venv with python-igraph from the wheel on the machine image (ENVIRONMENT.md).

import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { build } from "esbuild";
import { NODE_BUNDLE } from "../test/node-bundle.js";
import { PATHS } from "./bench-paths.js";

const WHEEL_DIRS = ["/opt/pypi/files"];

export async function ensurePeers(log: (line: string) => void): Promise<void> {
  log("building the server bundle (npm run build:server)");
  execFileSync("npm", ["run", "--silent", "build:server"], { cwd: PATHS.root, stdio: "inherit" });
  // Bundled like dist/server (esbuild, dependencies external): the API server runs as in
  // production, its analysis worker beside it, not through tsx.
  await build({
    entryPoints: [
      { in: `${PATHS.root}bench/time-engine.ts`, out: "time-engine" },
      { in: `${PATHS.root}bench/serve-app.ts`, out: "serve-app" },
      { in: `${PATHS.root}server/api/analysis-worker.ts`, out: "analysis-worker" },
    ],
    outdir: PATHS.raw,
    ...NODE_BUNDLE,
  });
  if (!existsSync(PATHS.python)) {
    const dir = WHEEL_DIRS.find(
      (d) => existsSync(d) && readdirSync(d).some((f) => f.startsWith("igraph-1.0.0")),
    );
    if (dir === undefined)
      throw new Error("ensurePeers: no igraph-1.0.0 wheel found; see ENVIRONMENT.md");
    log(`creating .venv-bench with igraph from ${dir}`);
    execFileSync("python3", ["-m", "venv", "--system-site-packages", `${PATHS.root}.venv-bench`]);
    execFileSync(
      PATHS.python,
      ["-m", "pip", "install", "-q", "--no-index", "--find-links", dir, "igraph", "threadpoolctl"],
      {
        stdio: "inherit",
      },
    );
  }
}

/** Versions of everything measured, for the report. */
export function describeMachine(): Record<string, string> {
  const run = (cmd: string, args: string[]) => {
    try {
      return execFileSync(cmd, args, { encoding: "utf8" }).trim();
    } catch {
      return "unavailable";
    }
  };
  const cpu = run("sh", ["-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"]);
  return {
    cpu: cpu.trim(),
    nproc: run("nproc", []),
    memory: run("sh", ["-c", "free -g | awk '/Mem:/ {print $2 \" GiB\"}'"]),
    node: process.version,
    python: run(PATHS.python, ["--version"]),
    peers: run(PATHS.python, [
      "-c",
      "import igraph, networkx, numpy; print(f'igraph {igraph.__version__}, networkx {networkx.__version__}, numpy {numpy.__version__}')",
    ]),
    chromium: run("/usr/bin/chromium", ["--version"]),
    loadAverage: run("sh", ["-c", "cut -d' ' -f1-3 /proc/loadavg"]),
  };
}
