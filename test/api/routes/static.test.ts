import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { createApp } from "../../../server/api/create-app.js";
import { loopDataset } from "../api-fixtures.js";

const root = mkdtempSync(join(tmpdir(), "roundtrip-static-"));
const clientDir = join(root, "client");
mkdirSync(join(clientDir, "assets"), { recursive: true });
writeFileSync(join(clientDir, "index.html"), "<!doctype html><title>viewer</title>");
writeFileSync(join(clientDir, "assets", "app.js"), "console.log('app')");
writeFileSync(join(clientDir, ".env"), "SECRET=1");
writeFileSync(join(root, "secret.txt"), "TOP SECRET");
const app = createApp({ dataset: loopDataset(), clientDir });

describe("static files", () => {
  it("serves the built viewer and its assets", async () => {
    expect((await request(app).get("/").expect(200)).text).toContain("<title>viewer</title>");
    const asset = await request(app).get("/assets/app.js").expect(200);
    expect(asset.headers["content-type"]).toMatch(/javascript/);
  });

  it("never serves a file outside the client folder, however the path is spelled", async () => {
    const attempts = [
      "/../secret.txt",
      "/..%2fsecret.txt",
      "/%2e%2e/secret.txt",
      "/%2e%2e%2fsecret.txt",
      "/assets/../../secret.txt",
      "/assets/%2e%2e%2f%2e%2e%2fsecret.txt",
      "/..%5csecret.txt",
      "/%252e%252e%252fsecret.txt",
      "/../package.json",
      "/%2e%2e/package.json",
      "/.env",
    ];
    for (const path of attempts) {
      const response = await request(app).get(path);
      expect(response.status, path).toBe(404);
      expect(response.text, path).not.toContain("TOP SECRET");
      expect(response.text, path).not.toContain("SECRET=1");
      expect(response.text, path).not.toContain('"name": "roundtrip"');
      expect(response.body.error.code, path).toBe("not_found");
    }
  });
});
