// Run a callback once the next frame is out: in a task after the next animation frame, or after
// `timeoutMs` when no frame comes (a hidden tab draws none). Unlike an idle callback it does not
// wait for a main thread with nothing to do (a page busy with timers never has one). Returns a
// cancel function.

export function afterNextFrame(callback: () => void, timeoutMs = 200): () => void {
  let done = false;
  let task: ReturnType<typeof setTimeout> | undefined;
  const frame =
    typeof requestAnimationFrame === "function"
      ? requestAnimationFrame(() => {
          task = setTimeout(run, 0);
        })
      : undefined;
  const fallback = setTimeout(run, timeoutMs);
  function cancel(): void {
    done = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(task);
    clearTimeout(fallback);
  }
  function run(): void {
    if (done) return;
    cancel();
    callback();
  }
  return cancel;
}
