import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { afterNextFrame } from "../../client/after-next-frame.js";

describe("afterNextFrame", () => {
  let frames: (() => void)[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal("requestAnimationFrame", (callback: () => void) => frames.push(callback));
    vi.stubGlobal("cancelAnimationFrame", (handle: number) => {
      frames[handle - 1] = () => {};
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it("runs once, in a task after the next frame, not before it", () => {
    const callback = vi.fn();
    afterNextFrame(callback, 200);
    vi.advanceTimersByTime(50);
    expect(callback).not.toHaveBeenCalled();
    for (const frame of frames.splice(0)) frame();
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(callback).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it("runs after the timeout when no frame comes (a hidden tab)", () => {
    const callback = vi.fn();
    afterNextFrame(callback, 200);
    vi.advanceTimersByTime(199);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
    for (const frame of frames.splice(0)) frame();
    vi.advanceTimersByTime(500);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it("never runs once cancelled", () => {
    const callback = vi.fn();
    const cancel = afterNextFrame(callback, 200);
    cancel();
    for (const frame of frames.splice(0)) frame();
    vi.advanceTimersByTime(500);
    expect(callback).not.toHaveBeenCalled();
  });
});
