import express from "express";
import request from "supertest";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, fetchDataset } from "../../client/api.js";
import { errorHandler } from "../../server/api/error-handler.js";
import { ServerBusyError } from "../../server/api/http-errors.js";

/** The answer the real error handler gives for `error`, as a fetch Response. */
async function serverFailure(error: Error): Promise<Response> {
  const app = express();
  app.get("/api/dataset", () => {
    throw error;
  });
  app.use(errorHandler());
  const answer = await request(app).get("/api/dataset");
  return new Response(answer.text, {
    status: answer.status,
    statusText: "Service Unavailable",
    headers: { "content-type": answer.headers["content-type"] ?? "" },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("fetchDataset", () => {
  it("shows the message of the server's error body with its status", async () => {
    const response = await serverFailure(new ServerBusyError("every analysis slot is taken"));
    vi.stubGlobal("fetch", async () => response);
    const failure = fetchDataset();
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toThrow(
      "The server answered 503 Service Unavailable: every analysis slot is taken.",
    );
  });

  it("falls back to the status alone when the body is not the server's JSON", async () => {
    vi.stubGlobal(
      "fetch",
      async () => new Response("<h1>Bad gateway</h1>", { status: 502, statusText: "Bad Gateway" }),
    );
    await expect(fetchDataset()).rejects.toThrow("The server answered 502 Bad Gateway.");
    vi.stubGlobal("fetch", async () => Response.json({ message: "old shape" }, { status: 500 }));
    await expect(fetchDataset()).rejects.toThrow(/^The server answered 500 \.$/);
  });

  it("says when the server cannot be reached", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("fetch failed");
    });
    await expect(fetchDataset()).rejects.toThrow(/Could not reach the Roundtrip server/);
  });
});
