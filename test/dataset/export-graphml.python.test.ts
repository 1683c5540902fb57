// exportGraphml read back by an independent reader: networkx (python3), in the slow tier.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exportGraphml } from "../../server/dataset/export-graphml.js";
import { HOSTILE, hostileDataset } from "../fixtures/hostile-dataset.js";
import { expectEveryDealRead, hasNetworkx, readWithNetworkx } from "./run-python.js";

describe("exportGraphml read by networkx", () => {
  it.runIf(hasNetworkx)(
    "gives a MultiDiGraph with every node and every deal, numbers as floats",
    () => {
      const dataset = hostileDataset();
      const path = join(mkdtempSync(join(tmpdir(), "roundtrip-")), "graph.graphml");
      writeFileSync(path, exportGraphml(dataset));
      const read = readWithNetworkx("read_graphml", path);
      expectEveryDealRead(read, dataset, ["date"], HOSTILE);
      expect(read.graph.version).toBe("2026.1");
      expect(read.nodes.nvidia).toEqual({
        label: "Nvidia",
        kind: "chipmaker",
        ticker: "NVDA",
        country: "US",
      });
    },
  );
});
