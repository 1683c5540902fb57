import { describe, expect, it } from "vitest";
import type { Analysis } from "../../server/analysis/analyze-dataset.js";
import { analyzeDataset } from "../../server/analysis/analyze-dataset.js";
import { analyzeAnswer } from "../../server/api/analyze-answer.js";
import { createAppContext } from "../../server/api/app-context.js";
import { AnalysisCancelledError } from "../../server/api/http-errors.js";
import type { AnalysisRunner } from "../../server/api/run-analysis.js";
import { serializeJson } from "../../server/api/serialize-json.js";
import { loopDataset } from "./api-fixtures.js";

/** A runner whose posted analyses wait until released, or are withdrawn when their signal aborts. */
function heldRunner() {
  const calls: (AbortSignal | undefined)[] = [];
  const releases: (() => void)[] = [];
  const analysis: Analysis = analyzeDataset(loopDataset(), {});
  const runner: AnalysisRunner = {
    run: () => Promise.resolve(analysis),
    convertBody: () => Promise.reject(new Error("not used")),
    stress: () => Promise.reject(new Error("not used")),
    history: () => Promise.reject(new Error("not used")),
    centrality: () => Promise.reject(new Error("not used")),
    analyzeBody: () => Promise.reject(new Error("not used")),
    answerBody: (_body, _type, _options, signal) => {
      calls.push(signal);
      return new Promise((resolve, reject) => {
        releases.push(() => resolve(serializeJson(analyzeAnswer(analysis, []))));
        signal?.addEventListener("abort", () =>
          reject(new AnalysisCancelledError("test: cancelled while queued")),
        );
      });
    },
    active: 0,
    queued: 0,
    estimateWaitMs: () => 0,
    whenIdle: () => Promise.resolve(),
    started: 0,
    close: () => Promise.resolve(),
  };
  return { runner, calls, releases };
}

describe("createAppContext().postedJson", () => {
  it("runs a shared analysis again for a waiting client when the first one's client left", async () => {
    const { runner, calls, releases } = heldRunner();
    const context = createAppContext(loopDataset(), [], runner);
    const body = new TextEncoder().encode(JSON.stringify(loopDataset()));
    const left = new AbortController();
    const stays = new AbortController();
    const first = context.postedJson(body, "application/json", {}, "k", left.signal);
    const second = context.postedJson(body, "application/json", {}, "k", stays.signal);
    expect(calls).toEqual([left.signal]);
    left.abort();
    await expect(first).rejects.toBeInstanceOf(AnalysisCancelledError);
    // The waiting client's analysis now runs under its own signal.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toEqual([left.signal, stays.signal]);
    releases[1]!();
    const answer = await second;
    expect(JSON.parse(answer.body.toString()).summary.entityCount).toBe(4);
    // And it is remembered.
    expect(await context.postedJson(body, "application/json", {}, "k")).toBe(answer);
    expect(calls).toHaveLength(2);
  });
});
