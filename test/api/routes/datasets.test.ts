import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { createDatasetStore } from "../../../server/api/dataset-store.js";
import { exportCsvEdges } from "../../../server/dataset/export-csv.js";
import { loopDataset, testApp } from "../api-fixtures.js";

const dir = await mkdtemp(join(tmpdir(), "roundtrip-datasets-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

const store = createDatasetStore({ dir, maxDatasetBytes: 50_000 });
const app = testApp(loopDataset(), { store });
const readOnly = testApp(loopDataset(), {
  store: createDatasetStore({ dir, writable: false }),
});
const uploaded = () => {
  const dataset = loopDataset();
  dataset.version = "uploaded-1";
  return dataset;
};

describe("/api/datasets", () => {
  it("saves a posted dataset (201, Location) and gives the same dataset back by its id", async () => {
    const posted = await request(app).post("/api/datasets").send(uploaded()).expect(201);
    expect(posted.body.id).toMatch(/^[0-9a-f]{64}$/);
    expect(posted.headers.location).toBe(`/api/datasets/${posted.body.id}`);
    const back = await request(app).get(`/api/datasets/${posted.body.id}`).expect(200);
    expect(back.body).toEqual(uploaded());
    expect(back.headers["cache-control"]).toMatch(/immutable/);
    // The same dataset again: the same id, 200, nothing new stored.
    const again = await request(app).post("/api/datasets").send(uploaded()).expect(200);
    expect(again.body.id).toBe(posted.body.id);
  });

  it("stores other formats as canonical JSON", async () => {
    const csv = exportCsvEdges(uploaded());
    const posted = await request(app)
      .post("/api/datasets")
      .set("Content-Type", "text/csv")
      .send(csv)
      .expect(201);
    const back = await request(app).get(`/api/datasets/${posted.body.id}`).expect(200);
    expect(back.body.deals.map((d: { id: string }) => d.id)).toEqual(
      uploaded().deals.map((d) => d.id),
    );
  });

  it("validates before storing: an invalid dataset is 422 with its located problems, and not kept", async () => {
    const before = (await request(app).get("/api/datasets").expect(200)).body.count;
    const bad = uploaded();
    bad.deals[0]!.to = "oracel";
    const response = await request(app).post("/api/datasets").send(bad).expect(422);
    expect(response.body.error.details).toContainEqual({
      path: "deals[0].to",
      message: 'unknown entity "oracel"',
    });
    expect((await request(app).get("/api/datasets").expect(200)).body.count).toBe(before);
  });

  it("400 for an id that is not 64 hex digits, 404 for one never saved", async () => {
    for (const id of ["abc", "..%2F..%2Fpackage.json", "G".repeat(64)]) {
      const response = await request(app).get(`/api/datasets/${id}`).expect(400);
      expect(response.body.error.code).toBe("invalid_dataset_id");
    }
    const missing = await request(app)
      .get(`/api/datasets/${"0".repeat(64)}`)
      .expect(404);
    expect(missing.body.error.code).toBe("dataset_not_found");
  });

  it("413 for a dataset larger than the store keeps", async () => {
    const big = uploaded();
    big.deals[0]!.description = "x".repeat(60_000);
    const response = await request(app).post("/api/datasets").send(big).expect(413);
    expect(response.body.error.code).toBe("payload_too_large");
  });

  it("read-only (ROUNDTRIP_STORE=off): 403 on save, saved datasets still served, and it says so", async () => {
    const saved = await request(app).post("/api/datasets").send(uploaded());
    const response = await request(readOnly).post("/api/datasets").send(uploaded()).expect(403);
    expect(response.body.error.code).toBe("store_read_only");
    expect(response.body.error.message).toMatch(/cannot carry an uploaded dataset/);
    await request(readOnly).get(`/api/datasets/${saved.body.id}`).expect(200);
    expect((await request(readOnly).get("/api/datasets").expect(200)).body.writable).toBe(false);
  });
});
