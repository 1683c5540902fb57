import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  estimateWaitMs,
  RETRY_AFTER_LIMITS,
  retryAfterSeconds,
} from "../../server/api/estimate-wait.js";

const NOW = 1_000_000;

describe("estimateWaitMs", () => {
  it("is 0 while a worker is free and nothing waits", () => {
    expect(
      estimateWaitMs({
        now: NOW,
        workers: 2,
        running: [{ startedAt: NOW - 100, deadlineAt: NOW + 14_900 }],
        queuedLimitsMs: [],
        typicalJobMs: 5_000,
      }),
    ).toBe(0);
  });

  it("issue 16's replay: two workers on 15 s uploads and a full queue say minutes, not 1 s", () => {
    // Both workers 2 s into 20k-ring uploads (deadline 15 s), 16 more waiting; recent uploads
    // took a median 8 s. Each worker frees at +6 s, then takes 8 of the 16 at 8 s each.
    const wait = estimateWaitMs({
      now: NOW,
      workers: 2,
      running: [
        { startedAt: NOW - 2_000, deadlineAt: NOW + 13_000 },
        { startedAt: NOW - 2_000, deadlineAt: NOW + 13_000 },
      ],
      queuedLimitsMs: Array.from({ length: 16 }, () => 15_000),
      typicalJobMs: 8_000,
    });
    expect(wait).toBe(6_000 + 8 * 8_000);
    expect(retryAfterSeconds(wait)).toBe(70);
  });

  it("counts each job at most to its deadline, and by its deadline when there is no median yet", () => {
    const running = [{ startedAt: NOW - 1_000, deadlineAt: NOW + 500 }];
    // A typical job of 10 s would end at +9 s, but this one is stopped at +0.5 s.
    expect(
      estimateWaitMs({ now: NOW, workers: 1, running, queuedLimitsMs: [], typicalJobMs: 10_000 }),
    ).toBe(500);
    // The queued job's limit (2 s) caps its typical 10 s too.
    expect(
      estimateWaitMs({
        now: NOW,
        workers: 1,
        running,
        queuedLimitsMs: [2_000],
        typicalJobMs: 10_000,
      }),
    ).toBe(2_500);
    // No median yet: every job is counted to its deadline.
    expect(
      estimateWaitMs({
        now: NOW,
        workers: 1,
        running: [{ startedAt: NOW, deadlineAt: NOW + 15_000 }],
        queuedLimitsMs: [15_000, 3_000],
        typicalJobMs: null,
      }),
    ).toBe(33_000);
  });

  it("a job past the typical time may end any moment: it counts as ending now", () => {
    expect(
      estimateWaitMs({
        now: NOW,
        workers: 1,
        running: [{ startedAt: NOW - 9_000, deadlineAt: NOW + 6_000 }],
        queuedLimitsMs: [15_000],
        typicalJobMs: 4_000,
      }),
    ).toBe(4_000);
  });

  it("agrees with a brute-force replay of the queue on the workers", () => {
    const queue = fc.record({
      workers: fc.integer({ min: 1, max: 4 }),
      running: fc.array(fc.record({ ago: fc.nat(20_000), left: fc.nat(20_000) }), { maxLength: 4 }),
      queuedLimitsMs: fc.array(fc.integer({ min: 1, max: 20_000 }), { maxLength: 20 }),
      typicalJobMs: fc.option(fc.integer({ min: 1, max: 20_000 })),
    });
    fc.assert(
      fc.property(queue, ({ workers, running, queuedLimitsMs, typicalJobMs }) => {
        const busy = running
          .slice(0, workers)
          .map(({ ago, left }) => ({ startedAt: NOW - ago, deadlineAt: NOW + left }));
        const wait = estimateWaitMs({
          now: NOW,
          workers,
          running: busy,
          queuedLimitsMs,
          typicalJobMs,
        });
        // Oracle: millisecond by millisecond is too slow; replay events instead — at each step
        // the job at the head goes to the worker that frees first (any of the earliest).
        const ends = busy.map(({ startedAt, deadlineAt }) =>
          Math.min(
            deadlineAt,
            Math.max(NOW, typicalJobMs === null ? deadlineAt : startedAt + typicalJobMs),
          ),
        );
        while (ends.length < workers) ends.push(NOW);
        for (const limit of queuedLimitsMs) {
          ends.sort((a, b) => a - b);
          ends[0] = ends[0]! + (typicalJobMs === null ? limit : Math.min(limit, typicalJobMs));
        }
        expect(wait).toBe(Math.min(...ends) - NOW);
        // Never past the sum of every deadline ahead, spread over the workers.
        const bound =
          Math.max(0, ...busy.map((job) => job.deadlineAt - NOW)) +
          queuedLimitsMs.reduce((sum, limit) => sum + limit, 0);
        expect(wait).toBeLessThanOrEqual(bound);
      }),
    );
  });
});

describe("retryAfterSeconds", () => {
  it("rounds up to whole seconds, at least 1 and at most the cap", () => {
    expect(retryAfterSeconds(0)).toBe(RETRY_AFTER_LIMITS.minSeconds);
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(1_001)).toBe(2);
    expect(retryAfterSeconds(18_000)).toBe(18);
    expect(retryAfterSeconds(10 * 3_600_000)).toBe(RETRY_AFTER_LIMITS.maxSeconds);
  });
});
