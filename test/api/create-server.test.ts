import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/api/create-app.js";
import { createServer, rawErrorResponse } from "../../server/api/create-server.js";
import { createAnalysisRunner } from "../../server/api/run-analysis.js";
import { loopDataset } from "./api-fixtures.js";

const runner = createAnalysisRunner({ concurrency: 1 });
let server: Server;
let port = 0;

beforeAll(async () => {
  const app = createApp({ dataset: loopDataset(), runner, clientDir: "test/api/no-client-here" });
  server = createServer(app, { headersTimeoutMs: 400, requestTimeoutMs: 1_500 });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await runner.close();
});

/** Write `chunks` (a pause between them) on a raw connection; resolve with all it received. */
function exchange(chunks: string[], pauseMs = 0): Promise<{ text: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = connect(port, "127.0.0.1");
    let text = "";
    socket.on("data", (data) => {
      text += data.toString("latin1");
    });
    socket.on("error", () => resolve({ text, ms: performance.now() - started }));
    socket.on("close", () => resolve({ text, ms: performance.now() - started }));
    socket.on("connect", async () => {
      for (const chunk of chunks) {
        if (socket.destroyed) break;
        socket.write(chunk);
        if (pauseMs > 0) await new Promise((r) => setTimeout(r, pauseMs));
      }
    });
    setTimeout(() => reject(new Error(`no answer; got ${JSON.stringify(text)}`)), 8_000);
  });
}

const statusOf = (text: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]);
const jsonOf = (text: string) => JSON.parse(text.slice(text.indexOf("\r\n\r\n") + 4));

describe("createServer (issue 16, finding 6)", () => {
  it("answers Node's own 400 with a JSON body", async () => {
    const { text } = await exchange(["NOT HTTP AT ALL\r\n\r\n"]);
    expect(statusOf(text)).toBe(400);
    expect(text).toMatch(/content-type: application\/json/i);
    expect(jsonOf(text).error.code).toBe("bad_request");
  });

  it("answers oversized headers with a JSON 431", async () => {
    const { text } = await exchange([
      `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`,
    ]);
    expect(statusOf(text)).toBe(431);
    expect(jsonOf(text).error).toEqual({
      code: "headers_too_large",
      message: "request headers too large",
      details: null,
    });
  });

  it("cuts a client that sends its headers too slowly, with a JSON 408", async () => {
    const { text, ms } = await exchange(
      ["GET /api/health HTTP/1.1\r\n", "Host: x\r\n", "X-A: 1\r\n", "X-B: 1\r\n", "X-C: 1\r\n"],
      400,
    );
    expect(statusOf(text)).toBe(408);
    expect(jsonOf(text).error.code).toBe("request_timeout");
    expect(ms).toBeLessThan(2_500);
  });

  it("refuses a declared body over 5 MB before it is sent (Expect: 100-continue)", async () => {
    const { text, ms } = await exchange([
      "POST /api/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
        "Content-Length: 50000000\r\nExpect: 100-continue\r\n\r\n",
    ]);
    expect(statusOf(text)).toBe(413);
    expect(text).not.toMatch(/100 Continue/);
    expect(jsonOf(text).error.code).toBe("payload_too_large");
    expect(ms).toBeLessThan(1_000);
  });

  it("refuses a declared body over 5 MB at once, without reading it", async () => {
    const { text, ms } = await exchange([
      "POST /api/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
        "Content-Length: 50000000\r\n\r\n{",
    ]);
    expect(statusOf(text)).toBe(413);
    expect(text).toMatch(/connection: close/i);
    expect(jsonOf(text).error.code).toBe("payload_too_large");
    expect(ms).toBeLessThan(1_000);
  });

  it("still serves ordinary requests", async () => {
    const { text } = await exchange([
      "GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    ]);
    expect(statusOf(text)).toBe(200);
  });

  it("writes complete raw responses", () => {
    const raw = rawErrorResponse(400, "x");
    expect(raw).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    const body = raw.slice(raw.indexOf("\r\n\r\n") + 4);
    expect(raw).toContain(`Content-Length: ${body.length}\r\n`);
    expect(JSON.parse(body).error.message).toBe("x");
  });
});
