// The browser tests' hook (`window.__roundtrip`, client/mount-app.ts) is in the test build only:
// the production bundle that `npm start` serves does not carry it.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const HOOK = "__roundtrip";

/** The built files of a viewer that hold script, each with its text. */
function scripts(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(js|mjs|html)$/.test(file))
    .map((file) => ({ file, text: readFileSync(join(dir, file), "utf8") }));
}

describe("the browser tests' hook", () => {
  it("is in no file of the production build", () => {
    const built = scripts("dist/client");
    expect(built.some(({ file }) => file.endsWith(".js"))).toBe(true);
    expect(built.filter(({ text }) => text.includes(HOOK)).map(({ file }) => file)).toEqual([]);
  });

  it("is in the test build the browser tests load", () => {
    expect(scripts("dist/client-test").some(({ text }) => text.includes(HOOK))).toBe(true);
  });
});
