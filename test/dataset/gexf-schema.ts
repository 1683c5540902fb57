// The GEXF 1.3 XML schema (gexf.xsd, viz.xsd, dynamics.xsd from the GEXF project) and xmllint
// (Debian's libxml2-utils) as an independent judge of our GEXF. The schema files are not ours to
// commit: they are looked for in $GEXF_XSD_DIR, then in test/fixtures/gexf-1.3/ (git-ignored), then
// beside the project in shared/gexf-1.3/; without them the (opt-in) schema test fails saying so.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const CANDIDATES = [
  process.env.GEXF_XSD_DIR,
  resolve("test/fixtures/gexf-1.3"),
  resolve("../shared/gexf-1.3"),
].filter((dir): dir is string => dir !== undefined && dir !== "");

const schemaDir = CANDIDATES.find((dir) =>
  ["gexf.xsd", "viz.xsd", "dynamics.xsd"].every((file) => existsSync(join(dir, file))),
);
const hasXmllint = spawnSync("xmllint", ["--version"], { stdio: "ignore" }).status === 0;

/** Why the schema check cannot run here, or null when it can. */
export function gexfSchemaProblem(): string | null {
  const missing = [
    hasXmllint ? "" : "xmllint (apt-get install libxml2-utils) is missing",
    schemaDir
      ? ""
      : "no gexf.xsd/viz.xsd/dynamics.xsd in $GEXF_XSD_DIR, test/fixtures/gexf-1.3 or ../shared/gexf-1.3 " +
        "(gexf.xsd is published at http://gexf.net/1.3/gexf.xsd — the schemaLocation our GEXF names — " +
        "with the two files it imports; they are not committed here: fetch them once and point " +
        "GEXF_XSD_DIR at their folder)",
  ].filter((text) => text !== "");
  return missing.length === 0
    ? null
    : `GEXF 1.3 schema validation cannot run: ${missing.join("; ")}`;
}

/** Validate GEXF text against gexf.xsd with xmllint. */
export function validateGexf(xml: string): { valid: boolean; errors: string } {
  const path = join(mkdtempSync(join(tmpdir(), "roundtrip-gexf-")), "graph.gexf");
  writeFileSync(path, xml);
  const result = spawnSync(
    "xmllint",
    ["--noout", "--nonet", "--schema", join(schemaDir!, "gexf.xsd"), path],
    { encoding: "utf8" },
  );
  const errors = result.stderr.replace(`${path} validates\n`, "");
  return { valid: result.status === 0, errors };
}
