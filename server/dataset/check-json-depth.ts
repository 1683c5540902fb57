// The nesting depth of a parsed JSON value, measured without recursion: a value nested deeper
// than the limit is a located problem (`entities[0].extra[0][0]…`), found before any recursive
// step (zod, JSON.stringify, structured clone) could overflow the stack on it.

import type { Problem } from "../analysis/types.js";

/** Segments of the path shown before it is cut short. */
const SHOWN_SEGMENTS = 6;

/** The deepest nesting of arrays/objects in `value`, found without building any path. */
function depthOf(value: unknown): number {
  const values: unknown[] = [value];
  const depths: number[] = [0];
  let deepest = 0;
  while (values.length > 0) {
    const item = values.pop();
    const depth = depths.pop()! + 1;
    if (typeof item !== "object" || item === null) continue;
    if (depth > deepest) deepest = depth;
    const children = Array.isArray(item) ? item : Object.values(item);
    for (const child of children) {
      if (typeof child !== "object" || child === null) continue;
      values.push(child);
      depths.push(depth);
    }
  }
  return deepest;
}

/** null when `value` nests at most `maxDepth` arrays/objects deep; else where it goes deeper. */
export function checkJsonDepth(value: unknown, maxDepth: number): Problem | null {
  // The common case, a document within the limit, costs one walk and no allocation per value.
  if (depthOf(value) <= maxDepth) return null;
  const stack: { value: unknown; depth: number; path: readonly (string | number)[] }[] = [
    { value, depth: 0, path: [] },
  ];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item.value !== "object" || item.value === null) continue;
    const depth = item.depth + 1;
    if (depth > maxDepth) {
      return {
        path: formatPath(item.path),
        message: `nested deeper than ${maxDepth} levels of arrays and objects`,
      };
    }
    // Only the first segments of the path are kept: a deep path is cut, not built in full.
    const extend = (key: string | number) =>
      item.path.length < SHOWN_SEGMENTS ? [...item.path, key] : item.path;
    if (Array.isArray(item.value)) {
      for (let k = item.value.length - 1; k >= 0; k--) {
        stack.push({ value: item.value[k], depth, path: extend(k) });
      }
    } else {
      for (const [key, child] of Object.entries(item.value)) {
        stack.push({ value: child, depth, path: extend(key) });
      }
    }
  }
  return null;
}

function formatPath(path: readonly (string | number)[]): string {
  let text = "";
  for (const key of path) {
    text +=
      typeof key === "number"
        ? `[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `${text === "" ? "" : "."}${key}`
          : `[${JSON.stringify(key)}]`;
  }
  return path.length >= SHOWN_SEGMENTS ? `${text}…` : text;
}
