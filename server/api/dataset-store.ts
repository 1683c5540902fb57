// Saved uploads: validated datasets kept on disk as canonical JSON, content-addressed by the
// SHA-256 of their bytes, so a permalink can name an uploaded network (`#dataset=<id>`). Bounded in
// size per dataset, total bytes and count; the oldest saved dataset is evicted first.

import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DatasetTooLargeError, StoreReadOnlyError } from "./http-errors.js";

export interface DatasetStoreOptions {
  /** The folder holding `<sha-256>.json` files; made when missing. */
  dir: string;
  /** A read-only store serves what it holds and refuses to save (ROUNDTRIP_STORE=off). */
  writable: boolean;
  /** Largest dataset kept, in bytes of canonical JSON. */
  maxDatasetBytes: number;
  /** Bytes of every saved dataset together; past it the oldest are evicted. */
  maxTotalBytes: number;
  /** Saved datasets at most; past it the oldest are evicted. */
  maxCount: number;
}

export const DATASET_STORE_DEFAULTS = Object.freeze({
  dir: ".roundtrip-store",
  writable: true,
  maxDatasetBytes: 5 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxCount: 500,
});

export interface SavedDataset {
  id: string;
  bytes: number;
  /** False when the same dataset was already saved. */
  created: boolean;
}

export interface DatasetStore {
  readonly writable: boolean;
  readonly limits: Readonly<
    Pick<DatasetStoreOptions, "maxDatasetBytes" | "maxTotalBytes" | "maxCount">
  >;
  /** Save canonical JSON bytes; throws DatasetTooLargeError past `maxDatasetBytes`. */
  save(json: Uint8Array): Promise<SavedDataset>;
  /** The saved bytes, or null when no dataset has this id. */
  load(id: string): Promise<Uint8Array | null>;
  /** Datasets and bytes held now. */
  usage(): Promise<{ count: number; bytes: number }>;
}

/** A dataset id: 64 lower-case hex digits (SHA-256). */
export const DATASET_ID_PATTERN = /^[0-9a-f]{64}$/;

interface Entry {
  bytes: number;
  /** Save order: the smallest is evicted first. */
  order: number;
}

export function createDatasetStore(options: Partial<DatasetStoreOptions> = {}): DatasetStore {
  const settings: DatasetStoreOptions = { ...DATASET_STORE_DEFAULTS, ...options };
  const { dir, maxDatasetBytes, maxTotalBytes, maxCount } = settings;
  const entries = new Map<string, Entry>();
  let total = 0;
  let counter = 0;
  // Saves and evictions run one at a time, so the index and the folder agree.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  // The index is read from the folder on first use (never at construction: no I/O at import).
  let ready: Promise<void> | null = null;
  const init = () => {
    ready ??= (async () => {
      await mkdir(dir, { recursive: true });
      const found: { id: string; bytes: number; mtimeMs: number }[] = [];
      for (const name of await readdir(dir)) {
        const id = name.endsWith(".json") ? name.slice(0, -5) : "";
        if (!DATASET_ID_PATTERN.test(id)) continue;
        const info = await stat(join(dir, name));
        found.push({ id, bytes: info.size, mtimeMs: info.mtimeMs });
      }
      found.sort((a, b) => a.mtimeMs - b.mtimeMs || (a.id < b.id ? -1 : 1));
      for (const { id, bytes } of found) {
        entries.set(id, { bytes, order: counter++ });
        total += bytes;
      }
    })();
    return ready;
  };

  const evict = async (incoming: number) => {
    const oldestFirst = [...entries.entries()].sort((a, b) => a[1].order - b[1].order);
    for (const [id, entry] of oldestFirst) {
      if (total + incoming <= maxTotalBytes && entries.size + 1 <= maxCount) break;
      await rm(join(dir, `${id}.json`), { force: true });
      entries.delete(id);
      total -= entry.bytes;
    }
  };

  return {
    writable: settings.writable,
    limits: Object.freeze({ maxDatasetBytes, maxTotalBytes, maxCount }),
    save(json) {
      if (json.byteLength > Math.min(maxDatasetBytes, maxTotalBytes)) {
        const limit = Math.min(maxDatasetBytes, maxTotalBytes);
        return Promise.reject(
          new DatasetTooLargeError(
            `dataset of ${json.byteLength} bytes is larger than the ${limit} bytes a saved dataset may have`,
          ),
        );
      }
      const id = createHash("sha256").update(json).digest("hex");
      return serial(async () => {
        await init();
        const known = entries.get(id);
        if (known) {
          // Saving again makes it the newest: a link just shared should outlive older ones.
          known.order = counter++;
          return { id, bytes: known.bytes, created: false };
        }
        await evict(json.byteLength);
        const path = join(dir, `${id}.json`);
        const partial = `${path}.${process.pid}.partial`;
        await writeFile(partial, json);
        await rename(partial, path);
        entries.set(id, { bytes: json.byteLength, order: counter++ });
        total += json.byteLength;
        return { id, bytes: json.byteLength, created: true };
      });
    },
    async load(id) {
      if (!DATASET_ID_PATTERN.test(id)) return null;
      await init();
      if (!entries.has(id)) return null;
      try {
        return await readFile(join(dir, `${id}.json`));
      } catch {
        return null;
      }
    },
    async usage() {
      await init();
      return { count: entries.size, bytes: total };
    },
  };
}

/** A store that holds nothing and saves nothing: for an app given none. */
export const NO_DATASET_STORE: DatasetStore = Object.freeze({
  writable: false,
  limits: Object.freeze({ maxDatasetBytes: 0, maxTotalBytes: 0, maxCount: 0 }),
  save: () => Promise.reject(new StoreReadOnlyError("this server keeps no saved datasets")),
  load: async () => null,
  usage: async () => ({ count: 0, bytes: 0 }),
});
