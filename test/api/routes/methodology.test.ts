import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { createApp } from "../../../server/api/create-app.js";
import { METHODOLOGY_PATH } from "../../../server/api/routes/methodology.js";
import { loopDataset } from "../api-fixtures.js";

describe("GET /methodology", () => {
  it("serves docs/METHODOLOGY.md as written, as UTF-8 plain text the browser will not sniff", async () => {
    const response = await request(createApp({ dataset: loopDataset() }))
      .get("/methodology")
      .expect(200);
    expect(response.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.text).toBe(
      readFileSync(new URL("../../../docs/METHODOLOGY.md", import.meta.url), "utf8"),
    );
    expect(String(METHODOLOGY_PATH)).toMatch(/docs\/METHODOLOGY\.md$/);
  });

  it("sends markup in the file as text, never as HTML", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "roundtrip-methodology-")), "METHODOLOGY.md");
    writeFileSync(path, "# Hi\n<script>alert(1)</script>\n");
    const response = await request(createApp({ dataset: loopDataset(), methodologyPath: path }))
      .get("/methodology")
      .expect(200);
    expect(response.headers["content-type"]).not.toMatch(/html/);
    expect(response.text).toBe("# Hi\n<script>alert(1)</script>\n");
  });

  it("answers 404 in the API's error shape when the file is missing", async () => {
    const app = createApp({
      dataset: loopDataset(),
      methodologyPath: "/nonexistent/METHODOLOGY.md",
    });
    const response = await request(app).get("/methodology").expect(404);
    expect(response.body.error.code).toBe("not_found");
  });

  it("is read-only", async () => {
    const app = createApp({ dataset: loopDataset() });
    expect((await request(app).post("/methodology").send("x")).status).toBe(404);
  });
});
