import request from "supertest";
import { describe, expect, it } from "vitest";
import { EXPORT_FORMATS } from "../../../server/dataset/export-dataset.js";
import { readDataset } from "../../../server/dataset/read-dataset.js";
import { hostileDataset } from "../../fixtures/hostile-dataset.js";
import { testApp } from "../api-fixtures.js";

const dataset = hostileDataset();
const app = testApp(dataset);
const binary = (response: request.Response) => response.body as Buffer;

/** Fetch a response body as bytes whatever its type. */
function getBytes(req: request.Test) {
  return req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on("data", (chunk: Buffer) => chunks.push(chunk));
    res.on("end", () => done(null, Buffer.concat(chunks)));
  });
}

const EXPECTED: Record<string, { type: RegExp; file: string }> = {
  json: { type: /^application\/json/, file: "roundtrip-2026.1.json" },
  csv: { type: /^application\/zip/, file: "roundtrip-2026.1-csv.zip" },
  "csv-edges": { type: /^text\/csv/, file: "roundtrip-2026.1-edges.csv" },
  "csv-nodes": { type: /^text\/csv/, file: "roundtrip-2026.1-nodes.csv" },
  gexf: { type: /^application\/gexf\+xml/, file: "roundtrip-2026.1.gexf" },
  graphml: { type: /^application\/graphml\+xml/, file: "roundtrip-2026.1.graphml" },
  neo4j: { type: /^application\/zip/, file: "roundtrip-2026.1-neo4j.zip" },
};
const withoutMeta = ({ entities, deals }: { entities: unknown; deals: unknown }) => ({
  entities,
  deals,
});
/** Formats that carry version and updated; the tables do not. */
const KEEPS_META = new Set(["json", "gexf", "graphml"]);

describe("GET /api/export", () => {
  for (const format of EXPORT_FORMATS) {
    it(`format=${format}: media type, file name, and it reads back to the dataset`, async () => {
      const response = await getBytes(request(app).get(`/api/export?format=${format}`)).expect(200);
      expect(response.headers["content-type"]).toMatch(EXPECTED[format]!.type);
      expect(response.headers["content-disposition"]).toBe(
        `attachment; filename=${EXPECTED[format]!.file}`,
      );
      if (format === "csv-nodes") return;
      const back = readDataset(new Uint8Array(binary(response)), {
        contentType: format === "csv-edges" ? "text/csv" : response.headers["content-type"],
      }).dataset;
      if (format === "csv-edges") {
        // Without the nodes table, entities are made from the ids.
        expect(back.deals.map((d) => d.id)).toEqual(dataset.deals.map((d) => d.id));
      } else if (KEEPS_META.has(format)) expect(back).toEqual(dataset);
      else expect(withoutMeta(back)).toEqual(withoutMeta(dataset));
    });
  }

  it("format=gexf carries the viewer's layout and palette for Gephi", async () => {
    const response = await getBytes(request(app).get("/api/export?format=gexf")).expect(200);
    const xml = binary(response).toString("utf8");
    const positions = xml.match(/<viz:position x="[^"]+" y="[^"]+" z="0"\/>/g) ?? [];
    expect(positions).toHaveLength(dataset.entities.length);
    expect(xml.match(/<viz:size value="[\d.]+"\/>/g)).toHaveLength(dataset.entities.length);
    expect(xml).toContain('mode="dynamic" timeformat="date"');
  });

  it("400 names the format parameter when it is missing or unknown", async () => {
    for (const query of ["", "?format=pdf", "?format=json&extra=1"]) {
      const response = await request(app).get(`/api/export${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.code).toBe("invalid_parameter");
      expect(response.body.error.details[0].path).toMatch(/format|extra/);
    }
  });
});

describe("POST /api/export", () => {
  it("converts a posted dataset between formats (GraphML in, GEXF out, back again)", async () => {
    const graphml = await getBytes(request(app).get("/api/export?format=graphml")).expect(200);
    const gexf = await getBytes(
      request(app)
        .post("/api/export?format=gexf")
        .set("content-type", "application/graphml+xml")
        .send(binary(graphml)),
    ).expect(200);
    expect(gexf.headers["content-disposition"]).toBe("attachment; filename=roundtrip-2026.1.gexf");
    expect(
      readDataset(new Uint8Array(binary(gexf)), { contentType: "application/xml" }).dataset,
    ).toEqual(dataset);
  });

  it("takes a CSV zip back in and gives canonical JSON", async () => {
    const zip = await getBytes(request(app).get("/api/export?format=csv")).expect(200);
    const json = await request(app)
      .post("/api/export?format=json")
      .set("content-type", "application/zip")
      .send(binary(zip));
    expect(json.status).toBe(200);
    expect(withoutMeta(JSON.parse(json.text))).toEqual(withoutMeta(dataset));
  });

  it("names the file from a version that could break a header", async () => {
    const hostile = { ...dataset, version: '"; rm -rf /\r\nX-Injected: 1' };
    const response = await request(app)
      .post("/api/export?format=json")
      .set("content-type", "application/json")
      .send(JSON.stringify(hostile));
    expect(response.status).toBe(200);
    expect(response.headers["content-disposition"]).toBe(
      "attachment; filename=roundtrip-rm--rf-X-Injected-1.json",
    );
    expect(response.headers["x-injected"]).toBeUndefined();
  });
});

describe("ids any string may be", () => {
  it("GET /api/entities/:id finds __proto__ and ids with commas, spaces and unicode", async () => {
    const proto = await request(app).get("/api/entities/__proto__").expect(200);
    expect(proto.body.entity).toEqual({
      id: "__proto__",
      name: '=HYPERLINK("http://evil")',
      kind: "other",
    });
    expect(proto.body.dealsOut.map((d: { id: string }) => d.id)).toEqual(["proto-self"]);
    const oracle = await request(app)
      .get(`/api/entities/${encodeURIComponent("oracle, inc")}`)
      .expect(200);
    expect(oracle.body.entity.name).toBe("Oracle Ünïcødé 甲骨文 🚀");
    expect(Object.keys(Object.getPrototypeOf({}))).toEqual([]);
  });

  it("reads a gzip-compressed body", async () => {
    const { gzipSync } = await import("node:zlib");
    const response = await request(app)
      .post("/api/export?format=json")
      .set("content-type", "application/json")
      .set("content-encoding", "gzip")
      // As bytes: superagent would JSON-encode a Buffer sent as application/json.
      .serialize((body: unknown) => body as string)
      .send(gzipSync(JSON.stringify(dataset)));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual(dataset);
  });
});
