// How long a job posted now would wait for a worker of the pool, for a 503's or 429's Retry-After:
// the jobs ahead of it placed on the workers in queue order, each taking the typical job time (the
// running median of recent jobs), never past its own deadline; with no median yet, its deadline.

export interface QueueSnapshot {
  /** The pool's clock, in ms (performance.now() in the pool; any clock in tests). */
  now: number;
  /** Workers in the pool. */
  workers: number;
  /** The jobs running, one per busy worker: when each started and when it will be stopped. */
  running: readonly { startedAt: number; deadlineAt: number }[];
  /** The time limit of each job waiting, in queue order. */
  queuedLimitsMs: readonly number[];
  /** The running median of recent job durations (ms), null before there is one. */
  typicalJobMs: number | null;
}

export const RETRY_AFTER_LIMITS = Object.freeze({
  /** Retry-After is at least this many seconds (HTTP's unit; 0 would invite a retry storm). */
  minSeconds: 1,
  /** ... and at most this many: past it the estimate says more about the queue than the wait. */
  maxSeconds: 300,
});

/** Milliseconds until a worker would be free for a job posted now (0 when one is free). */
export function estimateWaitMs(queue: QueueSnapshot): number {
  const { now, workers, running, queuedLimitsMs, typicalJobMs } = queue;
  if (workers <= 0) return 0;
  // When each worker frees up: a running job after the typical time (already past it: any
  // moment now), and by its deadline in any case.
  const free = running.map(({ startedAt, deadlineAt }) => {
    const typicalEnd = typicalJobMs === null ? deadlineAt : startedAt + typicalJobMs;
    return Math.max(0, Math.min(deadlineAt, Math.max(now, typicalEnd)) - now);
  });
  while (free.length < workers) free.push(0);
  // The jobs ahead take the earliest free worker, in queue order.
  for (const limitMs of queuedLimitsMs) {
    let first = 0;
    for (let k = 1; k < free.length; k++) if (free[k]! < free[first]!) first = k;
    free[first] =
      free[first]! + (typicalJobMs === null ? limitMs : Math.min(limitMs, typicalJobMs));
  }
  return Math.min(...free);
}

/** A wait in ms as Retry-After seconds: rounded up, within RETRY_AFTER_LIMITS. */
export function retryAfterSeconds(waitMs: number): number {
  const { minSeconds, maxSeconds } = RETRY_AFTER_LIMITS;
  return Math.min(maxSeconds, Math.max(minSeconds, Math.ceil(waitMs / 1000)));
}
