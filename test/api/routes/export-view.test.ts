import { DOMParser } from "@xmldom/xmldom";
import Papa from "papaparse";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { OPENAPI_DOCUMENT } from "../../../server/api/openapi.js";
import { API_EXPORT_FORMATS } from "../../../server/dataset/export-formats.js";
import { THEMES } from "../../../server/dataset/export-view.js";
import { loopDataset, testApp } from "../api-fixtures.js";

const app = testApp(loopDataset());
const rows = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe("GET /api/export view formats", () => {
  it("format=cycles-csv: one row per loop under the inclusion options, named by the date", async () => {
    const all = await request(app).get("/api/export?format=cycles-csv").expect(200);
    expect(all.headers["content-type"]).toMatch(/^text\/csv/);
    expect(all.headers["content-disposition"]).toBe(
      "attachment; filename=roundtrip-test-1-loops.csv",
    );
    // The three-way loop, then alpha ⇄ gamma whose undisclosed loan limits it at $0.
    expect(rows(all.text)).toEqual([
      expect.objectContaining({
        rank: "1",
        hops: "3",
        loop: "Alpha → Beta → Gamma → Alpha",
        bottleneckUsd: "6",
        deals: "a-b | b-g | g-a",
        bottleneckHop: "Gamma → Alpha",
        committedBottleneckUsd: expect.stringMatching(/^\d+$/),
      }),
      expect.objectContaining({ rank: "2", loop: "Alpha → Gamma → Alpha", bottleneckUsd: "0" }),
    ]);
    const narrowed = await request(app)
      .get("/api/export?format=cycles-csv&types=equity,loan&asOf=2025-12-31")
      .expect(200);
    expect(narrowed.headers["content-disposition"]).toBe(
      "attachment; filename=roundtrip-test-1-2025-12-31-loops.csv",
    );
    expect(rows(narrowed.text)).toEqual([]);
  });

  it("format=exposure-csv: one row per entity with every figure", async () => {
    const response = await request(app).get("/api/export?format=exposure-csv").expect(200);
    const table = rows(response.text);
    expect(table.map((row) => row.id)).toEqual(["alpha", "beta", "delta", "gamma"]);
    const api = await request(app).get("/api/exposure").expect(200);
    for (const entity of api.body.entities as Record<string, unknown>[]) {
      const row = table.find((r) => r.id === entity.id)!;
      expect(Number(row.roundTripShare)).toBe(entity.roundTripShare);
      expect(Number(row.maxRoundTripUsd)).toBe(entity.maxRoundTripUsd);
    }
  });

  it("format=svg: a well-formed picture of the included deals, in the theme asked for", async () => {
    const response = await request(app)
      .get("/api/export?format=svg&theme=dark")
      .buffer(true)
      .parse((res, done) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          text += chunk;
        });
        res.on("end", () => done(null, text));
      })
      .expect(200);
    expect(response.headers["content-type"]).toMatch(/^image\/svg\+xml/);
    expect(response.headers["content-disposition"]).toBe(
      "attachment; filename=roundtrip-test-1.svg",
    );
    const svg = response.body as string;
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    const texts = Array.from(doc.getElementsByTagName("text")).map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(["Alpha", "Beta", "Gamma"]));
    // Delta's only deal is a backstop: not a flow by default, so not drawn.
    expect(texts).not.toContain("Delta");
    expect(texts).toContain("Roundtrip · data/deals.json test-1 · CC BY 4.0");
    expect(svg).toContain('fill="#0E1116"');
    expect(doc.getElementsByTagName("path").length).toBe(4);
  });

  it("takes exactly the themes and formats its OpenAPI parameters list (generated from EXPORT_QUERY_SCHEMA)", async () => {
    const parameters = OPENAPI_DOCUMENT.paths["/api/export"]!.get!.parameters!;
    const byName = (name: string) =>
      parameters
        .map((p) =>
          "$ref" in p
            ? OPENAPI_DOCUMENT.components.parameters[
                p.$ref.replace("#/components/parameters/", "")
              ]!
            : p,
        )
        .find((p) => p.name === name)!;
    const theme = byName("theme");
    expect(theme.required).toBeUndefined();
    expect(theme.schema.default).toBe("light");
    expect(theme.schema.enum).toEqual([...THEMES]);
    for (const value of theme.schema.enum!) {
      await request(app).get(`/api/export?format=svg&theme=${value}`).expect(200);
    }
    const format = byName("format");
    expect(format.required).toBe(true);
    expect(format.schema.enum).toEqual([...API_EXPORT_FORMATS]);
    for (const value of format.schema.enum!) {
      await request(app).get(`/api/export?format=${value}`).expect(200);
    }
    await request(app).get("/api/export?format=nope").expect(400);
    await request(app).get("/api/export").expect(400);
  });

  it("rejects a bad inclusion option, a bad theme, and a theme on a table", async () => {
    const bad = await request(app).get("/api/export?format=svg&types=nope").expect(400);
    expect(bad.body.error.details[0].path).toBe("types");
    const theme = await request(app).get("/api/export?format=svg&theme=pink").expect(400);
    expect(theme.body.error.details[0].path).toBe("theme");
    await request(app).get("/api/export?format=cycles-csv&theme=dark").expect(400);
    // The dataset formats export the whole dataset: they take no inclusion option.
    await request(app).get("/api/export?format=json&types=equity").expect(400);
  });
});
