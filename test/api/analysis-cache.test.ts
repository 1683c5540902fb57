import { describe, expect, it } from "vitest";
import { createAnalysisCache } from "../../server/api/analysis-cache.js";

describe("createAnalysisCache", () => {
  it("computes once per key, shares a pending computation, and forgets failures", async () => {
    const cache = createAnalysisCache<number>(8);
    let calls = 0;
    const compute = () => {
      calls++;
      return Promise.resolve(calls);
    };
    const [a, b] = await Promise.all([cache.get("k", compute), cache.get("k", compute)]);
    expect([a, b, calls]).toEqual([1, 1, 1]);
    await expect(cache.get("bad", () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    await Promise.resolve();
    expect(await cache.get("bad", () => Promise.resolve(7))).toBe(7);
  });

  it("evicts the least recently used entry beyond its capacity", async () => {
    const cache = createAnalysisCache<string>(2);
    const made: string[] = [];
    const get = (key: string) =>
      cache.get(key, () => {
        made.push(key);
        return Promise.resolve(key);
      });
    await get("a");
    await get("b");
    await get("a");
    await get("c");
    expect(cache.size).toBe(2);
    await get("a");
    await get("b");
    expect(made).toEqual(["a", "b", "c", "b"]);
  });
});
