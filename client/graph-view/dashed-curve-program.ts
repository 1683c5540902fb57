// @sigma/edge-curve's curved arrow, drawn dashed: the deals whose amount is not a firm commitment
// (a headline, an estimate, a conditional tranche, unsigned, a warrant or backstop). The fragment
// shader finds how far along the curve a pixel lies and leaves the gaps transparent; the arrow
// head stays solid, and picking (the hidden colour-coded pass) is not dashed, so gaps click too.

import { createEdgeCurveProgram } from "@sigma/edge-curve";
import type { Attributes } from "graphology-types";
import type { EdgeProgramType } from "sigma/rendering";
import { dashFragmentShader } from "./dash-fragment-shader.js";

type CurveOptions<N extends Attributes, E extends Attributes> = Parameters<
  typeof createEdgeCurveProgram<N, E>
>[0];
type CurveClass = new (
  ...args: ConstructorParameters<EdgeProgramType>
) => { getDefinition(): { FRAGMENT_SHADER_SOURCE: string } };

/** The dashed twin of `createEdgeCurveProgram(options)` (options must give a target arrow head). */
export function createDashedCurveProgram<N extends Attributes, E extends Attributes>(
  options: CurveOptions<N, E>,
): EdgeProgramType<N, E> {
  // The factory's declared type hides getDefinition, which every sigma program has.
  const Curve = createEdgeCurveProgram<N, E>(options) as unknown as CurveClass;
  class DashedCurveProgram extends Curve {
    override getDefinition() {
      const definition = super.getDefinition();
      return {
        ...definition,
        FRAGMENT_SHADER_SOURCE: dashFragmentShader(definition.FRAGMENT_SHADER_SOURCE),
      };
    }
  }
  return DashedCurveProgram as unknown as EdgeProgramType<N, E>;
}
