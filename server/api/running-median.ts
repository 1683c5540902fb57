// The median of the last few values of a series (job durations): robust to the odd job that runs
// to its deadline, and forgetting the past as the jobs change.

export interface RunningMedian {
  add(value: number): void;
  /** The median of the values kept, or null before `minSamples` of them. */
  median(): number | null;
}

export interface RunningMedianOptions {
  /** Values kept: the latest this many. */
  window: number;
  /** Values needed before there is a median to give. */
  minSamples: number;
}

export const RUNNING_MEDIAN_DEFAULTS: Readonly<RunningMedianOptions> = Object.freeze({
  window: 32,
  minSamples: 3,
});

export function createRunningMedian(options: Partial<RunningMedianOptions> = {}): RunningMedian {
  const { window, minSamples } = { ...RUNNING_MEDIAN_DEFAULTS, ...options };
  const values: number[] = [];
  return {
    add(value) {
      values.push(value);
      if (values.length > window) values.shift();
    },
    median() {
      if (values.length < Math.max(1, minSamples)) return null;
      const sorted = [...values].sort((a, b) => a - b);
      const mid = sorted.length >> 1;
      return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
    },
  };
}
