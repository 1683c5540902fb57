// Read a file the user opened in a Web Worker (upload-worker.ts): the page stays responsive while
// a large file is parsed, validated and (when large) laid out. The work is bounded — a file over UPLOAD_LIMITS.maxBytes is
// refused before it is read, a read still running after UPLOAD_LIMITS.maxMs is stopped — and it
// can be cancelled (AbortSignal: the worker is terminated) until the dataset arrives. Without workers (Node, in the unit
// tests), the file is read on the calling thread.

import type { Dataset, Problem } from "@engine";
import type { BundledLayout } from "../../shared/layout/bundled-layout.js";
import { formatFileSize } from "./format-file-size.js";
import type { UploadResult } from "./read-upload.js";
import type { UploadJob, UploadMessage } from "./upload-worker.js";

export interface UploadLimits {
  /** Largest file read at all (bytes). */
  maxBytes: number;
  /** Longest the reading and validation may run before the worker is stopped (ms). */
  maxMs: number;
}

export const UPLOAD_LIMITS: Readonly<UploadLimits> = Object.freeze({
  maxBytes: 100 * 1024 * 1024,
  maxMs: 60_000,
});

/**
 * The file's dataset (with its layout when the worker laid it out, and its canonical JSON when the
 * worker wrote it), its located problems, or `cancelled` when the signal aborted the read.
 */
export type UploadOutcome =
  | {
      ok: true;
      dataset: Dataset;
      warnings: Problem[];
      layout: BundledLayout | null;
      json: string | null;
      jsonBytes: Uint8Array | null;
    }
  | { ok: false; problems: Problem[] }
  | { ok: false; cancelled: true };

const failure = (message: string): UploadOutcome => ({
  ok: false,
  problems: [{ path: "", message }],
});

const withoutExtras = (result: UploadResult): UploadOutcome =>
  result.ok ? { ...result, layout: null, json: null, jsonBytes: null } : result;

export interface ReadUploadOptions {
  signal?: AbortSignal;
  /** Told when the worker goes on to lay out the dataset it has read. */
  onLayout?: () => void;
  limits?: Readonly<UploadLimits>;
}

export async function readUploadInWorker(
  file: Blob,
  fileName: string,
  { signal, onLayout, limits = UPLOAD_LIMITS }: ReadUploadOptions = {},
): Promise<UploadOutcome> {
  const cancelled = { ok: false, cancelled: true } as const;
  if (file.size > limits.maxBytes) {
    return failure(
      `the file is ${formatFileSize(file.size)}; the viewer reads files of at most ${formatFileSize(limits.maxBytes)}`,
    );
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (signal?.aborted) return cancelled;
  let worker: Worker | null = null;
  if (typeof Worker === "function") {
    try {
      worker = new Worker(new URL("./upload-worker.ts", import.meta.url), { type: "module" });
    } catch {
      worker = null;
    }
  }
  if (worker === null) {
    const { readUpload } = await import("./read-upload.js");
    return signal?.aborted ? cancelled : withoutExtras(readUpload(bytes, fileName, file.type));
  }
  const running = worker;
  return new Promise<UploadOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: UploadOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      running.terminate();
      resolve(outcome);
    };
    const onAbort = () => finish(cancelled);
    const timer = setTimeout(
      () =>
        finish(
          failure(
            `reading the file took longer than ${limits.maxMs / 1000} s and was stopped; try a smaller file or the command line (roundtrip validate)`,
          ),
        ),
      limits.maxMs,
    );
    signal?.addEventListener("abort", onAbort, { once: true });
    running.onmessage = (event: MessageEvent<UploadMessage>) => {
      const message = event.data;
      if (message.kind === "stage") {
        // Read and valid: the layout is bounded by its own iteration counts.
        clearTimeout(timer);
        onLayout?.();
      } else if (message.result.ok) {
        finish({
          ...message.result,
          layout: message.layout,
          json: message.json,
          jsonBytes: message.jsonBytes,
        });
      } else finish(message.result);
    };
    running.onmessageerror = () =>
      finish(failure("the file's dataset could not be passed to the page"));
    running.onerror = (event) => {
      event.preventDefault();
      finish(failure(`the file could not be read (${event.message || "the reader failed"})`));
    };
    const job: UploadJob = { bytes, fileName, contentType: file.type };
    running.postMessage(job, [bytes.buffer]);
  });
}
