// How the server's code is bundled for Node in tests and benchmarks — the settings of
// scripts/build-server.js for the HTTP server and its analysis worker (packages left external).

import type { BuildOptions } from "esbuild";

export const NODE_BUNDLE: Readonly<BuildOptions> = Object.freeze({
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
