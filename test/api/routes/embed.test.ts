import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { createApp } from "../../../server/api/create-app.js";
import { loopDataset } from "../api-fixtures.js";

const clientDir = join(mkdtempSync(join(tmpdir(), "roundtrip-embed-")), "client");
mkdirSync(clientDir, { recursive: true });
writeFileSync(join(clientDir, "index.html"), "<!doctype html><title>viewer</title>");
const app = createApp({ dataset: loopDataset(), clientDir });

const directive = (csp: string, name: string) =>
  csp
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));

describe("GET /embed", () => {
  it("serves the viewer's page, frameable by any site through its own CSP", async () => {
    const response = await request(app).get("/embed").expect(200);
    expect(response.text).toContain("<title>viewer</title>");
    const csp = response.headers["content-security-policy"] as string;
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors *");
    expect(response.headers["x-frame-options"]).toBeUndefined();
    // Everything else stays as strict as the main page.
    expect(directive(csp, "script-src")).toBe("script-src 'self'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
  });

  it("leaves every other page refusing frames", async () => {
    for (const path of ["/", "/api/health", "/embed/x", "/embedded"]) {
      const response = await request(app).get(path);
      const csp = response.headers["content-security-policy"] as string;
      expect(directive(csp, "frame-ancestors"), path).toBe("frame-ancestors 'none'");
      expect(response.headers["x-frame-options"], path).toBe("SAMEORIGIN");
    }
  });
});
