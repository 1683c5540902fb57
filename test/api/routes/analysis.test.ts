import request from "supertest";
import { describe, expect, it } from "vitest";
import { testApp } from "../api-fixtures.js";

const app = testApp();

describe("GET /api/cycles, /api/exposure, /api/summary, /api/graph", () => {
  it("answers a repeated request with the same body and a stable strong ETag", async () => {
    const first = await request(app).get("/api/cycles?maxLength=4").expect(200);
    const second = await request(app).get("/api/cycles?maxLength=4").expect(200);
    expect(first.headers.etag).toMatch(/^"[0-9a-f]+-[\w-]+"$/);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.text).toBe(first.text);
    expect(first.body.bounds.maxLength).toBe(4);
  });

  it("answers 304 to If-None-Match with the current ETag, and a new ETag for other options", async () => {
    const { headers } = await request(app).get("/api/summary").expect(200);
    await request(app).get("/api/summary").set("If-None-Match", headers.etag!).expect(304);
    const other = await request(app).get("/api/summary?backstopsCalled=true").expect(200);
    expect(other.headers.etag).not.toBe(headers.etag);
  });
});
