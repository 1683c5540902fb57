// The unit project's setup file: point spawnAnalysisWorker at the worker the global setup bundled
// (unit-setup.ts). Only this test thread's environment changes (a worker thread has its own
// copy), so the slow tier's processes started from source still compile their worker with tsx.

import { inject } from "vitest";

process.env.ROUNDTRIP_WORKER_BUNDLE = inject("workerBundle");
