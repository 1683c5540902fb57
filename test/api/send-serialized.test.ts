import { get, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIN_COMPRESSED_BYTES, serializeBody } from "../../server/api/send-serialized.js";
import { heavyDataset, testApp } from "./api-fixtures.js";

// Raw bytes and headers, as they go over the wire (no client-side decompression).
let base = "";
let close = () => {};
beforeAll(async () => {
  const server = testApp(heavyDataset(6)).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

function fetchRaw(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(`${base}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    }).on("error", reject);
  });
}

describe("sendSerialized on GET /api/cycles", () => {
  it("sends the same JSON as brotli, gzip or as it is, each with its own strong ETag", async () => {
    const plain = await fetchRaw("/api/cycles?maxLength=4");
    expect(plain.body.length).toBeGreaterThanOrEqual(MIN_COMPRESSED_BYTES);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(plain.headers.vary).toBe("Accept-Encoding");
    const br = await fetchRaw("/api/cycles?maxLength=4", { "accept-encoding": "gzip, br" });
    const gz = await fetchRaw("/api/cycles?maxLength=4", { "accept-encoding": "gzip" });
    const none = await fetchRaw("/api/cycles?maxLength=4", { "accept-encoding": "identity" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(none.headers["content-encoding"]).toBeUndefined();
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(none.body.equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length);
    const etags = [plain, br, gz].map((r) => r.headers.etag);
    expect(new Set(etags).size).toBe(3);
    expect(none.headers.etag).toBe(plain.headers.etag);
    // Each representation revalidates against its own ETag.
    for (const [encoding, etag] of [
      ["gzip, br", br.headers.etag!],
      ["gzip", gz.headers.etag!],
      ["identity", plain.headers.etag!],
    ]) {
      const again = await fetchRaw("/api/cycles?maxLength=4", {
        "accept-encoding": encoding!,
        "if-none-match": etag!,
      });
      expect(again.status, encoding).toBe(304);
      expect(again.body.length).toBe(0);
    }
    const stale = await fetchRaw("/api/cycles?maxLength=4", {
      "accept-encoding": "gzip",
      "if-none-match": plain.headers.etag!,
    });
    expect(stale.status).toBe(200);
  });

  it("sends small bodies as they are, whatever the client accepts", async () => {
    const small = serializeBody(Buffer.from('{"a":1}'), '"7-x"');
    expect(small.body.length).toBeLessThan(MIN_COMPRESSED_BYTES);
    const summary = await fetchRaw("/api/summary?maxLength=2", { "accept-encoding": "gzip, br" });
    expect(summary.body.length).toBeLessThan(MIN_COMPRESSED_BYTES);
    expect(summary.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(summary.body.toString()).entityCount).toBe(6);
  });

  it("compresses a body once per encoding", async () => {
    const serialized = serializeBody(Buffer.from(JSON.stringify({ x: "y".repeat(5000) })), '"1"');
    const [a, b] = await Promise.all([serialized.encoded("gzip"), serialized.encoded("gzip")]);
    expect(a).toBe(b);
    expect(await serialized.encoded("gzip")).toBe(a);
    expect(brotliDecompressSync(await serialized.encoded("br")).equals(serialized.body)).toBe(true);
  });
});

describe("the encoding chosen from Accept-Encoding", () => {
  it("follows the client's q-values, brotli on a tie, nothing when none is acceptable", async () => {
    const cases: [string, string | undefined][] = [
      ["gzip, deflate, br, zstd", "br"],
      ["gzip;q=1, br;q=0.5", "gzip"],
      ["br;q=0, gzip", "gzip"],
      ["deflate", undefined],
      ["*", "br"],
      ["gzip;q=0, br;q=0", undefined],
      ["identity;q=1, gzip;q=0.5", undefined],
    ];
    for (const [header, expected] of cases) {
      const response = await fetchRaw("/api/cycles?maxLength=4", { "accept-encoding": header });
      expect(response.headers["content-encoding"], header).toBe(expected);
    }
  });
});
