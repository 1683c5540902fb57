// The first steps of every analysis command: read and validate the input, say how many warnings
// it raised, and aggregate the included deals into the flow matrix (and the committed view's).

import { computeDatasetFlowMatrix, type FlowMatrix } from "../analysis/flow-matrix.js";
import type { Dataset } from "../analysis/types.js";
import type { CliIo } from "./cli-io.js";
import { type InclusionFlags, inclusionFromFlags } from "./inclusion-flags.js";
import { readInput } from "./read-input.js";

export async function loadFlow(
  file: string | undefined,
  flags: InclusionFlags,
  io: CliIo,
): Promise<{ dataset: Dataset; flow: FlowMatrix; committedFlow: FlowMatrix }> {
  const { dataset, warnings } = await readInput(file, io);
  if (warnings.length > 0) {
    const noun = warnings.length === 1 ? "warning" : "warnings";
    io.writeErr(
      `roundtrip: the dataset raised ${warnings.length} ${noun} (\`roundtrip validate\` lists them)\n`,
    );
  }
  const inclusion = inclusionFromFlags(flags);
  const flow = computeDatasetFlowMatrix(dataset, inclusion);
  // The committed view under the same other options: each cycle's committed bottleneck (SPEC §3).
  const committedFlow =
    inclusion.view === "committed"
      ? flow
      : computeDatasetFlowMatrix(dataset, { ...inclusion, view: "committed" });
  return { dataset, flow, committedFlow };
}
