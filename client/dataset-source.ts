// Which dataset the viewer shows: the bundled one, or a file the user opened (saved on the server
// under an id when the store allowed it, so that a link can name it).

import { BUNDLED_SOURCE } from "../server/dataset/export-view.js";

export type DatasetSource =
  | { kind: "bundled" }
  | {
      kind: "upload";
      /** The file's name as the user's system gave it (shown as text only). */
      name: string;
      /** The saved upload's id (64 hex digits), null while unsaved or when saving was refused. */
      id: string | null;
    };

export const BUNDLED: DatasetSource = Object.freeze({ kind: "bundled" });

/** Saved-upload ids: SHA-256 in lower-case hex, as the server makes them. */
export const DATASET_ID_PATTERN = /^[0-9a-f]{64}$/;

/** "bundled · 2026.12" or the file's name: the dataset badge's text. */
export function datasetLabel(source: DatasetSource, version: string | undefined): string {
  if (source.kind === "bundled") return version ? `bundled · ${version}` : "bundled";
  return source.name;
}

/** Where the data came from, for the credit line of exported pictures. */
export function creditSource(source: DatasetSource): string {
  return source.kind === "bundled" ? BUNDLED_SOURCE : source.name;
}

/** The hash parameters that name the dataset (before the view's own): `dataset=<id>&file=<name>`. */
export function encodeDatasetSource(source: DatasetSource): string {
  if (source.kind !== "upload" || source.id === null) return "";
  const params = new URLSearchParams({ dataset: source.id, file: source.name });
  return params.toString();
}

/** The saved upload a hash names, if any: a well-formed id, and the file name for display. */
export function decodeDatasetSource(hash: string): { id: string; name: string } | null {
  const params = new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
  const id = params.get("dataset");
  if (id === null || !DATASET_ID_PATTERN.test(id)) return null;
  const name = (params.get("file") ?? "").slice(0, 200) || `upload ${id.slice(0, 8)}`;
  return { id, name };
}
