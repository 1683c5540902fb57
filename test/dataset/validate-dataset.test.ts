import { describe, expect, it } from "vitest";
import { InvalidDatasetError } from "../../server/analysis/errors.js";
import { assertValidDataset, validateDataset } from "../../server/dataset/validate-dataset.js";

const source = [{ url: "https://example.com/a", publisher: "Example" }];
const entity = (id: string) => ({ id, name: id.toUpperCase(), kind: "other" });
const deal = (id: string, from: string, to: string, extra: Record<string, unknown> = {}) => ({
  id,
  from,
  to,
  type: "equity",
  amountUsd: 10,
  amountBasis: "committed",
  date: "2025-09-22",
  status: "signed",
  sources: source,
  ...extra,
});
const good = () => ({
  entities: [entity("nvidia"), entity("openai"), entity("oracle")],
  deals: [deal("d1", "nvidia", "openai"), deal("d2", "openai", "oracle")],
});

describe("validateDataset", () => {
  it("accepts a valid dataset and keeps extra fields", () => {
    const raw = good();
    (raw.deals[0] as Record<string, unknown>).customField = "kept";
    const result = validateDataset(raw);
    expect(result.errors).toEqual([]);
    expect(result.dataset?.deals[0]).toMatchObject({ id: "d1", customField: "kept" });
  });

  it("locates an unknown entity reference", () => {
    const raw = good();
    raw.deals[1]!.to = "oracel";
    expect(validateDataset(raw).errors).toEqual([
      { path: "deals[1].to", message: 'unknown entity "oracel"' },
    ]);
  });

  it("reports duplicate entity and deal ids with the first occurrence", () => {
    const raw = good();
    raw.entities.push(entity("openai"));
    raw.deals.push(deal("d1", "oracle", "nvidia"));
    const paths = validateDataset(raw).errors.map((e) => `${e.path}: ${e.message}`);
    expect(paths).toEqual([
      'deals[2].id: duplicate deal id "d1" (first at deals[0])',
      'entities[3].id: duplicate entity id "openai" (first at entities[1])',
    ]);
  });

  it("rejects negative and non-finite amounts", () => {
    const raw = good();
    raw.deals[0]!.amountUsd = -5;
    raw.deals[1]!.amountUsd = Number.POSITIVE_INFINITY;
    const errors = validateDataset(raw).errors;
    expect(errors.map((e) => e.path)).toEqual(["deals[0].amountUsd", "deals[1].amountUsd"]);
    expect(errors[0]!.message).toMatch(/≥ 0/);
    expect(errors[1]!.message).toMatch(/finite/);
  });

  it("rejects malformed dates, unknown enum values and missing fields all at once", () => {
    const raw = good() as { entities: unknown[]; deals: Record<string, unknown>[] };
    raw.deals[0]!.date = "2025-13-01";
    raw.deals[0]!.type = "gift";
    delete raw.deals[1]!.status;
    raw.entities.push({ id: "x", name: "X", kind: "alien" });
    const errors = validateDataset(raw).errors;
    expect(errors.map((e) => e.path)).toEqual([
      "deals[0].date",
      "deals[0].type",
      "deals[1].status",
      "entities[3].kind",
    ]);
    expect(errors[1]!.message).toMatch(/unknown value "gift"; expected one of equity/);
    expect(errors[2]!.message).toMatch(/missing field/);
  });

  it("accepts partial dates and hostile-looking ids", () => {
    const raw = {
      entities: [entity("__proto__"), entity("constructor"), entity("日本")],
      deals: [
        deal("d1", "__proto__", "constructor", { date: "2025" }),
        deal("__proto__", "constructor", "日本", { date: "2025-09" }),
      ],
    };
    expect(validateDataset(raw).errors).toEqual([]);
  });

  it("warns about recoverable oddities without failing", () => {
    const raw = good();
    raw.deals[0]!.amountUsd = null as unknown as number;
    raw.deals.push(deal("d3", "oracle", "oracle", { sources: [{ publisher: "X" }] }));
    const result = validateDataset(raw);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.path)).toEqual([
      "deals[0].amountUsd",
      "deals[2]",
      "deals[2].sources[0]",
    ]);
  });

  it("locates a supersedes naming a missing deal", () => {
    const raw = good();
    raw.deals.push(deal("d3", "nvidia", "openai", { supersedes: "d9" }));
    expect(validateDataset(raw).errors).toEqual([
      { path: "deals[2].supersedes", message: 'unknown deal "d9"' },
    ]);
  });

  it("reports each supersession loop once, at its first deal, self-loops included", () => {
    const raw = good();
    raw.deals = [
      deal("a", "nvidia", "openai", { supersedes: "c" }),
      deal("b", "nvidia", "openai", { supersedes: "a" }),
      deal("c", "nvidia", "openai", { supersedes: "b" }),
      deal("x", "nvidia", "openai", { supersedes: "a" }),
      deal("s", "nvidia", "openai", { supersedes: "s" }),
    ];
    expect(validateDataset(raw).errors).toEqual([
      { path: "deals[0].supersedes", message: 'supersession loop: "a" → "c" → "b" → "a"' },
      { path: "deals[4].supersedes", message: 'supersession loop: "s" → "s"' },
    ]);
  });

  it("accepts a supersession chain", () => {
    const raw = good();
    raw.deals.push(deal("d3", "nvidia", "openai", { supersedes: "d1" }));
    raw.deals.push(deal("d4", "nvidia", "openai", { supersedes: "d3" }));
    expect(validateDataset(raw).errors).toEqual([]);
  });

  it("warns about an estimate without a derivation, not one with it", () => {
    const raw = good();
    raw.deals = [
      deal("d1", "nvidia", "openai", { amountBasis: "estimate" }),
      deal("d2", "openai", "oracle", { amountBasis: "estimate", derivation: "10 × $1B" }),
    ];
    const result = validateDataset(raw);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.path)).toEqual(["deals[0].derivation"]);
  });

  it("checks financials and sources' originals, keeping both", () => {
    const raw = good() as { entities: Record<string, unknown>[]; deals: Record<string, unknown>[] };
    raw.entities[0]!.financials = { asOf: "2025-01-26", revenueUsd: 130.5e9, equityUsd: 79.3e9 };
    raw.entities[1]!.financials = { equityUsd: -1, asOf: "26/01/2025" };
    raw.deals[0]!.sources = [{ url: "https://x.test/a", original: { publisher: "Reuters" } }];
    const result = validateDataset(raw);
    expect(result.errors.map((e) => e.path)).toEqual([
      "entities[1].financials.asOf",
      "entities[1].financials.equityUsd",
    ]);
    delete raw.entities[1]!.financials;
    const fixed = validateDataset(raw);
    expect(fixed.errors).toEqual([]);
    expect(fixed.dataset?.entities[0]?.financials?.equityUsd).toBe(79.3e9);
    expect(fixed.dataset?.deals[0]?.sources[0]?.original).toEqual({ publisher: "Reuters" });
  });

  it("reports a non-object document", () => {
    expect(validateDataset([]).errors[0]).toMatchObject({ path: "" });
    expect(validateDataset({ entities: [] }).errors).toEqual([
      { path: "deals", message: "missing field" },
    ]);
  });
});

describe("assertValidDataset", () => {
  it("throws InvalidDatasetError carrying every problem", () => {
    const raw = good();
    raw.deals[0]!.from = "nvidai";
    raw.deals[1]!.to = "oracel";
    const error = (() => {
      try {
        assertValidDataset(raw);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidDatasetError);
    expect((error as InvalidDatasetError).problems).toHaveLength(2);
    expect((error as InvalidDatasetError).message).toContain(
      'deals[1].to: unknown entity "oracel"',
    );
  });
});
