// Canonical JSON (SPEC §1): the dataset as it is, two-space indented, one trailing newline.

import type { Dataset } from "../analysis/types.js";

export function exportJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
