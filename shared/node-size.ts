// A node's drawn radius from its flow, used alike by the viewer's node reducer, the layout's
// overlap pass and the SVG/GEXF pictures: area proportional to flow.

export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 26;

/** Area proportional to flow: radius grows with the square root. */
export function nodeSize(flowUsd: number, referenceFlowUsd: number): number {
  if (!(flowUsd > 0) || !(referenceFlowUsd > 0)) return MIN_NODE_SIZE;
  const ratio = Math.min(1, flowUsd / referenceFlowUsd);
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(ratio);
}
