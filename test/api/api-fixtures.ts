// A tiny dataset with one three-way loop, an undisclosed amount, a backstop and an isolated entity,
// a heavy one for the worker tests, an app over it that logs nothing (on one shared worker), and a
// runner to spy on.

import type { Express } from "express";
import type { Dataset, Deal } from "../../server/analysis/types.js";
import { createApp } from "../../server/api/create-app.js";
import type { DatasetStore } from "../../server/api/dataset-store.js";
import { type AnalysisRunner, createAnalysisRunner } from "../../server/api/run-analysis.js";
import { deal as fixtureDeal } from "../fixtures/build-dataset.js";

/** A deal dated 2025-06-01 with one source, as the API's exports and round trips expect. */
const deal = (
  id: string,
  from: string,
  to: string,
  type: Deal["type"],
  amountUsd: number | null,
): Deal =>
  fixtureDeal(id, from, to, amountUsd, type, {
    date: "2025-06-01",
    sources: [{ url: `https://example.com/${id}` }],
  });

export function loopDataset(): Dataset {
  return {
    version: "test-1",
    entities: [
      { id: "alpha", name: "Alpha", kind: "chipmaker" },
      { id: "beta", name: "Beta", kind: "ai_lab" },
      { id: "gamma", name: "Gamma", kind: "hyperscaler" },
      { id: "delta", name: "Delta", kind: "investor" },
    ],
    deals: [
      deal("a-b", "alpha", "beta", "equity", 10),
      deal("b-g", "beta", "gamma", "compute_contract", 8),
      deal("g-a", "gamma", "alpha", "chip_purchase", 6),
      deal("a-g-undisclosed", "alpha", "gamma", "loan", null),
      deal("d-b-backstop", "delta", "beta", "backstop", 4),
    ],
  };
}

/** A complete digraph: its cycle enumeration runs into any time budget. */
export function heavyDataset(n = 14): Dataset {
  const entities = Array.from({ length: n }, (_, i) => ({
    id: `e${String(i).padStart(2, "0")}`,
    name: `Entity ${i}`,
    kind: "other" as const,
  }));
  const deals: Deal[] = [];
  for (const a of entities) {
    for (const b of entities)
      if (a !== b) deals.push(deal(`${a.id}-${b.id}`, a.id, b.id, "loan", 1));
  }
  return { entities, deals };
}

/**
 * A large CSV whose reading and validation take the worker a while, with a small answer: one
 * loop A ⇄ B and many cancelled deals (left out of the flows, so out of the cycles' deal lists).
 */
export function heavyCsv(rows = 50_000): string {
  let csv = "from,to,type,amountUsd,date,status,amountBasis,sourceUrl\n";
  csv += "A,B,loan,5,2025,signed,committed,https://example.com/ab\n";
  csv += "B,A,equity,3,2025,signed,committed,https://example.com/ba\n";
  for (let i = 0; i < rows; i++) {
    csv += `A,B,loan,${i},2024-01-02,cancelled,committed,https://example.com/deal/${i}\n`;
  }
  return csv;
}

let shared: AnalysisRunner | null = null;

/**
 * One pool for every test app (in a file, and across the files a vitest worker runs): a worker
 * keeps no state between jobs, and starting one (tsx compiling the engine) is most of an API
 * test's cost. A long queue: tests fire requests at once and never test refusals on it (the
 * pool's own tests make their own runners).
 */
export function sharedRunner(): AnalysisRunner {
  shared ??= createAnalysisRunner({ graceMs: 60_000, maxQueue: 1024 });
  return shared;
}

export function testApp(
  dataset: Dataset = loopDataset(),
  extra: { postRequestsPerMinute?: number; store?: DatasetStore; runner?: AnalysisRunner } = {},
): Express {
  return createApp({
    dataset,
    runner: sharedRunner(),
    clientDir: "test/api/no-client-here",
    ...extra,
  });
}

/** `real` with some of its jobs replaced (to count or record them); its counters read through. */
export function overrideRunner(
  real: AnalysisRunner,
  overrides: Partial<
    Pick<
      AnalysisRunner,
      "run" | "analyzeBody" | "answerBody" | "convertBody" | "stress" | "history" | "centrality"
    >
  >,
): AnalysisRunner {
  return {
    run: real.run,
    analyzeBody: real.analyzeBody,
    answerBody: real.answerBody,
    convertBody: real.convertBody,
    stress: real.stress,
    history: real.history,
    centrality: real.centrality,
    close: () => real.close(),
    estimateWaitMs: () => real.estimateWaitMs(),
    whenIdle: () => real.whenIdle(),
    ...overrides,
    get active() {
      return real.active;
    },
    get queued() {
      return real.queued;
    },
    get started() {
      return real.started;
    },
  };
}
