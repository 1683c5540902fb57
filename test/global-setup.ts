// Browser tests need the built viewer: build it once before the run when it is missing or stale.
// The e2e project's global setup: vitest runs it only when e2e files are part of the run.

import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

export default async function setup(): Promise<void> {
  const built = "dist/client/index.html";
  if (!existsSync("client/index.html")) return;
  const stale =
    !existsSync(built) ||
    statSync(built).mtimeMs <
      Math.max(
        await newestMtime("client"),
        await newestMtime("server"),
        // The build lays out the bundled dataset (scripts/bundle-layout.ts).
        await newestMtime("data"),
      );
  if (stale) execFileSync("npm", ["run", "build"], { stdio: "inherit" });
}
