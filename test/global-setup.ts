// Browser tests need the built viewer: build it once before the run when it is missing or stale —
// the production build (dist/client, which test/e2e/test-hook.test.ts reads) and the test build
// with the `window.__roundtrip` hook (dist/client-test, which the browser tests load).
// Then one Chromium for every file of the run (each file connects to it: a browser launch per file
// was a tenth of the suite's time), closed after the run.
// The e2e project's global setup: vitest runs it only when e2e files are part of the run.

import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { launchBrowserServer } from "./e2e/launch-browser.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the run's Chromium listens (test/e2e/use-viewer.ts connects to it). */
    browserWSEndpoint: string;
  }
}

/** What the built viewer is made from: the build lays out the bundled dataset (data/). */
const SOURCES = ["client", "shared", "server", "data"];

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (existsSync("client/index.html")) {
    const newestSource = Math.max(...(await Promise.all(SOURCES.map(newestMtime))));
    const stale = (built: string) => !existsSync(built) || statSync(built).mtimeMs < newestSource;
    if (stale("dist/client/index.html"))
      execFileSync("npm", ["run", "build"], { stdio: "inherit" });
    if (stale("dist/client-test/index.html")) {
      execFileSync("npm", ["run", "build:test-client"], { stdio: "inherit" });
    }
  }
  const server = await launchBrowserServer();
  project.provide("browserWSEndpoint", server.wsEndpoint());
  return () => server.close();
}
