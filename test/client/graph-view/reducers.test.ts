import { buildFinancingGraph } from "@engine";
import { describe, expect, it } from "vitest";
import { analyzeView } from "../../../client/analyze-view.js";
import {
  buildDisplayGraph,
  type DisplayGraph,
} from "../../../client/graph-view/build-display-graph.js";
import {
  edgeDisplay,
  edgeWidth,
  MAX_EDGE_WIDTH,
  MIN_EDGE_WIDTH,
} from "../../../client/graph-view/edge-reducer.js";
import {
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  nodeDisplay,
  nodeSize,
} from "../../../client/graph-view/node-reducer.js";
import { createReducerContext } from "../../../client/graph-view/reducer-context.js";
import { canvasColors, kindColor } from "../../../client/palette.js";
import {
  type Action,
  reduceViewState,
  VIEW_STATE_DEFAULTS,
  type ViewState,
} from "../../../client/view-state.js";
import { FIXTURE } from "../fixture-dataset.js";

const graph = buildFinancingGraph(FIXTURE);
const positions = new Map(FIXTURE.entities.map((e, i) => [e.id, { x: i, y: -i }]));
const display: DisplayGraph = buildDisplayGraph(graph, positions);

function context(...actions: Action[]) {
  const state: ViewState = actions.reduce(reduceViewState, VIEW_STATE_DEFAULTS);
  const analysis = analyzeView(FIXTURE, graph, state.filters, state.asOf);
  return createReducerContext(state, analysis, display, canvasColors(state.theme), 100e9);
}

const node = (id: string, ctx: ReturnType<typeof context>) =>
  nodeDisplay(id, display.getNodeAttributes(id), ctx);
const edge = (id: string, ctx: ReturnType<typeof context>) =>
  edgeDisplay(id, display.getEdgeAttributes(id), display.extremities(id) as [string, string], ctx);

describe("nodeDisplay", () => {
  it("colours by kind, sizes by flow and never touches the graph's attributes", () => {
    const before = JSON.stringify(display.export());
    const ctx = context();
    const a = node("a", ctx);
    expect(a.color).toBe(kindColor("ai_lab", "dark"));
    expect(a.size).toBeGreaterThan(node("d", ctx).size!);
    expect(a.hidden).toBe(false);
    expect(JSON.stringify(display.export())).toBe(before);
  });

  it("hides entities with no drawn deal at the chosen date", () => {
    const ctx = context({ type: "setAsOf", asOf: "2024-12-31" });
    expect(node("e", ctx).hidden).toBe(true);
    expect(node("c", ctx).hidden).toBe(false);
  });

  it("a focused loop keeps its entities and dims the others", () => {
    const ctx = context({ type: "focusCycle", nodes: ["a", "b", "c"] });
    for (const id of ["a", "b", "c"]) expect(node(id, ctx).forceLabel).toBe(true);
    expect(node("d", ctx).color).toBe(canvasColors("dark").dimmedNode);
    expect(node("d", ctx).label).toBeNull();
  });

  it("a hovered entity highlights itself and its counterparties", () => {
    const ctx = context({ type: "hover", item: { kind: "entity", id: "c" } });
    expect(node("c", ctx).highlighted).toBe(true);
    expect(node("a", ctx).color).toBe(kindColor("ai_lab", "dark"));
    expect(node("e", ctx).color).toBe(canvasColors("dark").dimmedNode);
  });

  it("the ego view hides everyone but the entity and its counterparties", () => {
    const ctx = context({ type: "setEgo", id: "c" });
    expect(node("c", ctx).hidden).toBe(false);
    expect(node("b", ctx).hidden).toBe(false);
    expect(node("d", ctx).hidden).toBe(true);
  });
});

describe("edgeDisplay", () => {
  it("carries each deal's curve through, so parallel deals stay apart on screen", () => {
    const ctx = context();
    expect(edge("ab", ctx).type).toBe("curved");
    expect(edge("ab", ctx).curvature).toBe(display.getEdgeAttribute("ab", "curvature"));
  });

  it("hides deals the filters exclude", () => {
    expect(edge("ab", context()).hidden).toBe(false);
    expect(edge("ab", context({ type: "toggleDealType", dealType: "chip_purchase" })).hidden).toBe(
      true,
    );
  });

  it("draws undisclosed amounts and backstops thinner than a disclosed deal of any size", () => {
    const ctx = context();
    expect(edge("da", ctx).size).toBe(MIN_EDGE_WIDTH);
    expect(edge("eb", ctx).size!).toBeLessThan(edge("bc", ctx).size!);
  });

  it("emphasises the loop's deals and dims the rest", () => {
    const ctx = context({ type: "focusCycle", nodes: ["a", "b", "c"] });
    expect(edge("ab", ctx).color).not.toBe(canvasColors("dark").dimmedEdge);
    expect(edge("ba", ctx).color).toBe(canvasColors("dark").dimmedEdge);
    expect(edge("ab", ctx).zIndex).toBeGreaterThan(edge("ba", ctx).zIndex!);
  });
});

describe("sizes", () => {
  it("grow with the amount and stay within their bounds", () => {
    expect(nodeSize(0, 1e9)).toBe(MIN_NODE_SIZE);
    expect(nodeSize(1e9, 1e9)).toBe(MAX_NODE_SIZE);
    expect(nodeSize(4e8, 1e9)).toBeLessThan(nodeSize(5e8, 1e9));
    expect(edgeWidth(null)).toBe(MIN_EDGE_WIDTH);
    expect(edgeWidth(1e13)).toBe(MAX_EDGE_WIDTH);
    expect(edgeWidth(1e9)).toBeLessThan(edgeWidth(1e10));
  });
});

describe("buildDisplayGraph", () => {
  it("bends opposite and parallel deals apart and skips self-loops", () => {
    const dataset = {
      ...FIXTURE,
      deals: [
        ...FIXTURE.deals,
        { ...FIXTURE.deals[0]!, id: "ab2" },
        { ...FIXTURE.deals[0]!, id: "aa", to: "a" },
      ],
    };
    const drawn = buildDisplayGraph(buildFinancingGraph(dataset), positions);
    expect(drawn.hasEdge("aa")).toBe(false);
    const curvatures = ["ab", "ab2"].map((id) => drawn.getEdgeAttribute(id, "curvature"));
    expect(new Set(curvatures).size).toBe(2);
    // b → a is the opposite direction: the same positive bend puts it on the other side.
    expect(drawn.getEdgeAttribute("ba", "curvature")).toBeGreaterThan(0);
  });
});
