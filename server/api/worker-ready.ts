// The message an analysis worker sends once it has loaded (the pool's deadlines count from it).
// Apart from analysis-worker.ts, which the server must not import (it starts listening for jobs).

export const WORKER_READY = "roundtrip-worker-ready";
