#!/usr/bin/env node
// The `roundtrip` command: runs the bundled CLI (built on install); falls back to the TypeScript
// source through tsx in a checkout that has not been built.
import { existsSync } from "node:fs";

const bundled = new URL("../dist/server/cli/main.js", import.meta.url);
if (existsSync(bundled)) {
  await import(bundled.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL("../server/cli/main.ts", import.meta.url).href);
}
