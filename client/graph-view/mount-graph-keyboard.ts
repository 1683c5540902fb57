// The network from the keyboard: Tab reaches the canvas, the arrows move a cursor from entity to
// entity on screen (letters jump by name, Home/End), the graph highlights the entity under it as a
// pointer's hover would, a caption names it, and Enter opens it.

import type Sigma from "sigma";
import { el } from "../dom.js";
import { formatLabel } from "../format.js";
import { entityOf } from "../names.js";
import { scenarioNote } from "../stress-panel/default-mark.js";
import { createScenarioLosses } from "../stress-panel/scenario-losses.js";
import type { ViewModel } from "../view-model.js";
import type { DisplayEdge, DisplayNode } from "./build-display-graph.js";
import { CURSOR_KEYS, type CursorPoint, stepNodeCursor } from "./step-node-cursor.js";

export function mountGraphKeyboard(
  container: HTMLElement,
  model: ViewModel,
  renderer: Sigma<DisplayNode, DisplayEdge>,
): () => void {
  container.tabIndex = 0;
  container.setAttribute("role", "application");
  container.setAttribute("aria-roledescription", "network");
  container.setAttribute(
    "aria-label",
    "Network of deals between AI companies. Arrow keys move from entity to entity, a letter jumps to the next name starting with it, Enter opens the entity.",
  );
  const caption = el("div", {
    className: "graph-cursor",
    attrs: { role: "status", "aria-live": "polite", id: "graph-cursor" },
  });
  caption.hidden = true;
  container.after(caption);
  let cursor: string | null = null;
  const scenarioLosses = createScenarioLosses(model.graph);

  /** Visible entities where they are drawn now (viewport pixels). */
  function points(): CursorPoint[] {
    const list: CursorPoint[] = [];
    model.display.forEachNode((id) => {
      const data = renderer.getNodeDisplayData(id);
      if (!data || data.hidden) return;
      const { x, y } = renderer.framedGraphToViewport(data);
      list.push({ id, name: entityOf(model.graph, id)?.name ?? id, x, y });
    });
    return list;
  }

  function show(id: string | null): void {
    cursor = id;
    model.dispatch({ type: "hover", item: id === null ? null : { kind: "entity", id } });
    const entity = id === null ? null : entityOf(model.graph, id);
    caption.hidden = entity === null;
    // In a what-if, what it did to the entity: on a phone most defaults are drawn without a label.
    const losses = entity ? scenarioLosses(model.getState()) : null;
    const note = losses && entity ? scenarioNote(losses, entity.id) : null;
    caption.textContent = entity
      ? `${entity.name} (${formatLabel(entity.kind)})${note ? ` · ${note}` : ""} · Enter opens it · arrows move`
      : "";
    if (id === null) return;
    // Bring an entity outside the view into it.
    const data = renderer.getNodeDisplayData(id);
    if (!data) return;
    const { x, y } = renderer.framedGraphToViewport(data);
    const { width, height } = renderer.getDimensions();
    if (x < 24 || y < 24 || x > width - 24 || y > height - 24) {
      void renderer.getCamera().animate({ x: data.x, y: data.y }, { duration: 250 });
    }
  }

  const onFocus = () => {
    // A tap or click focuses the canvas too: the cursor is for the keyboard only.
    if (!container.matches(":focus-visible")) return;
    // Start at the open entity, else at the entity the pointer last hovered, else the first name.
    const { selection, hovered } = model.getState();
    const start =
      selection?.kind === "entity" ? selection.id : hovered?.kind === "entity" ? hovered.id : null;
    const list = points();
    show(list.some((p) => p.id === start) ? start : stepNodeCursor(list, null, "Home"));
  };
  const onBlur = () => {
    if (cursor !== null && model.getState().hovered?.id === cursor) {
      model.dispatch({ type: "hover", item: null });
    }
    cursor = null;
    caption.hidden = true;
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "Enter" || event.key === " ") {
      if (cursor === null) return;
      event.preventDefault();
      model.dispatch({ type: "select", item: { kind: "entity", id: cursor } });
      return;
    }
    const letter = event.key.length === 1 && /\p{L}|\p{N}/u.test(event.key);
    if (!CURSOR_KEYS.includes(event.key) && !letter) return;
    event.preventDefault();
    // Letters here move the cursor: the page's "/" shortcut is not a letter and still works.
    event.stopPropagation();
    show(stepNodeCursor(points(), cursor, event.key));
  };
  container.addEventListener("focus", onFocus);
  container.addEventListener("blur", onBlur);
  container.addEventListener("keydown", onKey);
  return () => {
    container.removeEventListener("focus", onFocus);
    container.removeEventListener("blur", onBlur);
    container.removeEventListener("keydown", onKey);
    caption.remove();
  };
}
