import request from "supertest";
import { describe, expect, it } from "vitest";
import { exportCsvEdges, exportCsvNodes } from "../../../server/dataset/export-csv.js";
import { exportGexf } from "../../../server/dataset/export-gexf.js";
import { exportGraphml } from "../../../server/dataset/export-graphml.js";
import { exportNeo4j } from "../../../server/dataset/export-neo4j.js";
import { loopDataset, testApp } from "../api-fixtures.js";

const app = testApp();

describe("POST /api/analyze", () => {
  it("answers { cycles, exposure, summary, warnings } for canonical JSON", async () => {
    const response = await request(app)
      .post("/api/analyze")
      .set("content-type", "application/json")
      .send(JSON.stringify(loopDataset()))
      .expect(200);
    expect(Object.keys(response.body).sort()).toEqual([
      "counterpartyExposure",
      "cycles",
      "exposure",
      "summary",
      "warnings",
    ]);
    expect(response.body.cycles.cycles[0]).toEqual({
      nodes: ["alpha", "beta", "gamma"],
      bottleneckUsd: 6,
      deals: [["a-b"], ["b-g"], ["g-a"]],
    });
    expect(response.body.exposure.entities).toHaveLength(4);
    expect(response.body.warnings).toContainEqual({
      path: "deals[3].amountUsd",
      message: "undisclosed amount: counted as 0 in flow analysis",
    });
  });

  it("gives the same analysis whatever the format the dataset comes in", async () => {
    const reference = await request(app)
      .post("/api/analyze")
      .set("content-type", "application/json")
      .send(JSON.stringify(loopDataset()));
    const bodies: [string, string | Buffer][] = [
      ["application/gexf+xml", exportGexf(loopDataset())],
      ["application/xml", exportGraphml(loopDataset())],
      ["application/zip", Buffer.from(exportNeo4j(loopDataset()))],
    ];
    for (const [type, body] of bodies) {
      const response = await request(app).post("/api/analyze").set("content-type", type).send(body);
      expect(response.status, type).toBe(200);
      expect(response.body.cycles, type).toEqual(reference.body.cycles);
      expect(response.body.exposure, type).toEqual(reference.body.exposure);
      expect(response.body.summary, type).toEqual(reference.body.summary);
    }
    const csv = await request(app)
      .post("/api/analyze")
      .set("content-type", "text/csv")
      .send(exportCsvEdges(loopDataset()));
    expect(csv.body.cycles).toEqual(reference.body.cycles);
    expect(exportCsvNodes(loopDataset())).toContain("alpha,Alpha,chipmaker");
  });

  it("applies and caps the query's bounds", async () => {
    const response = await request(app)
      .post("/api/analyze?maxLength=2&types=loan,chip_purchase")
      .set("content-type", "application/json")
      .send(JSON.stringify(loopDataset()))
      .expect(200);
    expect(response.body.cycles.cycles.map((c: { nodes: string[] }) => c.nodes)).toEqual([
      ["alpha", "gamma"],
    ]);
  });
});
