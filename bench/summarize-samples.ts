// Median and range of repeated measurements: benchmarks quote medians with min–max, never one run.

export interface SampleSummary {
  runs: number;
  median: number;
  min: number;
  max: number;
}

export function summarizeSamples(samples: readonly number[]): SampleSummary {
  if (samples.length === 0)
    return { runs: 0, median: Number.NaN, min: Number.NaN, max: Number.NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runs: sorted.length, median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}
