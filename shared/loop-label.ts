// A loop in words, back to where it starts — `OpenAI → Oracle → Nvidia → OpenAI` — one rule for
// the viewer's panels and banner, the CLI's cycle table, the loops CSV and the export's focus line.

/** The loop's entities in order and the first again, each through `name` (ids by default). */
export function loopLabel(
  nodes: readonly string[],
  name: (id: string) => string = (id) => id,
): string {
  if (nodes.length === 0) return "";
  return [...nodes, nodes[0]!].map(name).join(" → ");
}
