// A small LRU map of analyses of the loaded dataset, keyed by the normalized option set: repeated
// GETs with the same options answer from memory, and concurrent misses share one computation.

export interface AnalysisCache<T> {
  get(key: string, compute: () => Promise<T>): Promise<T>;
  delete(key: string): void;
  readonly size: number;
}

export function createAnalysisCache<T>(capacity = 64): AnalysisCache<T> {
  const entries = new Map<string, Promise<T>>();
  return {
    get(key, compute) {
      const hit = entries.get(key);
      if (hit !== undefined) {
        // Re-insert: Map iteration order is recency order.
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const pending = compute();
      entries.set(key, pending);
      // A failed computation is not remembered.
      pending.catch(() => {
        if (entries.get(key) === pending) entries.delete(key);
      });
      while (entries.size > capacity) entries.delete(entries.keys().next().value!);
      return pending;
    },
    delete(key) {
      entries.delete(key);
    },
    get size() {
      return entries.size;
    },
  };
}
