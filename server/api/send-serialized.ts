// Send a serialized JSON body as it is: its ETag set (no hashing per request), compressed once per
// encoding (brotli or gzip, as the client accepts) and kept beside it, 304 on a matching
// If-None-Match (express's freshness check), `Vary: Accept-Encoding` on every answer.

import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Request, Response } from "express";

export type BodyEncoding = "br" | "gzip";

export interface SerializedBody {
  readonly body: Buffer;
  /** A strong validator of `body`, set before sending so express does not hash it again. */
  readonly etag: string;
  /** `body` compressed with `encoding`, computed on first use and kept. */
  encoded(encoding: BodyEncoding): Promise<Buffer>;
}

/** Like the compression middleware: smaller bodies are sent as they are. */
export const MIN_COMPRESSED_BYTES = 1024;

const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

export function serializeBody(body: Buffer, etag: string): SerializedBody {
  const encodings = new Map<BodyEncoding, Promise<Buffer>>();
  return {
    body,
    etag,
    encoded(encoding) {
      let pending = encodings.get(encoding);
      if (pending === undefined) {
        // NOTE: compressed once per body and kept, so a higher brotli quality than the
        // middleware's per-response 4 pays off; it runs on libuv's pool, off the event loop.
        pending =
          encoding === "br"
            ? compressBrotli(body, {
                params: {
                  [constants.BROTLI_PARAM_QUALITY]: 9,
                  [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
                },
              })
            : compressGzip(body, { level: 9 });
        encodings.set(encoding, pending);
      }
      return pending;
    },
  };
}

/** The q-value the Accept-Encoding header gives `name` (through `*` when not named). */
function qualityOf(header: string, name: string): number {
  let wildcard = 0;
  for (const part of header.split(",")) {
    const [token = "", ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = q === undefined ? 1 : Number(q.slice(2));
    const quality = Number.isFinite(value) ? value : 0;
    const coding = token.trim().toLowerCase();
    if (coding === name) return quality;
    if (coding === "*") wildcard = quality;
  }
  return name === "identity" ? Math.max(wildcard, 0.001) : wildcard;
}

/** The client's most wanted of brotli and gzip (brotli on a tie, like compression), or none. */
function chooseEncoding(request: Request): BodyEncoding | null {
  const header = request.headers["accept-encoding"];
  if (header === undefined || header === "") return null;
  const br = qualityOf(header, "br");
  const gz = qualityOf(header, "gzip");
  const best = Math.max(br, gz);
  if (best <= 0 || best < qualityOf(header, "identity")) return null;
  return br >= gz ? "br" : "gzip";
}

export async function sendSerialized(
  request: Request,
  response: Response,
  serialized: SerializedBody,
): Promise<void> {
  response.vary("Accept-Encoding");
  response.setHeader("Content-Type", "application/json; charset=utf-8");
  const encoding = serialized.body.length >= MIN_COMPRESSED_BYTES ? chooseEncoding(request) : null;
  if (encoding === null) {
    response.setHeader("ETag", serialized.etag);
    response.send(serialized.body);
    return;
  }
  const body = await serialized.encoded(encoding);
  // Each representation has its own strong validator.
  response.setHeader("ETag", `${serialized.etag.slice(0, -1)}-${encoding}"`);
  response.setHeader("Content-Encoding", encoding);
  response.send(body);
}
