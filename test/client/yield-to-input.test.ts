import { afterEach, describe, expect, it } from "vitest";
import { yieldToInput } from "../../client/yield-to-input.js";

describe("yieldToInput", () => {
  afterEach(() => {
    delete (globalThis as { scheduler?: unknown }).scheduler;
  });

  it("resolves in a later task, not in this one's microtasks", async () => {
    let resumed = false;
    const pending = yieldToInput().then(() => {
      resumed = true;
    });
    for (let k = 0; k < 10; k++) await Promise.resolve();
    expect(resumed).toBe(false);
    await pending;
    expect(resumed).toBe(true);
  });

  it("uses scheduler.yield where the browser has it", async () => {
    let calls = 0;
    (globalThis as { scheduler?: unknown }).scheduler = {
      yield: () => {
        calls++;
        return Promise.resolve();
      },
    };
    await yieldToInput();
    expect(calls).toBe(1);
  });
});
