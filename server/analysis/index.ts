// The Roundtrip engine: pure TypeScript on graphology, no I/O. Server, CLI and viewer import it here.

export * from "./build-financing-graph.js";
export * from "./compare-cycles.js";
export * from "./components.js";
export * from "./count-cycles.js";
export * from "./cycle-options.js";
export * from "./errors.js";
export * from "./find-cycles.js";
export * from "./flow-matrix.js";
export * from "./for-each-cycle.js";
export * from "./inclusion.js";
export * from "./types.js";
