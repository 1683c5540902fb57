import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { unzipSync } from "fflate";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../server/dataset/read-dataset.js";
import { fixture, run } from "./cli-harness.js";

const tiny = fixture("tiny.json");
const rows = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
const tempDir = () => mkdtempSync(join(tmpdir(), "roundtrip-export-"));

describe("roundtrip export", () => {
  it("writes GEXF to stdout that reads back to the same deals", async () => {
    const { code, stdout } = await run(["export", tiny, "--format", "gexf"]);
    expect(code).toBe(0);
    const back = readDataset(new TextEncoder().encode(stdout), { fileName: "x.gexf" }).dataset;
    const original = JSON.parse(readFileSync(tiny, "utf8"));
    expect(back.deals.map((d) => d.id).sort()).toEqual(
      original.deals.map((d: { id: string }) => d.id).sort(),
    );
    // Gephi gets the viewer's layout, palette and sizes: every node placed, coloured and sized.
    const nodes = original.entities.length;
    expect(stdout.match(/<viz:position x="-?[\d.e+-]+" y="-?[\d.e+-]+" z="0"\/>/g)).toHaveLength(
      nodes,
    );
    expect(stdout.match(/<viz:color r="\d+" g="\d+" b="\d+"\/>/g)).toHaveLength(
      nodes + original.deals.length,
    );
    expect(stdout.match(/<viz:size value="[\d.]+"\/>/g)).toHaveLength(nodes);
  });

  it("narrows a dataset format to the deals the inclusion options count", async () => {
    const { code, stdout } = await run(["export", tiny, "--format", "json", "--types", "equity"]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { deals: { type: string }[] };
    expect(out.deals.length).toBeGreaterThan(0);
    expect(out.deals.every((d) => d.type === "equity")).toBe(true);
  });

  it("writes the loops and exposure tables under the inclusion options", async () => {
    const loops = await run(["export", tiny, "--format", "cycles-csv"]);
    expect(loops.code).toBe(0);
    expect(rows(loops.stdout).map((r) => r.entityIds)).toEqual([
      "nvidia → openai → oracle → nvidia",
      "coreweave → nvidia → coreweave",
    ]);
    const narrowed = await run(["export", tiny, "--format", "cycles-csv", "--types", "equity"]);
    expect(rows(narrowed.stdout)).toEqual([]);
    const exposure = await run(["export", tiny, "--format", "exposure-csv"]);
    expect(rows(exposure.stdout).map((r) => r.id)).toContain("nvidia");
  });

  it("draws an SVG with the file's name in the credit", async () => {
    const { code, stdout } = await run(["export", tiny, "--format", "svg", "--theme", "dark"]);
    expect(code).toBe(0);
    const doc = new DOMParser().parseFromString(stdout, "image/svg+xml");
    const texts = Array.from(doc.getElementsByTagName("text")).map((t) => t.textContent ?? "");
    expect(texts).toContain("Nvidia");
    expect(texts.some((t) => t.startsWith("Roundtrip · tiny.json"))).toBe(true);
  });

  it("writes a zip as bytes to a pipe, and refuses to write one to a terminal", async () => {
    const piped = await run(["export", tiny, "--format", "csv"]);
    expect(piped.code).toBe(0);
    expect(Object.keys(unzipSync(piped.stdoutBytes)).sort()).toEqual(["edges.csv", "nodes.csv"]);
    const tty = await run(["export", tiny, "--format", "neo4j"], { stdoutTty: true });
    expect(tty.code).toBe(1);
    expect(tty.stderr).toMatch(/zip archive; name a file with -o/);
    expect(tty.stdoutBytes.length).toBe(0);
  });

  it("escapes control characters from the data when stdout is a terminal", async () => {
    const dataset = JSON.parse(readFileSync(tiny, "utf8"));
    dataset.entities[0].name = "Evil\u001b[2J\u001b]52;c;aGk=\u0007";
    const { stdout } = await run(["export", "-", "--format", "exposure-csv"], {
      stdin: JSON.stringify(dataset),
      stdoutTty: true,
    });
    expect(stdout.includes("\u001b") || stdout.includes("\u0007")).toBe(false);
    expect(stdout).toContain("Evil\\u001b[2J");
  });

  it("writes -o OUT, refuses to replace it without --force, and never writes over its input", async () => {
    const dir = tempDir();
    const out = join(dir, "view.svg");
    expect((await run(["export", tiny, "--format", "svg", "-o", out])).code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^<\?xml/);
    writeFileSync(out, "keep me");
    const again = await run(["export", tiny, "--format", "svg", "-o", out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists; add --force/);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect((await run(["export", tiny, "--format", "svg", "-o", out, "--force"])).code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^<\?xml/);

    const input = join(dir, "input.json");
    writeFileSync(input, readFileSync(tiny));
    const over = await run(["export", input, "--format", "json", "-o", input, "--force"]);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/over the input file/);
    expect(readFileSync(input, "utf8")).toBe(readFileSync(tiny, "utf8"));
    expect(existsSync(join(dir, "missing"))).toBe(false);
  });

  it("requires a known --format (usage error)", async () => {
    expect((await run(["export", tiny])).code).toBe(2);
    const bad = await run(["export", tiny, "--format", "pdf"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Allowed choices are json, csv, gexf, graphml, neo4j, svg/);
  });
});
