// A long press on the canvas (one finger held still): touch has no hover, so holding a finger on
// an entity or deal is how a phone shows its tooltip. The tap that ends a long press selects nothing.

export interface LongPressOptions {
  /** How long (ms) a finger must stay down. */
  delayMs: number;
  /** How far (px) it may drift and still count as held still. */
  slop: number;
}

export const LONG_PRESS_DEFAULTS: Readonly<LongPressOptions> = Object.freeze({
  delayMs: 500,
  slop: 10,
});

export interface LongPress {
  /** Whether the touch that just ended was a long press (until the next touch starts). */
  fired(): boolean;
  dispose(): void;
}

export function mountLongPress(
  container: HTMLElement,
  handlers: { onStart(): void; onLongPress(): void },
  options: Partial<LongPressOptions> = {},
): LongPress {
  const { delayMs, slop } = { ...LONG_PRESS_DEFAULTS, ...options };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let start = { x: 0, y: 0, time: 0 };
  let shown = false;
  let fired = false;
  const cancel = () => clearTimeout(timer);
  // By the events' own times: a finger lifted sooner is a tap even when a busy page ran the timer late.
  const onEnd = (event: TouchEvent) => {
    cancel();
    if (event.touches.length === 0) fired = shown && event.timeStamp - start.time >= delayMs;
  };

  const onStart = (event: TouchEvent) => {
    cancel();
    shown = false;
    fired = false;
    if (event.touches.length !== 1) return;
    handlers.onStart();
    const touch = event.touches[0]!;
    start = { x: touch.clientX, y: touch.clientY, time: event.timeStamp };
    timer = setTimeout(() => {
      shown = true;
      handlers.onLongPress();
    }, delayMs);
  };
  const onMove = (event: TouchEvent) => {
    const touch = event.touches[0];
    if (
      event.touches.length !== 1 ||
      !touch ||
      Math.hypot(touch.clientX - start.x, touch.clientY - start.y) > slop
    ) {
      cancel();
      shown = false;
    }
  };
  container.addEventListener("touchstart", onStart, { passive: true });
  container.addEventListener("touchmove", onMove, { passive: true });
  container.addEventListener("touchend", onEnd);
  container.addEventListener("touchcancel", onEnd);
  return {
    fired: () => fired,
    dispose() {
      cancel();
      container.removeEventListener("touchstart", onStart);
      container.removeEventListener("touchmove", onMove);
      container.removeEventListener("touchend", onEnd);
      container.removeEventListener("touchcancel", onEnd);
    },
  };
}
