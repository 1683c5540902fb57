// The publishers table (data/publishers.json): web host → publisher name and tier. A source's
// tier (primary, major or secondary) is derived from it, never typed into each deal.

import * as z from "zod/mini";
import { InvalidDatasetError } from "../analysis/errors.js";
import { formatPath } from "./format-path.js";

/** primary: a filing, company release or blog, earnings call; major: wires, major newspapers and
 * business press, trade press of record; secondary: everything else (aggregators, blogs, copies). */
export const SOURCE_TIERS = ["primary", "major", "secondary"] as const;
export type SourceTier = (typeof SOURCE_TIERS)[number];

export interface PublisherEntry {
  publisher: string;
  tier: SourceTier;
}

/** Keys are lower-case hosts without `www.`; a key also covers its subdomains. */
export type PublisherTable = Readonly<Record<string, PublisherEntry>>;

const HOST_PATTERN = /^(?!-)[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

export const publisherTableSchema = z.record(
  z
    .string()
    .check(z.regex(HOST_PATTERN, { message: "expected a lower-case host like reuters.com" })),
  z.object({
    publisher: z.string().check(z.minLength(1, { message: "expected a publisher name" })),
    tier: z.enum(SOURCE_TIERS),
  }),
);

/** Parse a publishers table at the edge; every problem is located (`["reuters.com"].tier`). */
export function parsePublisherTable(raw: unknown): PublisherTable {
  const parsed = publisherTableSchema.safeParse(raw);
  if (parsed.success) return Object.freeze(parsed.data);
  throw new InvalidDatasetError(
    parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    })),
  );
}
