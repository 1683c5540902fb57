import { describe, expect, it } from "vitest";
import { exportJson } from "../../server/dataset/export-json.js";
import { hostileDataset } from "../fixtures/hostile-dataset.js";

describe("exportJson", () => {
  it("writes the canonical dataset, indented, with a final newline", () => {
    const text = exportJson(hostileDataset());
    expect(text.endsWith("}\n")).toBe(true);
    expect(JSON.parse(text)).toEqual(hostileDataset());
  });
});
