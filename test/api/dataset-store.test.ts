import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDatasetStore, NO_DATASET_STORE } from "../../server/api/dataset-store.js";
import { DatasetTooLargeError, StoreReadOnlyError } from "../../server/api/http-errors.js";

const dirs: string[] = [];
async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "roundtrip-store-"));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);
const sha = (text: string) => createHash("sha256").update(text).digest("hex");
const decode = (data: Uint8Array | null) => (data === null ? null : new TextDecoder().decode(data));

describe("createDatasetStore", () => {
  it("saves content-addressed by SHA-256 and loads the same bytes back", async () => {
    const store = createDatasetStore({ dir: await freshDir() });
    const saved = await store.save(bytes('{"a":1}'));
    expect(saved).toEqual({ id: sha('{"a":1}'), bytes: 7, created: true });
    expect(decode(await store.load(saved.id))).toBe('{"a":1}');
    expect(await store.save(bytes('{"a":1}'))).toEqual({ ...saved, created: false });
    expect(await store.usage()).toEqual({ count: 1, bytes: 7 });
  });

  it("answers null for ids that are not 64 hex digits or not saved, without touching the disk", async () => {
    const store = createDatasetStore({ dir: await freshDir() });
    for (const id of ["", "../etc/passwd", "A".repeat(64), `${"a".repeat(63)}/`, "a".repeat(64)]) {
      expect(await store.load(id), id).toBeNull();
    }
  });

  it("evicts the oldest first when the count or the total bytes would pass the limit", async () => {
    const byCount = createDatasetStore({ dir: await freshDir(), maxCount: 2 });
    const a = await byCount.save(bytes("aaaa"));
    const b = await byCount.save(bytes("bbbb"));
    await byCount.save(bytes("aaaa")); // saving again makes "a" the newest
    const c = await byCount.save(bytes("cccc"));
    expect(await byCount.load(b.id)).toBeNull();
    expect(decode(await byCount.load(a.id))).toBe("aaaa");
    expect(decode(await byCount.load(c.id))).toBe("cccc");

    const dir = await freshDir();
    const byBytes = createDatasetStore({ dir, maxTotalBytes: 10 });
    const x = await byBytes.save(bytes("xxxx"));
    const y = await byBytes.save(bytes("yyyy"));
    const z = await byBytes.save(bytes("zzzzzz"));
    expect(await byBytes.load(x.id)).toBeNull();
    expect(decode(await byBytes.load(y.id))).toBe("yyyy");
    expect(decode(await byBytes.load(z.id))).toBe("zzzzzz");
    expect(await byBytes.usage()).toEqual({ count: 2, bytes: 10 });
    expect((await readdir(dir)).sort()).toEqual([`${y.id}.json`, `${z.id}.json`].sort());
  });

  it("refuses a dataset over the per-dataset limit and keeps what it had", async () => {
    const store = createDatasetStore({ dir: await freshDir(), maxDatasetBytes: 4 });
    const kept = await store.save(bytes("keep"));
    await expect(store.save(bytes("12345"))).rejects.toBeInstanceOf(DatasetTooLargeError);
    expect(decode(await store.load(kept.id))).toBe("keep");
  });

  it("finds what an earlier server saved in the folder, ignoring other files", async () => {
    const dir = await freshDir();
    await createDatasetStore({ dir }).save(bytes("old"));
    await writeFile(join(dir, "notes.txt"), "not a dataset");
    const again = createDatasetStore({ dir });
    expect(decode(await again.load(sha("old")))).toBe("old");
    expect(await again.usage()).toEqual({ count: 1, bytes: 3 });
  });

  it("NO_DATASET_STORE holds nothing and refuses to save", async () => {
    expect(await NO_DATASET_STORE.load("a".repeat(64))).toBeNull();
    await expect(NO_DATASET_STORE.save(bytes("x"))).rejects.toBeInstanceOf(StoreReadOnlyError);
  });
});
