import { afterEach, describe, expect, it, vi } from "vitest";
import { createAnnouncer } from "../../client/announce.js";

describe("createAnnouncer", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("says only the last of a burst, once the user pauses, and never the same words twice", () => {
    vi.useFakeTimers();
    const region = { textContent: "" as string | null };
    const spoken: string[] = [];
    const announcer = createAnnouncer(
      {
        set textContent(text: string | null) {
          region.textContent = text;
          spoken.push(text ?? "");
        },
        get textContent() {
          return region.textContent;
        },
      },
      { delayMs: 500 },
    );
    for (const text of ["a", "b", "c"]) {
      announcer.say(text);
      vi.advanceTimersByTime(200);
    }
    expect(spoken).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(spoken).toEqual(["c"]);
    announcer.say("c");
    vi.advanceTimersByTime(1000);
    expect(spoken).toEqual(["c"]);
    // Words given as a function are made when the quiet time is over; null says nothing.
    let figure = "1";
    announcer.say(() => `figure ${figure}`);
    figure = "2";
    vi.advanceTimersByTime(600);
    expect(spoken).toEqual(["c", "figure 2"]);
    announcer.say(() => null);
    vi.advanceTimersByTime(600);
    expect(spoken).toEqual(["c", "figure 2"]);
    announcer.say("d");
    announcer.dispose();
    vi.advanceTimersByTime(1000);
    expect(spoken).toEqual(["c", "figure 2"]);
  });
});
