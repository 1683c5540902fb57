// What every route needs: the loaded dataset, its analyses (cached per option set, computed off the
// event loop), the runner for posted datasets, and the answers to recently posted datasets.

import { createHash } from "node:crypto";
import type { Analysis, AnalyzeOptions } from "../analysis/analyze-dataset.js";
import type { CentralityRanking } from "../analysis/rank-centrality.js";
import type { Dataset, Problem } from "../analysis/types.js";
import { createAnalysisCache } from "./analysis-cache.js";
import { AnalysisCancelledError } from "./http-errors.js";
import type { AnalysisQuery } from "./parse-analysis-query.js";
import type { AnalysisRunner } from "./run-analysis.js";
import { type SerializedBody, serializeBody } from "./send-serialized.js";
import { serializeJson } from "./serialize-json.js";

export interface AppContext {
  readonly dataset: Dataset;
  readonly warnings: readonly Problem[];
  readonly runner: AnalysisRunner;
  /** The analysis of the loaded dataset under these options (cached by `key`). */
  analyzeLoaded(options: AnalysisQuery, key: string): Promise<Analysis>;
  /** Centrality with ranks of the loaded dataset under these options (cached by `key`). */
  centralityLoaded(options: AnalysisQuery, key: string): Promise<CentralityRanking>;
  /**
   * A response body derived from the loaded dataset's analysis, serialized once per route and
   * option set with its ETag: repeated GETs skip the analysis, JSON.stringify and hashing.
   */
  loadedJson(
    route: string,
    options: AnalysisQuery,
    key: string,
    make: (analysis: Analysis) => unknown,
  ): Promise<SerializedBody>;
  /**
   * The POST /api/analyze answer for a posted body, remembered by a hash of the body, its
   * Content-Type and the option set (`key`): an analyst re-posting the same what-if gets it from
   * memory, and identical posts in flight share one analysis.
   */
  postedJson(
    body: Uint8Array,
    contentType: string,
    options: Partial<AnalyzeOptions>,
    key: string,
    signal?: AbortSignal,
  ): Promise<SerializedBody>;
}

/** Sizes of the caches of answers. */
export const APP_CONTEXT_DEFAULTS = Object.freeze({
  /** Analyses of the loaded dataset (option sets); four routes' bodies each. */
  loadedAnalyses: 64,
  /** Answers to posted datasets. */
  postedAnswers: 32,
  /** A posted answer larger than this is sent but not remembered. */
  maxPostedAnswerBytes: 2 * 1024 * 1024,
});

function serialize(value: unknown): SerializedBody {
  const { body, etag } = serializeJson(value);
  return serializeBody(Buffer.from(body.buffer, body.byteOffset, body.byteLength), etag);
}

export function createAppContext(
  dataset: Dataset,
  warnings: readonly Problem[],
  runner: AnalysisRunner,
  sizes: Partial<typeof APP_CONTEXT_DEFAULTS> = {},
): AppContext {
  const { loadedAnalyses, postedAnswers, maxPostedAnswerBytes } = {
    ...APP_CONTEXT_DEFAULTS,
    ...sizes,
  };
  const cache = createAnalysisCache<Analysis>(loadedAnalyses);
  const centralities = createAnalysisCache<CentralityRanking>(loadedAnalyses);
  const bodies = createAnalysisCache<SerializedBody>(loadedAnalyses * 4);
  const posted = createAnalysisCache<SerializedBody>(postedAnswers);
  const analyzeLoaded = (options: AnalysisQuery, key: string) =>
    cache.get(key, () => runner.run(dataset, options));

  const postedJson: AppContext["postedJson"] = async (body, contentType, options, key, signal) => {
    // BLAKE2b: collision-resistant like SHA-256, and twice as fast on this machine (no SHA-NI).
    const id = createHash("blake2b512")
      .update(`${contentType}\0${key}\0`)
      .update(body)
      .digest("base64url");
    for (;;) {
      const pending = posted.get(id, async () => {
        const answer = await runner.answerBody(body, contentType, options, signal);
        return serializeBody(
          Buffer.from(answer.body.buffer, answer.body.byteOffset, answer.body.byteLength),
          answer.etag,
        );
      });
      try {
        const answer = await pending;
        if (answer.body.length > maxPostedAnswerBytes) posted.delete(id);
        return answer;
      } catch (error) {
        // The shared analysis was withdrawn because *its* client left (and forgotten): run ours.
        if (error instanceof AnalysisCancelledError && signal?.aborted !== true) continue;
        throw error;
      }
    }
  };

  return {
    dataset,
    warnings,
    runner,
    analyzeLoaded,
    centralityLoaded: (options, key) =>
      centralities.get(key, () => runner.centrality(dataset, options)),
    loadedJson: (route, options, key, make) =>
      bodies.get(`${route} ${key}`, async () => serialize(make(await analyzeLoaded(options, key)))),
    postedJson,
  };
}
