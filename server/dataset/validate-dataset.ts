// Validate a canonical dataset: every problem at once, each with its location. Structure comes
// from the zod schema; references, duplicates and recoverable oddities are checked here.

import type * as z from "zod/mini";
import { InvalidDatasetError } from "../analysis/errors.js";
import type { Dataset, Problem } from "../analysis/types.js";
import { checkSourceTiers } from "./check-source-tiers.js";
import { formatPath } from "./format-path.js";
import { isCanonicalDataset } from "./is-canonical-dataset.js";
import type { PublisherTable } from "./publisher-table.js";
import { datasetSchema } from "./schema.js";

export interface ValidationResult {
  /** The dataset when there are no errors, else null. */
  dataset: Dataset | null;
  errors: Problem[];
  warnings: Problem[];
}

export interface ValidateOptions {
  /** When given, every source's tier is derived from this table: unknown hosts and deals with no
   * primary or major source are warnings. */
  publishers?: PublisherTable;
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string")
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (typeof value === "number") return String(value);
  return `a ${typeof value}`;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  if (input === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value")) {
    return "missing field";
  }
  switch (issue.code) {
    case "invalid_type":
      if (typeof input === "number" && !Number.isFinite(input)) {
        return `expected a finite number, received ${describe(input)}`;
      }
      return `expected ${issue.expected}, received ${describe(input)}`;
    case "invalid_value":
      return `unknown value ${describe(input)}; expected one of ${issue.values.map((v) => String(v)).join(", ")}`;
    default:
      return input === undefined ? issue.message : `${issue.message}, received ${describe(input)}`;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Cross-record checks on whatever parts of the document have the right shape. */
function checkReferences(raw: unknown, errors: Problem[], warnings: Problem[]): void {
  if (!isRecord(raw)) return;
  const entities = Array.isArray(raw.entities) ? raw.entities : [];
  const deals = Array.isArray(raw.deals) ? raw.deals : [];
  const entityIds = new Map<string, number>();
  entities.forEach((entity, i) => {
    if (!isRecord(entity) || typeof entity.id !== "string" || entity.id === "") return;
    const first = entityIds.get(entity.id);
    if (first !== undefined) {
      errors.push({
        path: `entities[${i}].id`,
        message: `duplicate entity id ${describe(entity.id)} (first at entities[${first}])`,
      });
    } else entityIds.set(entity.id, i);
  });
  const dealIds = new Map<string, number>();
  deals.forEach((deal, i) => {
    if (!isRecord(deal)) return;
    if (typeof deal.id === "string" && deal.id !== "") {
      const first = dealIds.get(deal.id);
      if (first !== undefined) {
        errors.push({
          path: `deals[${i}].id`,
          message: `duplicate deal id ${describe(deal.id)} (first at deals[${first}])`,
        });
      } else dealIds.set(deal.id, i);
    }
    for (const end of ["from", "to"] as const) {
      const ref = deal[end];
      if (typeof ref === "string" && ref !== "" && !entityIds.has(ref)) {
        errors.push({ path: `deals[${i}].${end}`, message: `unknown entity ${describe(ref)}` });
      }
    }
    if (typeof deal.from === "string" && deal.from === deal.to) {
      warnings.push({
        path: `deals[${i}]`,
        message: `self-loop on ${describe(deal.from)}: drawn, ignored in flow analysis`,
      });
    }
    if (deal.amountUsd === null) {
      warnings.push({
        path: `deals[${i}].amountUsd`,
        message: "undisclosed amount: counted as 0 in flow analysis",
      });
    }
    if (Array.isArray(deal.sources)) {
      deal.sources.forEach((source, k) => {
        if (!isRecord(source)) return;
        const url = source.url;
        if (url === undefined || url === "") {
          warnings.push({ path: `deals[${i}].sources[${k}]`, message: "source without URL" });
        } else if (typeof url === "string" && !/^https?:\/\//i.test(url)) {
          warnings.push({
            path: `deals[${i}].sources[${k}].url`,
            message: `not an http(s) URL: shown as text, never as a link`,
          });
        }
      });
    }
  });
  deals.forEach((deal, i) => {
    if (!isRecord(deal)) return;
    if (
      deal.amountBasis === "estimate" &&
      !(typeof deal.derivation === "string" && deal.derivation.trim() !== "")
    ) {
      warnings.push({
        path: `deals[${i}].derivation`,
        message:
          "estimate without a derivation: say which sources and what arithmetic gave the amount",
      });
    }
    if (typeof deal.supersedes !== "string") return;
    if (!dealIds.has(deal.supersedes)) {
      errors.push({
        path: `deals[${i}].supersedes`,
        message: `unknown deal ${describe(deal.supersedes)}`,
      });
    }
  });
  checkSupersessionLoops(deals, dealIds, errors);
}

/**
 * Supersession must not loop (SPEC §1): each deal names at most one predecessor, so following
 * `supersedes` from every deal either ends or enters a loop. Each loop is reported once, at its
 * first deal in document order. Iterative: chains may be as long as the file.
 */
function checkSupersessionLoops(
  deals: readonly unknown[],
  dealIds: ReadonlyMap<string, number>,
  errors: Problem[],
): void {
  const next = (i: number): number | undefined => {
    const deal = deals[i];
    if (!isRecord(deal) || typeof deal.supersedes !== "string") return undefined;
    // A duplicated id names its first deal.
    return dealIds.get(deal.supersedes);
  };
  // 0 = unvisited, 1 = on the current walk, 2 = done.
  const state = new Uint8Array(deals.length);
  for (let start = 0; start < deals.length; start++) {
    if (state[start] !== 0) continue;
    const walk: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && state[at] === 0) {
      state[at] = 1;
      walk.push(at);
      at = next(at);
    }
    if (at !== undefined && state[at] === 1) {
      const loop = walk.slice(walk.indexOf(at));
      const first = loop.reduce((a, b) => Math.min(a, b));
      const rotated = [...loop.slice(loop.indexOf(first)), first];
      const ids = rotated.map((k) => describe((deals[k] as Record<string, unknown>).id));
      errors.push({
        path: `deals[${first}].supersedes`,
        message: `supersession loop: ${ids.join(" → ")}`,
      });
    }
    for (const k of walk) state[k] = 2;
  }
}

/** Validate an already-parsed document (JSON value) against SPEC §1. */
export function validateDataset(raw: unknown, options: ValidateOptions = {}): ValidationResult {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  // Well-formed documents skip zod and its copy of every record; others get its located issues.
  let dataset: Dataset | null = null;
  if (isCanonicalDataset(raw)) dataset = raw;
  else {
    const parsed = datasetSchema.safeParse(raw, { reportInput: true });
    if (parsed.success) dataset = parsed.data;
    else {
      for (const issue of parsed.error.issues) {
        errors.push({ path: formatPath(issue.path), message: issueMessage(issue) });
      }
    }
  }
  checkReferences(raw, errors, warnings);
  if (options.publishers && isRecord(raw) && Array.isArray(raw.deals)) {
    checkSourceTiers(raw.deals, options.publishers, warnings);
  }
  const byPath = (a: Problem, b: Problem) => comparePaths(a.path, b.path);
  errors.sort(byPath);
  warnings.sort(byPath);
  return { dataset: errors.length === 0 ? dataset : null, errors, warnings };
}

/** Validate and return the dataset, or throw InvalidDatasetError listing every problem. */
export function assertValidDataset(
  raw: unknown,
  options: ValidateOptions = {},
): { dataset: Dataset; warnings: Problem[] } {
  const result = validateDataset(raw, options);
  if (result.dataset === null) throw new InvalidDatasetError(result.errors, result.warnings);
  return { dataset: result.dataset, warnings: result.warnings };
}

/** Document order: deals[2] before deals[10]. */
function comparePaths(a: string, b: string): number {
  const split = (p: string) => p.split(/(\d+)/).map((s, k) => (k % 2 ? Number(s) : s));
  const pa = split(a);
  const pb = split(b);
  for (let k = 0; k < Math.min(pa.length, pb.length); k++) {
    const x = pa[k]!;
    const y = pb[k]!;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return pa.length - pb.length;
}
