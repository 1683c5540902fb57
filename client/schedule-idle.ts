// Run a callback when the browser is idle (within `timeoutMs` at the latest), for work that should
// not hold up the next frame; a timer where requestIdleCallback is missing (Safari). Returns a
// cancel function.

export function scheduleIdle(callback: () => void, timeoutMs = 200): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(callback, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 16);
  return () => clearTimeout(handle);
}
