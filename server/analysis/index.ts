// The Roundtrip engine: pure TypeScript on graphology, no I/O. Server, CLI and viewer import it here.

export * from "./build-financing-graph.js";
export * from "./errors.js";
export * from "./flow-matrix.js";
export * from "./inclusion.js";
export * from "./types.js";
