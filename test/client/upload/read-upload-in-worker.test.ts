// readUploadInWorker's bounds and its answers where no Web Worker exists (Node): a file over the
// byte limit is refused before it is read, a cancelled read answers `cancelled`, and otherwise the
// answer is readUpload's (the browser's worker path is exercised by test/e2e/upload-worker.test.ts).

import { describe, expect, it } from "vitest";
import { readUpload } from "../../../client/upload/read-upload.js";
import { readUploadInWorker, UPLOAD_LIMITS } from "../../../client/upload/read-upload-in-worker.js";

const CSV =
  "from,to,type,amountUsd,date,status,amountBasis,sourceUrl\nA,B,loan,5,2025,signed,committed,https://example.com/ab\nB,A,equity,3,2025,signed,committed,https://example.com/ba\n";

describe("readUploadInWorker", () => {
  it("answers what readUpload answers (a dataset, or the located problems)", async () => {
    const good = await readUploadInWorker(new Blob([CSV], { type: "text/csv" }), "deals.csv");
    expect(good).toEqual({
      ...readUpload(new TextEncoder().encode(CSV), "deals.csv", "text/csv"),
      layout: null,
      json: null,
      jsonBytes: null,
    });
    expect(good.ok && good.dataset.deals).toHaveLength(2);
    const bad = await readUploadInWorker(new Blob(['{"entities": 3}']), "bad.json");
    expect(bad).toEqual(readUpload(new TextEncoder().encode('{"entities": 3}'), "bad.json"));
    expect(bad.ok).toBe(false);
  });

  it("refuses a file over the byte limit without reading it, naming both sizes", async () => {
    const file = new Blob([CSV]);
    let read = false;
    Object.defineProperty(file, "arrayBuffer", {
      value: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    });
    const outcome = await readUploadInWorker(file, "deals.csv", {
      limits: { ...UPLOAD_LIMITS, maxBytes: 100 },
    });
    expect(read).toBe(false);
    expect(outcome).toEqual({
      ok: false,
      problems: [{ path: "", message: "the file is 1 KB; the viewer reads files of at most 1 KB" }],
    });
  });

  it("answers cancelled when the read was cancelled", async () => {
    const controller = new AbortController();
    controller.abort();
    expect(
      await readUploadInWorker(new Blob([CSV]), "deals.csv", { signal: controller.signal }),
    ).toEqual({
      ok: false,
      cancelled: true,
    });
  });
});
