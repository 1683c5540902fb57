// Bundle the server entry points (HTTP server, CLI, analysis worker) into dist/server with esbuild.
import { existsSync } from "node:fs";
import { build } from "esbuild";

const entries = ["server/main.ts", "server/cli/main.ts", "server/api/analysis-worker.ts"].filter(
  (file) => existsSync(file),
);

await build({
  entryPoints: entries,
  outdir: "dist/server",
  outbase: "server",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
