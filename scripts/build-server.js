// Bundle the server entry points into dist/server with esbuild: the HTTP server and its analysis
// worker with packages left external; the CLI self-contained, since module resolution of its
// dependencies is most of a short command's start-up time.
import { existsSync } from "node:fs";
import { build } from "esbuild";

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
};

await build({
  ...common,
  entryPoints: ["server/main.ts", "server/api/analysis-worker.ts"].filter((f) => existsSync(f)),
  outdir: "dist/server",
  outbase: "server",
  packages: "external",
});

await build({
  ...common,
  entryPoints: ["server/cli/main.ts"],
  outdir: "dist/server/cli",
  // Readers of the non-JSON formats (CSV, XML, zip libraries) become chunks loaded on demand.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  // Bundled CommonJS packages (commander, papaparse) call require().
  banner: {
    js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
  },
});
