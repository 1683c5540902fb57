// Fetch wrappers for the Roundtrip API; failures become readable ApiErrors.

import type { Dataset } from "@engine";
import type { ErrorBody } from "../server/api/error-body.js";

export class ApiError extends Error {
  override name = "ApiError";
}

/** GET /api/dataset: the canonical dataset the server was started with. */
export async function fetchDataset(signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch("api/dataset", { signal, headers: { accept: "application/json" } });
  } catch (error) {
    throw new ApiError(`Could not reach the Roundtrip server (${String(error)}).`);
  }
  if (!response.ok) {
    const message = await errorMessageOf(response);
    const detail = message === null ? "" : `: ${message}`;
    throw new ApiError(`The server answered ${response.status} ${response.statusText}${detail}.`);
  }
  try {
    return (await response.json()) as Dataset;
  } catch {
    throw new ApiError("The server sent a dataset that is not valid JSON.");
  }
}

/** The message of the server's error body (`{ error: { code, message } }`), or null if none. */
async function errorMessageOf(response: Response): Promise<string | null> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return null; // Not JSON (a proxy's page): the status says enough.
  }
  const message = (body as Partial<ErrorBody> | null)?.error?.message;
  return typeof message === "string" && message !== "" ? message : null;
}

/**
 * The layout the build computed for the bundled dataset (bundled-layout.json beside the page), or
 * null when there is none (a dev server, an older build): the viewer then lays the graph out.
 */
export async function fetchBundledLayout(): Promise<unknown> {
  try {
    const response = await fetch("bundled-layout.json", {
      headers: { accept: "application/json" },
    });
    return response.ok ? ((await response.json()) as unknown) : null;
  } catch {
    return null;
  }
}
