// Aligned plain-text tables for human output: a header row, a rule, then rows. Every cell is
// terminal-safe (escape-terminal): data cannot inject control sequences.

import { escapeTerminal } from "./escape-terminal.js";

export type ColumnAlign = "left" | "right";

export interface TableColumn {
  readonly title: string;
  readonly align?: ColumnAlign;
}

/** Pad every cell to its column's widest entry (by code points); numbers usually align right. */
export function formatTable(
  columns: readonly TableColumn[],
  unsafeRows: readonly string[][],
): string {
  const rows = unsafeRows.map((row) => row.map(escapeTerminal));
  const width = (text: string) => [...text].length;
  // A loop, not Math.max(...cells): a table may have more rows than a call takes arguments.
  const widths = columns.map((column, k) => {
    let widest = width(column.title);
    for (const row of rows) widest = Math.max(widest, width(row[k] ?? ""));
    return widest;
  });
  const line = (cells: readonly string[]) =>
    columns
      .map((column, k) => {
        const cell = cells[k] ?? "";
        const pad = " ".repeat(widths[k]! - width(cell));
        return column.align === "right" ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [line(columns.map((c) => c.title)), rule, ...rows.map(line)].join("\n");
}
