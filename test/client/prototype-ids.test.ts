// Issue 16, finding 3: an uploaded dataset whose ids are Object.prototype's member names must be
// drawn and analysed exactly like the same dataset with ordinary ids (nothing thrown, no lost or
// phantom loop, no pollution of Object.prototype).

import { buildFinancingGraph, type Dataset } from "@engine";
import { describe, expect, it } from "vitest";
import { buildDisplayGraph } from "../../client/graph-view/build-display-graph.js";
import { createStore } from "../../client/store.js";
import { readUpload } from "../../client/upload/read-upload.js";
import { createViewModel } from "../../client/view-model.js";
import { VIEW_STATE_DEFAULTS } from "../../client/view-state.js";
import { exportJson } from "../../server/dataset/export-json.js";
import { computeLayout } from "../../shared/layout/compute-layout.js";

/** Every name on Object.prototype, plus `prototype` itself. */
const PROTOTYPE_NAMES = [...Object.getOwnPropertyNames(Object.prototype), "prototype"].sort();

/** A ring through every id, each pair also paid back (so every pair is a two-loop) and a parallel deal. */
function ringOf(ids: readonly string[]): Dataset {
  const deals = ids.flatMap((from, k) => {
    const to = ids[(k + 1) % ids.length]!;
    const deal = (id: string, a: string, b: string, amountUsd: number) => ({
      id,
      from: a,
      to: b,
      amountUsd,
      type: "equity" as const,
      amountBasis: "committed" as const,
      date: "2025",
      status: "signed" as const,
      sources: [{ url: "https://example.com/deal" }],
    });
    return [
      deal(`f${k}`, from, to, 3e9),
      deal(`p${k}`, from, to, 1e9),
      deal(`b${k}`, to, from, 2e9),
    ];
  });
  return { entities: ids.map((id) => ({ id, name: id, kind: "other" })), deals };
}

const hostile = ringOf(PROTOTYPE_NAMES);
const plain = ringOf(PROTOTYPE_NAMES.map((_, k) => `plain${String(k).padStart(2, "0")}`));

describe("prototype-named ids in the viewer", () => {
  it("lay out on the careful and on the large-graph path with every entity placed", () => {
    for (const options of [{}, { largeGraph: 2 }, { largeGraph: 2, hugeGraph: 3 }]) {
      const positions = computeLayout(buildFinancingGraph(hostile), options);
      expect([...positions.keys()].sort()).toEqual(PROTOTYPE_NAMES);
      for (const { x, y } of positions.values()) expect(Number.isFinite(x + y)).toBe(true);
    }
  });

  it("draw every deal between the right entities", () => {
    const graph = buildFinancingGraph(hostile);
    const display = buildDisplayGraph(graph, computeLayout(graph));
    expect(display.order).toBe(PROTOTYPE_NAMES.length);
    expect(display.size).toBe(hostile.deals.length);
    for (const id of PROTOTYPE_NAMES) {
      expect(display.outDegree(id)).toBe(3);
      expect(display.inDegree(id)).toBe(3);
    }
  });

  it("upload and analyse to the same loops as ordinary ids, leaving Object.prototype alone", () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const upload = readUpload(new TextEncoder().encode(exportJson(hostile)), "deals.json");
    expect(upload.ok).toBe(true);
    if (!upload.ok) return;
    expect(upload.dataset.entities.map((e) => e.id).sort()).toEqual(PROTOTYPE_NAMES);
    const model = createViewModel(upload.dataset, createStore(VIEW_STATE_DEFAULTS));
    const reference = createViewModel(plain, createStore(VIEW_STATE_DEFAULTS));
    const loops = model.getAnalysis().cycles;
    expect(loops.cycles.length).toBe(reference.getAnalysis().cycles.cycles.length);
    expect(loops.cycles.length).toBeGreaterThanOrEqual(PROTOTYPE_NAMES.length);
    expect(model.display.size).toBe(hostile.deals.length);
    model.dispose();
    reference.dispose();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).previous).toBeUndefined();
  });
});
