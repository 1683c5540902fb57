// Real analysis workers whose jobs can be held at the door: while the gate is shut, a job that
// arrives waits (its worker busy, as the pool sees it) until the test opens the gate. The worker
// tests occupy a worker this way for as long as they need, rather than with a long computation
// that a fast machine might finish too soon and a slow one takes many seconds over.

import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

export interface GatedWorkers {
  /** For createAnalysisRunner: starts the real worker (the unit tier's bundle) behind the gate. */
  spawn: () => Worker;
  /** Jobs arriving from now on wait. */
  shut(): void;
  /** Jobs arriving from now on run at once; the ones waiting still wait. */
  admit(): void;
  /** Jobs that have reached a worker and wait at the gate. */
  readonly held: number;
  /** Jobs arriving from now on run at once, and the ones waiting go on. */
  open(): void;
}

const SHUT = 0;
const OPENED = 1;
const HELD = 2;

export function gatedWorkers(): GatedWorkers {
  const bundle = process.env.ROUNDTRIP_WORKER_BUNDLE;
  if (!bundle) throw new Error("gatedWorkers: no ROUNDTRIP_WORKER_BUNDLE (the unit tier's setup)");
  // [SHUT]: 1 while arriving jobs must wait; [OPENED]: 0 until the waiting jobs may go on;
  // [HELD]: jobs waiting.
  const gate = new Int32Array(new SharedArrayBuffer(12));
  const code = `
    const { parentPort, workerData } = require("node:worker_threads");
    const gate = new Int32Array(workerData.gate);
    const on = parentPort.on.bind(parentPort);
    parentPort.on = (event, listener) =>
      on(event, event !== "message" ? listener : (job) => {
        if (Atomics.load(gate, ${SHUT}) === 1) {
          Atomics.add(gate, ${HELD}, 1);
          Atomics.wait(gate, ${OPENED}, 0);
          Atomics.sub(gate, ${HELD}, 1);
        }
        listener(job);
      });
    import(${JSON.stringify(pathToFileURL(bundle).href)});`;
  return {
    spawn: () => new Worker(code, { eval: true, workerData: { niceness: 0, gate: gate.buffer } }),
    shut: () => {
      Atomics.store(gate, OPENED, 0);
      Atomics.store(gate, SHUT, 1);
    },
    admit: () => {
      Atomics.store(gate, SHUT, 0);
    },
    get held() {
      return Atomics.load(gate, HELD);
    },
    open: () => {
      Atomics.store(gate, SHUT, 0);
      Atomics.store(gate, OPENED, 1);
      Atomics.notify(gate, OPENED);
    },
  };
}
