// Give the page a chance to answer input and draw: resolves in a later task. `scheduler.yield()`
// where the browser has it (its continuation runs before other queued tasks of the page, so a long
// job split this way is not starved), else a message-channel task (a timer would be clamped to
// 4 ms after a few nested calls).

interface YieldingScheduler {
  yield(): Promise<void>;
}

export function yieldToInput(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  if (typeof MessageChannel !== "function") return new Promise((done) => setTimeout(done, 0));
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(null);
  });
}
