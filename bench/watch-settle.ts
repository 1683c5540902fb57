// Page-side timer for "how long until the canvas shows the result": from a trigger event (a
// release, a filter change, a timeline step) to the first animation frame after sigma's last redraw, once no
// redraw has come for 500 ms (at most 60 s). Source text, evaluated in the page.

/** Script that resolves `window.__benchSettled` (ms) after the next `eventName` on window. */
export function watchSettle(eventName: "mouseup" | "change" | "input"): string {
  return `(() => {
  const renderer = window.__roundtrip.renderer;
  let triggered = 0;
  let last = 0;
  let presented = 0;
  window.addEventListener(${JSON.stringify(eventName)}, () => { triggered = performance.now(); last = triggered; presented = triggered; }, { capture: true, once: true });
  const onRender = () => {
    if (!triggered) return;
    last = performance.now();
    // The clock in the callback, not the frame's start stamp: that can precede the trigger.
    requestAnimationFrame(() => { presented = Math.max(presented, performance.now()); });
  };
  renderer.on("afterRender", onRender);
  window.__benchSettled = new Promise((resolve) => {
    const check = () => {
      const now = performance.now();
      if (triggered && (now - last > 500 || now - triggered > 60000)) {
        renderer.off("afterRender", onRender);
        resolve(presented - triggered);
      } else setTimeout(check, 50);
    };
    check();
  });
})()`;
}
