// Datasets for the format tests: a hand-made hostile one, and a fast-check arbitrary of valid
// datasets (unicode, hostile strings, null amounts, parallel and self-loop deals, many sources).

import { spawnSync } from "node:child_process";
import fc from "fast-check";
import {
  AMOUNT_BASES,
  CONFIDENCE_LEVELS,
  type Dataset,
  DEAL_STATUSES,
  DEAL_TYPES,
  type Deal,
  ENTITY_KINDS,
  type Entity,
  type Source,
} from "../../server/analysis/types.js";
import { xmlSafeText } from "../../server/dataset/export-xml-text.js";

export const HOSTILE = `<img src=x onerror=alert(1)> & "quoted" 'single' ]]> \t tab\nnewline\r\ncrlf`;

export function hostileDataset(): Dataset {
  return {
    version: "2026.1",
    updated: "2026-11-22",
    entities: [
      { id: "nvidia", name: "Nvidia", kind: "chipmaker", ticker: "NVDA", country: "US" },
      { id: "openai", name: "OpenAI", kind: "ai_lab", description: HOSTILE },
      { id: "__proto__", name: '=HYPERLINK("http://evil")', kind: "other" },
      { id: "oracle, inc", name: "Oracle Ünïcødé 甲骨文 🚀", kind: "hyperscaler", ticker: "ORCL" },
    ],
    deals: [
      {
        id: "nvidia-openai-equity",
        from: "nvidia",
        to: "openai",
        type: "equity",
        amountUsd: 100_000_000_000,
        amountBasis: "headline",
        date: "2025-09-22",
        status: "announced",
        description: HOSTILE,
        sources: [
          {
            url: "https://example.com/a?x=1&y=2",
            publisher: "Pub, Inc.",
            title: "T",
            date: "2025-09-22",
          },
          { url: "https://example.com/b" },
          { publisher: "no url" },
        ],
        confidence: "high",
        note: "-starts with a minus",
      },
      {
        id: "nvidia-openai-parallel",
        from: "nvidia",
        to: "openai",
        type: "compute_contract",
        amountUsd: null,
        amountBasis: "committed",
        date: "2025-10",
        status: "signed",
        sources: [{ url: "https://example.com/c" }],
      },
      {
        id: "openai-oracle",
        from: "openai",
        to: "oracle, inc",
        type: "compute_contract",
        amountUsd: 300_000_000_000.5,
        amountBasis: "estimate",
        date: "2025",
        status: "closed",
        sources: [{ url: "https://example.com/d" }],
        supersedes: "nvidia-openai-parallel",
      },
      {
        id: "proto-self",
        from: "__proto__",
        to: "__proto__",
        type: "other",
        amountUsd: 0,
        amountBasis: "stake_value",
        date: "2024-02-29",
        status: "cancelled",
        sources: [{}],
      },
      {
        id: "oracle-nvidia",
        from: "oracle, inc",
        to: "nvidia",
        type: "chip_purchase",
        amountUsd: 40_000_000_000,
        amountBasis: "committed",
        date: "2025-05-01",
        status: "amended",
        sources: [{ url: "https://example.com/e", title: "'=quoted formula" }],
      },
    ],
  };
}

/** Text with the characters formats trip on; never empty (an empty optional field is absent). */
const hostileText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12, unit: "grapheme" }),
  fc.string({ minLength: 1, maxLength: 12, unit: "binary" }),
  fc.constantFrom(
    HOSTILE,
    "=1+2",
    "'=x",
    "@sum",
    "-",
    "a,b",
    '"',
    " padded ",
    "__proto__",
    "constructor",
    "\r\n",
  ),
);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const date = fc.oneof(
  fc.integer({ min: 1990, max: 2030 }).map(String),
  fc
    .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
  fc
    .date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);
const amount = fc.oneof(
  fc.constant(null),
  fc.nat(),
  fc.double({ min: 0, max: 1e15, noNaN: true, noDefaultInfinity: true }),
  fc.constant(1e21),
);
const source: fc.Arbitrary<Source> = fc
  .record(
    {
      url: optional(hostileText),
      publisher: optional(hostileText),
      title: optional(hostileText),
      date: optional(date),
    },
    { requiredKeys: [] },
  )
  .map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as Source);

const clean = <T extends object>(record: T): T =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;

export const datasetArbitrary: fc.Arbitrary<Dataset> = fc
  .uniqueArray(hostileText, { minLength: 1, maxLength: 6 })
  .chain((ids) =>
    fc.record({
      entities: fc.tuple(
        ...ids.map((id) =>
          fc
            .record({
              name: hostileText,
              kind: fc.constantFrom(...ENTITY_KINDS),
              ticker: optional(hostileText),
              country: optional(hostileText),
              description: optional(hostileText),
            })
            .map((e): Entity => clean({ id, ...e })),
        ),
      ),
      deals: fc.uniqueArray(
        fc.record({
          id: hostileText,
          from: fc.constantFrom(...ids),
          to: fc.constantFrom(...ids),
          type: fc.constantFrom(...DEAL_TYPES),
          amountUsd: amount,
          amountBasis: fc.constantFrom(...AMOUNT_BASES),
          date,
          status: fc.constantFrom(...DEAL_STATUSES),
          description: optional(hostileText),
          sources: fc.array(source, { minLength: 1, maxLength: 3 }),
          confidence: optional(fc.constantFrom(...CONFIDENCE_LEVELS)),
          note: optional(hostileText),
        }),
        { maxLength: 10, selector: (d) => d.id },
      ),
    }),
  )
  .map(({ entities, deals }) => ({ entities, deals: deals.map((d) => clean(d) as Deal) }));

/**
 * What an XML format gives back: every string made XML-safe (the documented lossy step), except
 * in the later sources, which travel as JSON text (escaped, so lossless).
 */
export function xmlSafeDataset(dataset: Dataset): Dataset {
  const walk = (value: unknown): unknown => {
    if (typeof value === "string") return xmlSafeText(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    }
    return value;
  };
  const safe = walk(dataset) as Dataset;
  safe.deals.forEach((deal, i) => {
    deal.sources = [deal.sources[0]!, ...dataset.deals[i]!.sources.slice(1)];
  });
  return safe;
}

/** Whether ids stay distinct once made XML-safe. */
export function idsSurviveXml(dataset: Dataset): boolean {
  const safe = xmlSafeDataset(dataset);
  return (
    new Set(safe.entities.map((e) => e.id)).size === dataset.entities.length &&
    new Set(safe.deals.map((d) => d.id)).size === dataset.deals.length
  );
}

/** Whether python3 with networkx is here; the networkx tests say so loudly when it is not. */
export const hasNetworkx: boolean = (() => {
  const probe = spawnSync("python3", ["-c", "import networkx"], { stdio: "ignore" });
  if (probe.status !== 0) {
    console.warn("NOTICE: python3 with networkx not found: the networkx read tests do NOT run.");
  }
  return probe.status === 0;
})();

/** Run a python3 script with `path` as argv[1] and parse its JSON output. */
export function runPython(script: string, path: string): unknown {
  const result = spawnSync("python3", ["-c", script, path], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}
