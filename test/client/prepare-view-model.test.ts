import { afterEach, describe, expect, it } from "vitest";
import { prepareViewModel, prepareViewModelNow } from "../../client/prepare-view-model.js";
import { createStore } from "../../client/store.js";
import { createViewModel } from "../../client/view-model.js";
import { VIEW_STATE_DEFAULTS } from "../../client/view-state.js";
import { ringDataset } from "../fixtures/build-dataset.js";

const stepMarks = () => performance.getEntriesByName("roundtrip:prepare-step").length;

describe("prepareViewModel", () => {
  afterEach(() => performance.clearMarks("roundtrip:prepare-step"));

  it("prepares a step per task: only the first step runs in the caller's task", async () => {
    const dataset = ringDataset(40);
    const pending = prepareViewModel(dataset, null);
    expect(stepMarks()).toBe(1);
    await Promise.resolve();
    expect(stepMarks()).toBe(1);
    await pending;
    expect(stepMarks()).toBe(4);
  });

  it("gives what preparing at once gives", async () => {
    const dataset = ringDataset(40, (k) => (k + 1) * 1e9);
    const [stepped, now] = [
      await prepareViewModel(dataset, null),
      prepareViewModelNow(dataset, null),
    ];
    expect(stepped.tier).toBe(now.tier);
    expect(stepped.precomputed).toBe(false);
    expect(stepped.graph.order).toBe(40);
    expect(stepped.display.export()).toEqual(now.display.export());
    expect(stepped.defaultDrawing.cycles).toEqual(now.defaultDrawing.cycles);
    expect([...stepped.defaultDrawing.totalFlowUsd]).toEqual([...now.defaultDrawing.totalFlowUsd]);
  });

  it("is what the view model is built on, when prepared for the same dataset", async () => {
    const dataset = ringDataset(12);
    const prepared = await prepareViewModel(dataset, null);
    const model = createViewModel(dataset, createStore(VIEW_STATE_DEFAULTS), null, prepared);
    expect(model.graph).toBe(prepared.graph);
    expect(model.display).toBe(prepared.display);
    expect(model.getAnalysis().cycles).toBe(prepared.defaultDrawing.cycles);
    model.dispose();
    // Prepared for another dataset: ignored, the model prepares its own.
    const other = ringDataset(3);
    const own = createViewModel(other, createStore(VIEW_STATE_DEFAULTS), null, prepared);
    expect(own.graph).not.toBe(prepared.graph);
    expect(own.graph.order).toBe(3);
    own.dispose();
  });
});
