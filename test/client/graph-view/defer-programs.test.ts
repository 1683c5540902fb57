import type { EdgeProgramType, NodeProgramType } from "sigma/rendering";
import { describe, expect, it } from "vitest";
import { deferPrograms } from "../../../client/graph-view/defer-programs.js";

interface Built {
  pickingBuffer: unknown;
  calls: string[];
}

/** A stand-in for a sigma program: records how it was built and what it was asked to do. */
function fakeProgram(log: Built[]) {
  return class {
    private readonly built: Built;
    drawLabel = "own label drawer";
    drawHover = "own hover drawer";
    constructor(_gl: unknown, pickingBuffer: unknown) {
      this.built = { pickingBuffer, calls: [] };
      log.push(this.built);
    }
    reallocate(capacity: number) {
      this.built.calls.push(`reallocate ${capacity}`);
    }
    process(index: number) {
      this.built.calls.push(`process ${index}`);
    }
    render() {
      this.built.calls.push("render");
    }
    kill() {
      this.built.calls.push("kill");
    }
  };
}

const GL = {} as WebGLRenderingContext;
const BUFFER = { picking: true } as unknown as WebGLFramebuffer;
/** sigma's renderer: the wrapper only hands it on. */
const RENDERER = {} as never;

function edgeProgram(log: Built[], holdPicking: boolean) {
  const deferral = deferPrograms(holdPicking);
  const Program = deferral.edge(fakeProgram(log) as unknown as EdgeProgramType);
  return { deferral, program: new Program(GL, BUFFER, RENDERER) };
}

describe("deferPrograms", () => {
  it("builds nothing until the program has something to draw", () => {
    const log: Built[] = [];
    const { program } = edgeProgram(log, false);
    program.reallocate(0);
    program.render({} as never);
    expect(log).toEqual([]);
    expect(program.drawLabel).toBeUndefined();
    program.reallocate(3);
    expect(log).toEqual([{ pickingBuffer: BUFFER, calls: ["reallocate 3"] }]);
    expect(program.drawLabel).toBe("own label drawer");
  });

  it("forwards processing, rendering and killing to the built program", () => {
    const log: Built[] = [];
    const { program } = edgeProgram(log, false);
    program.reallocate(2);
    program.process(0, 0, {} as never, {} as never, {} as never);
    program.render({} as never);
    program.kill();
    program.render({} as never);
    expect(log).toHaveLength(1);
    expect(log[0]!.calls).toEqual(["reallocate 2", "process 0", "render", "kill"]);
  });

  it("holds picking back, then rebuilds with it and refreshes once enabled", () => {
    const log: Built[] = [];
    const { deferral, program } = edgeProgram(log, true);
    program.reallocate(2);
    expect(log[0]!.pickingBuffer).toBeNull();
    let refreshes = 0;
    deferral.enablePicking({ refresh: () => refreshes++ });
    expect(refreshes).toBe(1);
    expect(log[0]!.calls).toEqual(["reallocate 2", "kill"]);
    // The refresh re-indexes: the program is built again, with its picking buffer.
    program.reallocate(2);
    expect(log).toHaveLength(2);
    expect(log[1]!.pickingBuffer).toBe(BUFFER);
    deferral.enablePicking({ refresh: () => refreshes++ });
    expect(refreshes).toBe(1);
  });

  it("leaves programs without a picking buffer (sigma's hover layer) as they are", () => {
    const log: Built[] = [];
    const deferral = deferPrograms(true);
    const Program = deferral.node(fakeProgram(log) as unknown as NodeProgramType);
    const hover = new Program(GL, null, RENDERER);
    hover.reallocate(1);
    deferral.enablePicking({ refresh: () => {} });
    expect(log).toEqual([{ pickingBuffer: null, calls: ["reallocate 1"] }]);
    expect(hover.drawHover).toBe("own hover drawer");
  });

  it("leaves edge programs alone when sigma gives them no picking buffer (edge events off)", () => {
    const log: Built[] = [];
    const deferral = deferPrograms(true);
    const Program = deferral.edge(fakeProgram(log) as unknown as EdgeProgramType);
    const edges = new Program(GL, undefined as unknown as null, RENDERER);
    edges.reallocate(2);
    deferral.enablePicking({ refresh: () => {} });
    expect(log).toEqual([{ pickingBuffer: null, calls: ["reallocate 2"] }]);
  });

  it("builds with picking at once when picking is not held back", () => {
    const log: Built[] = [];
    const { deferral, program } = edgeProgram(log, false);
    program.reallocate(1);
    let refreshes = 0;
    deferral.enablePicking({ refresh: () => refreshes++ });
    expect(refreshes).toBe(0);
    expect(log).toEqual([{ pickingBuffer: BUFFER, calls: ["reallocate 1"] }]);
  });
});
