// The viewer's side of saved uploads: save an opened dataset on the server so that a link can name
// it (`#dataset=<id>`), load a saved one, and learn whether this server keeps uploads at all.

import { DATASET_ID_PATTERN } from "./dataset-source.js";

export type SaveResult =
  | { ok: true; id: string }
  | { ok: false; reason: "read-only" | "too-large" | "failed"; message: string };

/** GET api/datasets: whether the server saves uploads (false when unreachable too). */
export async function storeWritable(): Promise<boolean> {
  try {
    const response = await fetch("api/datasets", { headers: { accept: "application/json" } });
    if (!response.ok) return false;
    const body: unknown = await response.json();
    return (
      typeof body === "object" &&
      body !== null &&
      (body as { writable?: unknown }).writable === true
    );
  } catch {
    return false;
  }
}

/** POST api/datasets with the dataset as canonical JSON; the server validates it again. */
export async function saveDataset(json: string): Promise<SaveResult> {
  let response: Response;
  try {
    response = await fetch("api/datasets", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: json,
    });
  } catch (error) {
    return {
      ok: false,
      reason: "failed",
      message: `the server could not be reached (${String(error)})`,
    };
  }
  if (response.status === 403) {
    return { ok: false, reason: "read-only", message: "this server does not keep uploads" };
  }
  if (response.status === 413) {
    return { ok: false, reason: "too-large", message: "the dataset is too large to keep" };
  }
  if (!response.ok) {
    return { ok: false, reason: "failed", message: `the server answered ${response.status}` };
  }
  const body: unknown = await response.json().catch(() => null);
  const id = typeof body === "object" && body !== null ? (body as { id?: unknown }).id : null;
  if (typeof id !== "string" || !DATASET_ID_PATTERN.test(id)) {
    return { ok: false, reason: "failed", message: "the server's answer named no dataset" };
  }
  return { ok: true, id };
}

/** GET api/datasets/<id>: the saved dataset's JSON (validated by the caller), or why not. */
export async function fetchSavedDataset(
  id: string,
): Promise<{ ok: true; raw: unknown } | { ok: false; message: string }> {
  let response: Response;
  try {
    response = await fetch(`api/datasets/${id}`, { headers: { accept: "application/json" } });
  } catch (error) {
    return { ok: false, message: `the server could not be reached (${String(error)})` };
  }
  if (response.status === 404) {
    return { ok: false, message: "it is no longer on this server (never saved here, or evicted)" };
  }
  if (!response.ok) return { ok: false, message: `the server answered ${response.status}` };
  try {
    return { ok: true, raw: (await response.json()) as unknown };
  } catch {
    return { ok: false, message: "the server sent something that is not JSON" };
  }
}
