// Panning a large network without redrawing it every frame: while the user drags, the canvases
// that sigma last drew are moved with a CSS transform (the compositor's work, no WebGL); when the
// drag ends the camera takes the whole offset and sigma redraws once, after which the transform
// is cleared in the same frame. Sigma's mouse captor is paused meanwhile, so it neither drags nor
// reads the picking buffer back (a GPU stall) on every move.

import type Sigma from "sigma";
import type { MouseCoords } from "sigma/types";
import type { DisplayEdge, DisplayNode } from "./build-display-graph.js";

/** Pointer travel (pixels) below which a press and release still counts as a click. */
export const CLICK_TOLERANCE_PX = 4;

export interface SnapshotPan {
  /** True from the press of a drag until the click that ends it has been delivered. */
  isDragging(): boolean;
  dispose(): void;
}

export function mountSnapshotPan(renderer: Sigma<DisplayNode, DisplayEdge>): SnapshotPan {
  const captor = renderer.getMouseCaptor();
  const camera = renderer.getCamera();
  /** Where the press happened: in the container (for the camera) and on the page (for moves). */
  let start: { x: number; y: number; clientX: number; clientY: number } | null = null;
  let offset = { x: 0, y: 0 };
  let moved = false;
  let frame = 0;
  let moving: HTMLCanvasElement[] = [];

  const apply = () => {
    frame = 0;
    const transform = `translate(${offset.x}px, ${offset.y}px)`;
    for (const canvas of moving) canvas.style.transform = transform;
  };
  const clear = () => {
    for (const canvas of moving) canvas.style.transform = "";
    moving = [];
  };

  const onMove = (event: MouseEvent) => {
    if (start === null) return;
    offset = { x: event.clientX - start.clientX, y: event.clientY - start.clientY };
    if (!moved && Math.hypot(offset.x, offset.y) >= CLICK_TOLERANCE_PX) {
      moved = true;
      moving = Object.values(renderer.getCanvases()).filter(
        (canvas) => !canvas.classList.contains("sigma-mouse"),
      );
    }
    if (moved && frame === 0) frame = requestAnimationFrame(apply);
  };
  const stopListening = () => {
    window.removeEventListener("mousemove", onMove, true);
    window.removeEventListener("mouseup", onUp, true);
    captor.enabled = true;
  };
  // Capture phase on window: runs before the captor's own mouseup (on document), re-enabled.
  function onUp(event: MouseEvent): void {
    onMove(event);
    stopListening();
    cancelAnimationFrame(frame);
    frame = 0;
    const from = start;
    start = null;
    if (from === null || !moved) return;
    // The camera moves by the graph distance the pointer travelled, as sigma's own drag would.
    const a = renderer.viewportToFramedGraph(from);
    const b = renderer.viewportToFramedGraph({ x: from.x + offset.x, y: from.y + offset.y });
    const state = camera.getState();
    renderer.once("afterRender", clear);
    camera.setState({ x: state.x + a.x - b.x, y: state.y + a.y - b.y });
    // The click that follows this release is the end of a drag, not a click.
    setTimeout(() => {
      moved = false;
    }, 0);
  }
  const onDown = (event: MouseCoords) => {
    const original = event.original;
    if (!("clientX" in original) || original.button !== 0) return;
    start = { x: event.x, y: event.y, clientX: original.clientX, clientY: original.clientY };
    offset = { x: 0, y: 0 };
    moved = false;
    captor.enabled = false;
    window.addEventListener("mousemove", onMove, true);
    window.addEventListener("mouseup", onUp, true);
  };

  captor.on("mousedown", onDown);
  return {
    isDragging: () => moved,
    dispose() {
      cancelAnimationFrame(frame);
      stopListening();
      clear();
      captor.off("mousedown", onDown);
    },
  };
}
