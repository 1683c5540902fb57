// Search box with a listbox of matching entities: arrows move, Enter selects, Escape closes.
// "/" anywhere focuses it.

import { el, replaceChildren } from "../dom.js";
import { formatLabel } from "../format.js";
import type { ViewModel } from "../view-model.js";
import { matchEntities } from "./match-entities.js";

export function mountSearch(container: HTMLElement, model: ViewModel): () => void {
  const input = el("input", {
    className: "search-input",
    attrs: {
      type: "search",
      placeholder: "Search entities…",
      "aria-label": "Search entities",
      role: "combobox",
      "aria-expanded": "false",
      "aria-controls": "search-results",
      "aria-autocomplete": "list",
      autocomplete: "off",
      spellcheck: "false",
    },
  });
  const list = el("ul", {
    className: "search-results",
    attrs: { id: "search-results", role: "listbox" },
  });
  list.hidden = true;
  const hint = el("kbd", { className: "search-hint", text: "/", attrs: { "aria-hidden": "true" } });
  container.replaceChildren(input, hint, list);
  let active = 0;
  let results = matchEntities(model.dataset.entities, "");

  function choose(index: number): void {
    const entity = results[index];
    if (!entity) return;
    model.dispatch({ type: "select", item: { kind: "entity", id: entity.id } });
    input.value = "";
    update();
    input.blur();
  }

  function update(): void {
    results = matchEntities(model.dataset.entities, input.value);
    active = Math.min(active, Math.max(0, results.length - 1));
    list.hidden = results.length === 0;
    input.setAttribute("aria-expanded", String(results.length > 0));
    replaceChildren(
      list,
      results.map((entity, i) =>
        el(
          "li",
          {
            className: i === active ? "active" : "",
            attrs: {
              role: "option",
              id: `search-option-${i}`,
              "aria-selected": String(i === active),
            },
            on: {
              mousedown: (event) => {
                event.preventDefault();
                choose(i);
              },
            },
          },
          [
            el("span", {
              className: `kind-dot kind-${entity.kind}`,
              attrs: { "aria-hidden": "true" },
            }),
            el("span", { className: "result-name", text: entity.name }),
            el("span", { className: "result-kind", text: formatLabel(entity.kind) }),
          ],
        ),
      ),
    );
    if (results.length > 0) input.setAttribute("aria-activedescendant", `search-option-${active}`);
    else input.removeAttribute("aria-activedescendant");
  }

  input.addEventListener("input", () => {
    active = 0;
    update();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (results.length === 0) return;
      active = (active + (event.key === "ArrowDown" ? 1 : results.length - 1)) % results.length;
      update();
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(active);
    } else if (event.key === "Escape") {
      input.value = "";
      update();
      input.blur();
    }
  });
  input.addEventListener("blur", () => {
    list.hidden = true;
  });
  input.addEventListener("focus", update);

  const onKey = (event: KeyboardEvent) => {
    const target = event.target;
    const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
    if (event.key === "/" && !typing) {
      event.preventDefault();
      input.focus();
    }
  };
  document.addEventListener("keydown", onKey);
  return () => document.removeEventListener("keydown", onKey);
}
