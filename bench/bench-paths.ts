// Where the benchmark finds what it runs: the built CLI, the bundled in-process timer, the peers.

import { fileURLToPath } from "node:url";

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export const PATHS = Object.freeze({
  root: here("../"),
  cli: here("../dist/server/cli/main.js"),
  timeEngine: here("./results/raw/time-engine.js"),
  serveApp: here("./results/raw/serve-app.js"),
  peers: here("./peers"),
  python: here("../.venv-bench/bin/python"),
  results: here("./results/"),
  raw: here("./results/raw/"),
  docs: here("../docs/"),
});
