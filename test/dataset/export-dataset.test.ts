import { describe, expect, it } from "vitest";
import {
  EXPORT_FORMATS,
  exportDataset,
  exportFileStem,
} from "../../server/dataset/export-dataset.js";
import { exportFormatRow } from "../../server/dataset/export-formats.js";
import { exportGexf } from "../../server/dataset/export-gexf.js";
import { hostileDataset } from "../fixtures/hostile-dataset.js";

describe("exportDataset", () => {
  it("writes every dataset format with its row's media type and extension", () => {
    for (const format of EXPORT_FORMATS) {
      const file = exportDataset(hostileDataset(), format);
      expect(file.contentType).toBe(exportFormatRow(format).mediaType);
      expect(file.suffix).toBe(exportFormatRow(format).extension);
      expect(file.body.length).toBeGreaterThan(0);
    }
  });

  it("passes the viewer's layout to the GEXF writer", () => {
    const dataset = hostileDataset();
    const positions = new Map(dataset.entities.map((e, i) => [e.id, { x: i, y: -i }]));
    expect(exportDataset(dataset, "gexf", { positions }).body).toBe(
      exportGexf(dataset, { positions }),
    );
  });
});

describe("exportFileStem", () => {
  it("stems a dataset's export by its version, made safe for any file system", () => {
    expect(exportFileStem({ version: "2026.11", entities: [], deals: [] })).toBe(
      "roundtrip-2026.11",
    );
    expect(exportFileStem({ version: '../"x"\r\n', entities: [], deals: [] })).toBe("roundtrip-x");
    expect(exportFileStem({ entities: [], deals: [] }, "export")).toBe("roundtrip-export");
  });
});
