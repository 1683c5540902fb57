// A JSON response body as bytes with its strong ETag (length and SHA-1 of the bytes), made once
// where the value is (an analysis worker, or the main thread for the loaded dataset's analyses).

import { createHash } from "node:crypto";

export interface SerializedJson {
  /** UTF-8 bytes in their own ArrayBuffer (transferable from a worker). */
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

export function serializeJson(value: unknown): SerializedJson {
  const body = new TextEncoder().encode(JSON.stringify(value));
  const hash = createHash("sha1").update(body).digest("base64url");
  return { body, etag: `"${body.length.toString(16)}-${hash}"` };
}
