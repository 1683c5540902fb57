// python3 with networkx as an independent reader of our exports; probed once, on first import.

import { spawnSync } from "node:child_process";

/** Whether python3 with networkx is here; the networkx tests say so loudly when it is not. */
export const hasNetworkx: boolean = (() => {
  const probe = spawnSync("python3", ["-c", "import networkx"], { stdio: "ignore" });
  if (probe.status !== 0) {
    console.warn("NOTICE: python3 with networkx not found: the networkx read tests do NOT run.");
  }
  return probe.status === 0;
})();

/** Run a python3 script with `path` as argv[1] and parse its JSON output. */
export function runPython(script: string, path: string): unknown {
  const result = spawnSync("python3", ["-c", script, path], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}
