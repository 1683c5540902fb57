import { describe, expect, it } from "vitest";
import { assembleFlowMatrix } from "../../server/analysis/assemble-flow-matrix.js";
import { datasetOf } from "../fixtures/build-dataset.js";

describe("assembleFlowMatrix", () => {
  it("sums each pair's deals in the order given into rows, in-edges and flows", () => {
    const { deals } = datasetOf(
      ["a", "b", "c"],
      [
        { id: "x1", from: "a", to: "b", amountUsd: 2 },
        { id: "x2", from: "a", to: "b", amountUsd: null },
        { id: "x3", from: "a", to: "c", amountUsd: 5 },
        { id: "x4", from: "c", to: "a", amountUsd: 7 },
      ],
    );
    const ids = ["a", "b", "c"];
    const flow = assembleFlowMatrix(
      ids,
      new Map(ids.map((id, i) => [id, i])),
      4,
      Int32Array.from([0, 0, 0, 2]),
      Int32Array.from([1, 1, 2, 0]),
      deals,
    );
    expect([...flow.offsets]).toEqual([0, 2, 2, 3]);
    expect([...flow.targets]).toEqual([1, 2, 0]);
    expect([...flow.sources]).toEqual([0, 0, 2]);
    expect([...flow.weights]).toEqual([2, 5, 7]);
    expect(flow.deals).toEqual([["x1", "x2"], ["x3"], ["x4"]]);
    expect([...flow.inOffsets]).toEqual([0, 1, 2, 3]);
    expect([...flow.inEdges]).toEqual([2, 0, 1]);
    expect([...flow.outflowUsd]).toEqual([7, 0, 7]);
    expect([...flow.inflowUsd]).toEqual([7, 2, 5]);
  });
});
