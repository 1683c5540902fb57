import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCanonicalDataset } from "../../server/dataset/is-canonical-dataset.js";
import { datasetSchema } from "../../server/dataset/schema.js";
import { validateDataset } from "../../server/dataset/validate-dataset.js";
import { hostileDataset } from "../fixtures/hostile-dataset.js";

// The oracle is the zod schema: the fast path must accept exactly the documents zod accepts.

const ODD_VALUES: readonly unknown[] = [
  undefined,
  null,
  "",
  "x",
  "equity",
  "ai_lab",
  "headline",
  "closed",
  "high",
  "2025",
  "2025-13",
  "2025-02-31",
  "2025-1-01",
  " 2025-01-01",
  0,
  -0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  1e308,
  true,
  [],
  [{}],
  [{ url: 5 }],
  {},
  { url: "https://example.com" },
];

const FIELDS = [
  "id",
  "name",
  "kind",
  "ticker",
  "country",
  "description",
  "from",
  "to",
  "type",
  "amountUsd",
  "amountBasis",
  "date",
  "status",
  "sources",
  "confidence",
  "note",
  "supersedes",
  "url",
  "publisher",
  "title",
  "version",
  "updated",
  "entities",
  "deals",
] as const;

type Target = "root" | "entity" | "deal" | "source";

interface Mutation {
  target: Target;
  index: number;
  field: (typeof FIELDS)[number];
  /** Index into ODD_VALUES, or -1 to delete the field. */
  value: number;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  target: fc.constantFrom<Target>("root", "entity", "deal", "source"),
  index: fc.nat(20),
  field: fc.constantFrom(...FIELDS),
  value: fc.integer({ min: -1, max: ODD_VALUES.length - 1 }),
});

/** Row `index` (wrapped) of a value that may no longer be an array after earlier mutations. */
function pick(items: unknown, index: number): Record<string, unknown> | undefined {
  if (!Array.isArray(items) || items.length === 0) return undefined;
  const row: unknown = items[index % items.length];
  return typeof row === "object" && row !== null ? (row as Record<string, unknown>) : undefined;
}

function applyMutation(doc: Record<string, unknown>, m: Mutation): void {
  let row: Record<string, unknown> | undefined;
  if (m.target === "root") row = doc;
  else if (m.target === "entity") row = pick(doc.entities, m.index);
  else if (m.target === "deal") row = pick(doc.deals, m.index);
  else row = pick(pick(doc.deals, m.index)?.sources, m.index);
  if (row === undefined) return;
  if (m.value < 0) delete row[m.field];
  else row[m.field] = ODD_VALUES[m.value];
}

/** A deep copy of the hostile fixture with a few random mutations. */
const mutatedDocument = fc.array(mutation, { maxLength: 3 }).map((mutations) => {
  const doc = structuredClone(hostileDataset()) as unknown as Record<string, unknown>;
  for (const m of mutations) applyMutation(doc, m);
  return doc;
});

describe("isCanonicalDataset", () => {
  it("accepts exactly the documents the zod schema accepts", () => {
    fc.assert(
      fc.property(mutatedDocument, (doc) => {
        expect(isCanonicalDataset(doc)).toBe(datasetSchema.safeParse(doc).success);
      }),
      { numRuns: 3000 },
    );
  });

  it("finds both verdicts among the mutated documents (the property above is not vacuous)", () => {
    const verdicts = new Set(
      fc.sample(mutatedDocument, { numRuns: 400, seed: 7 }).map((doc) => isCanonicalDataset(doc)),
    );
    expect(verdicts).toEqual(new Set([true, false]));
  });

  it("rejects values that are not documents", () => {
    for (const value of [null, [], "x", 5, { entities: [] }, { deals: [] }]) {
      expect(isCanonicalDataset(value)).toBe(false);
    }
  });
});

describe("validateDataset on the fast path", () => {
  it("returns the same dataset and problems as the zod route for a valid document", () => {
    const doc = hostileDataset();
    const parsed = datasetSchema.safeParse(doc);
    expect(parsed.success).toBe(true);
    expect(validateDataset(structuredClone(doc)).dataset).toEqual(parsed.data);
  });
});
