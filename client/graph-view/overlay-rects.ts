// Where the controls drawn over the canvas sit (the legend, the zoom buttons), in the canvas's own
// pixels and with a margin: the rectangles the camera's framing keeps every node out of.

import type { ViewRect } from "./fit-camera.js";

/** Gap kept between a node and a control, in pixels. */
export const OVERLAY_MARGIN_PX = 8;

export function overlayRects(
  canvas: HTMLElement,
  controls: readonly HTMLElement[],
  margin = OVERLAY_MARGIN_PX,
): ViewRect[] {
  const origin = canvas.getBoundingClientRect();
  const rects: ViewRect[] = [];
  for (const control of controls) {
    const box = control.getBoundingClientRect();
    // Not shown (an embed hides the legend) or not yet filled: nothing to avoid.
    if (box.width === 0 || box.height === 0) continue;
    rects.push({
      left: box.left - origin.left - margin,
      top: box.top - origin.top - margin,
      right: box.right - origin.left + margin,
      bottom: box.bottom - origin.top + margin,
    });
  }
  return rects;
}
