// Panning a large network without redrawing it every frame: while the user drags, the canvases
// that sigma last drew are moved with a CSS transform (the compositor's work, no WebGL); when the
// drag ends the camera takes the whole offset and sigma redraws once, after which the transform
// is cleared in the same frame. Sigma's own drag is prevented, so nothing renders meanwhile.

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
  let start: { x: number; y: number } | null = null;
  let offset = { x: 0, y: 0 };
  let moved = false;
  let frame = 0;
  let moving: HTMLCanvasElement[] = [];

  const layers = () =>
    Object.values(renderer.getCanvases()).filter(
      (canvas) => !canvas.classList.contains("sigma-mouse"),
    );
  const apply = () => {
    frame = 0;
    const transform = `translate(${offset.x}px, ${offset.y}px)`;
    for (const canvas of moving) canvas.style.transform = transform;
  };
  const clear = () => {
    for (const canvas of moving) canvas.style.transform = "";
    moving = [];
  };

  const onDown = (event: MouseCoords) => {
    if ("button" in event.original && event.original.button !== 0) return;
    start = { x: event.x, y: event.y };
    offset = { x: 0, y: 0 };
    moved = false;
  };
  const onMoveBody = (event: MouseCoords) => {
    if (start === null) return;
    event.preventSigmaDefault();
    offset = { x: event.x - start.x, y: event.y - start.y };
    if (!moved && Math.hypot(offset.x, offset.y) >= CLICK_TOLERANCE_PX) {
      moved = true;
      moving = layers();
    }
    if (moved && frame === 0) frame = requestAnimationFrame(apply);
  };
  const onUp = () => {
    if (start === null) return;
    cancelAnimationFrame(frame);
    frame = 0;
    const from = start;
    start = null;
    if (!moved) return;
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
  };

  captor.on("mousedown", onDown);
  captor.on("mousemovebody", onMoveBody);
  captor.on("mouseup", onUp);
  return {
    isDragging: () => moved,
    dispose() {
      cancelAnimationFrame(frame);
      clear();
      captor.off("mousedown", onDown);
      captor.off("mousemovebody", onMoveBody);
      captor.off("mouseup", onUp);
    },
  };
}
