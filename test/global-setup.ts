// Browser tests need the built viewer: build it once before the run when it is missing or stale.

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

/** Only a run that may include the browser tests needs the build (`vitest run test/analysis` does not). */
function runIncludesBrowserTests(): boolean {
  const filters = process.argv.slice(2).filter((arg) => !arg.startsWith("-") && arg !== "run");
  return filters.length === 0 || filters.some((filter) => filter.includes("e2e"));
}

export default async function setup(): Promise<void> {
  if (!runIncludesBrowserTests()) return;
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
