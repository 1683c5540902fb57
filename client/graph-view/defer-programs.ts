// sigma programs whose shaders are compiled when first needed. sigma compiles every registered
// program (its default `arrow` and `line` included, whatever the network uses) and each one's
// picking twin as it starts; in software WebGL those compilations held the first frame back.
// Wrapped programs compile when they first get something to draw, and, while picking is held
// back, without their picking twin: `enablePicking` adds it once the first frame is out.

import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { EdgeProgramType, NodeProgramType } from "sigma/rendering";
import type { RenderParams } from "sigma/types";

type EdgeProgram = InstanceType<EdgeProgramType>;
type NodeProgram = InstanceType<NodeProgramType>;
type AnyProgram = EdgeProgram | NodeProgram;
type Constructor<P> = new (
  gl: WebGLRenderingContext,
  pickingBuffer: WebGLFramebuffer | null,
  renderer: Sigma,
) => P;

export interface ProgramDeferral {
  /** The program class, compiled on first use. */
  edge<N extends Attributes, E extends Attributes>(
    Program: EdgeProgramType<N, E>,
  ): EdgeProgramType<N, E>;
  node<N extends Attributes, E extends Attributes>(
    Program: NodeProgramType<N, E>,
  ): NodeProgramType<N, E>;
  /**
   * Give the programs built without picking their picking twin, and redraw: sigma can then tell
   * which node or deal is under the pointer. Does nothing when picking was never held back.
   */
  enablePicking(renderer: { refresh(): unknown }): void;
}

interface DeferralState {
  /** Whether programs built from now on get their picking twin. */
  picking: boolean;
  readonly programs: Set<DeferredProgram<AnyProgram>>;
}

/**
 * The wrapped program, created with or without its picking twin on first use. NOTE: until then
 * it has no label or hover drawer of its own, and sigma uses the default ones of its settings.
 */
class DeferredProgram<P extends AnyProgram> {
  protected program: P | null = null;
  private withPicking = false;

  constructor(
    private readonly Program: Constructor<P>,
    private readonly gl: WebGLRenderingContext,
    /** null for sigma's hover layer, undefined for edges when edge events are off. */
    private readonly pickingBuffer: WebGLFramebuffer | null | undefined,
    private readonly renderer: Sigma,
    private readonly state: DeferralState,
  ) {
    state.programs.add(this);
  }

  protected built(): P {
    if (this.program === null) {
      this.withPicking = this.state.picking && this.pickingBuffer != null;
      this.program = new this.Program(
        this.gl,
        this.withPicking ? (this.pickingBuffer ?? null) : null,
        this.renderer,
      );
    }
    return this.program;
  }

  /** Drop a program built without its picking twin: the next indexation builds it with one. */
  dropIfUnpickable(): void {
    if (this.program !== null && !this.withPicking && this.pickingBuffer != null) {
      this.program.kill();
      this.program = null;
    }
  }

  reallocate(capacity: number): void {
    if (capacity === 0 && this.program === null) return;
    this.built().reallocate(capacity);
  }

  render(params: RenderParams): void {
    this.program?.render(params);
  }

  kill(): void {
    this.program?.kill();
    this.program = null;
    this.state.programs.delete(this as DeferredProgram<AnyProgram>);
  }

  /** An edge's (edgeIndex, offset, source, target, data) or a node's (nodeIndex, offset, data). */
  process(...args: unknown[]): void {
    const program = this.built();
    (program.process as (...args: unknown[]) => void).apply(program, args);
  }

  get drawLabel() {
    return this.program?.drawLabel;
  }

  get drawHover() {
    return this.program !== null && "drawHover" in this.program
      ? this.program.drawHover
      : undefined;
  }
}

/** Wrappers sharing one picking switch: `holdPicking` compiles no picking twin until enabled. */
export function deferPrograms(holdPicking: boolean): ProgramDeferral {
  const state: DeferralState = { picking: !holdPicking, programs: new Set() };
  const defer = (Program: Constructor<AnyProgram>) =>
    class extends DeferredProgram<AnyProgram> {
      constructor(
        gl: WebGLRenderingContext,
        pickingBuffer: WebGLFramebuffer | null | undefined,
        renderer: Sigma,
      ) {
        super(Program, gl, pickingBuffer, renderer, state);
      }
    };
  return {
    edge: <N extends Attributes, E extends Attributes>(Program: EdgeProgramType<N, E>) =>
      defer(Program as unknown as Constructor<EdgeProgram>) as unknown as EdgeProgramType<N, E>,
    node: <N extends Attributes, E extends Attributes>(Program: NodeProgramType<N, E>) =>
      defer(Program as unknown as Constructor<NodeProgram>) as unknown as NodeProgramType<N, E>,
    enablePicking(renderer) {
      if (state.picking) return;
      state.picking = true;
      for (const program of state.programs) program.dropIfUnpickable();
      renderer.refresh();
    },
  };
}
