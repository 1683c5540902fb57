// Fetch wrappers for the Roundtrip API; failures become readable ApiErrors.

import type { Dataset } from "@engine";

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
    let detail = "";
    try {
      const body: unknown = await response.json();
      if (typeof body === "object" && body !== null && "message" in body) {
        detail = `: ${String((body as { message: unknown }).message)}`;
      }
    } catch {
      // The body was not JSON; the status says enough.
    }
    throw new ApiError(`The server answered ${response.status} ${response.statusText}${detail}.`);
  }
  try {
    return (await response.json()) as Dataset;
  } catch {
    throw new ApiError("The server sent a dataset that is not valid JSON.");
  }
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
