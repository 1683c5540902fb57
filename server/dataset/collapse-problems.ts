// Repeated problems collapsed: the first few of each kind (the message with its quoted values and
// numbers blanked) are listed, the rest counted in one line, so that a file repeating one
// oddity 200,000 times answers with a dozen lines rather than 75 MB.

import type { Problem } from "../analysis/types.js";
import { DATASET_LIMITS } from "./dataset-limits.js";

const kindOf = (message: string) =>
  message.replace(/"(?:[^"\\]|\\.)*"/g, '"…"').replace(/\d+(?:[.,]\d+)*/g, "#");

export function collapseProblems(
  problems: readonly Problem[],
  examplesPerKind: number = DATASET_LIMITS.examplesPerKind,
  maxProblems: number = DATASET_LIMITS.maxProblems,
): Problem[] {
  if (problems.length <= examplesPerKind) return [...problems];
  const kinds = new Map<string, { first: Problem; count: number }>();
  const listed: Problem[] = [];
  let unlisted = 0;
  for (const problem of problems) {
    const key = kindOf(problem.message);
    let kind = kinds.get(key);
    if (kind === undefined) {
      kind = { first: problem, count: 0 };
      kinds.set(key, kind);
    }
    kind.count++;
    if (kind.count > examplesPerKind) continue;
    if (listed.length < maxProblems) listed.push(problem);
    else unlisted++;
  }
  for (const { first, count } of kinds.values()) {
    if (count <= examplesPerKind) continue;
    const more = (count - examplesPerKind).toLocaleString("en-US");
    listed.push({ path: "", message: `${more} more like "${first.message}" (not listed)` });
  }
  if (unlisted > 0) {
    listed.push({
      path: "",
      message: `${unlisted.toLocaleString("en-US")} more problems (not listed)`,
    });
  }
  return listed;
}
