import request from "supertest";
import { describe, expect, it } from "vitest";
import { createApp } from "../../../server/api/create-app.js";
import { exportCsvEdges, exportCsvNodes } from "../../../server/dataset/export-csv.js";
import { exportGexf } from "../../../server/dataset/export-gexf.js";
import { exportGraphml } from "../../../server/dataset/export-graphml.js";
import { exportNeo4j } from "../../../server/dataset/export-neo4j.js";
import { loopDataset, overrideRunner, sharedRunner, testApp } from "../api-fixtures.js";

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
      bottleneckHop: 2,
      committedBottleneckUsd: 6,
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

describe("POST /api/analyze, the same dataset again", () => {
  it("is answered from memory, byte for byte, with the same strong ETag", async () => {
    const real = sharedRunner();
    let analyses = 0;
    const runner = overrideRunner(real, {
      answerBody: (...args) => {
        analyses++;
        return real.answerBody(...args);
      },
    });
    const app = createApp({ dataset: loopDataset(), runner, clientDir: "test/api/no-client-here" });
    const post = (path: string, body: string, type = "application/json") =>
      request(app).post(path).set("content-type", type).send(body).expect(200);
    const body = JSON.stringify(loopDataset());
    // Two at once share one analysis; a third later is a cache hit.
    const [first, second] = await Promise.all([
      post("/api/analyze", body),
      post("/api/analyze", body),
    ]);
    const third = await post("/api/analyze", body);
    expect(analyses).toBe(1);
    expect(first.headers.etag).toMatch(/^"[0-9a-f]+-[\w-]+"$/);
    for (const again of [second, third]) {
      expect(again.text).toBe(first.text);
      expect(again.headers.etag).toBe(first.headers.etag);
    }
    // Another option set, another body or another Content-Type is another question.
    const shorter = await post("/api/analyze?maxLength=2", body);
    expect(analyses).toBe(2);
    expect(shorter.headers.etag).not.toBe(first.headers.etag);
    await post("/api/analyze", JSON.stringify({ ...loopDataset(), version: "test-2" }));
    expect(analyses).toBe(3);
    await post("/api/analyze", exportCsvEdges(loopDataset()), "text/csv");
    expect(analyses).toBe(4);
    // A refused body is not remembered: it is read (and refused) again.
    const bad = JSON.stringify({ ...loopDataset(), deals: [{ id: "x" }] });
    for (let k = 0; k < 2; k++) {
      await request(app).post("/api/analyze").set("content-type", "application/json").send(bad);
    }
    expect(analyses).toBe(6);
  });
});
