// One query-string parameter as a zod schema: how its text is read (`read`, which may report a
// problem) and the schema of the value it gives (type, checks, default, description). The parsers
// validate with it, and the OpenAPI document describes the same value schema (z.toJSONSchema), so
// that the two cannot disagree.

import { type core, z } from "zod";

/**
 * A repeated parameter (`?x=a&x=b`): lists join the values, scalars keep the last one, and a
 * repeatable parameter reads each (its value is the array of what each gave).
 */
export type Repeated = "join" | "last" | "each";

/** Reads one parameter's text into the value its schema checks; `problem` reports a bad text. */
export type ReadText = (text: string, problem: (message: string) => void) => unknown;

/** How each parameter schema made here takes a repeated parameter (for the OpenAPI `explode`). */
const REPEATED = new WeakMap<z.ZodType, Repeated>();

export function queryParameter<Value extends z.ZodType>(
  value: Value,
  read: ReadText,
  repeated: Repeated = "last",
) {
  const schema = z.preprocess((raw, context) => {
    if (raw === undefined) return undefined;
    const texts = Array.isArray(raw) ? raw.map(String) : [String(raw)];
    const problems: string[] = [];
    const problem = (message: string) => {
      problems.push(message);
    };
    const out =
      repeated === "each"
        ? texts.map((text) => read(text, problem))
        : read(repeated === "join" ? texts.join(",") : texts.at(-1)!, problem);
    if (problems.length === 0) return out;
    for (const message of problems) context.addIssue({ code: "custom", message, input: raw });
    return z.NEVER;
  }, value);
  REPEATED.set(schema, repeated);
  return schema;
}

/** How `schema` (made by queryParameter) takes a repeated parameter. */
export function repeatedOf(schema: z.ZodType): Repeated {
  return REPEATED.get(schema) ?? "last";
}

/** A parameter's value as JSON Schema (OpenAPI 3.1 uses JSON Schema 2020-12), without `$schema`. */
export function parameterJsonSchema(schema: z.ZodType): core.JSONSchema.BaseSchema {
  const { $schema: _, ...json } = z.toJSONSchema(schema, { io: "output" });
  return json;
}

/** Whether the request must carry the parameter: its schema refuses it missing. */
export function isRequiredParameter(schema: z.ZodType): boolean {
  return !schema.safeParse(undefined).success;
}

/** Any text, as it is. */
export const readText: ReadText = (text) => text;

/** A number; blank text is not 0. */
export const readNumber: ReadText = (text) => (text.trim() === "" ? Number.NaN : Number(text));

/** A whole number read from digits only (not "1e3", "-1" or " 3"), at most `cap` (larger asks are cut to it). */
export const readWholeNumber =
  (cap = Number.POSITIVE_INFINITY): ReadText =>
  (text, problem) => {
    if (!/^\d+$/.test(text)) problem("expected a whole number");
    return Math.min(Number(text), cap);
  };
