// The exposure ranking: a bar chart (a real table underneath) of round-trip share per entity, with
// round-trip dollars beside it; click a row to select the entity.

import type { ExposureRow, ViewAnalysis } from "../analyze-view.js";
import { el, replaceChildren } from "../dom.js";
import { formatShare, formatUsd } from "../format.js";
import { entityName, entityOf } from "../names.js";
import { PLAIN_LABELS, plainLabel } from "../plain-label.js";
import type { ViewModel } from "../view-model.js";
import { sameItem } from "../view-state.js";

export type ExposureSort = "share" | "usd";

/** Entities with any round trip, ranked by share (or dollars), ties by id. */
export function rankExposure(rows: readonly ExposureRow[], by: ExposureSort): ExposureRow[] {
  const key = (row: ExposureRow) => (by === "share" ? row.roundTripShare : row.roundTripUsd);
  return rows
    .filter((row) => row.roundTripShare > 0)
    .sort((a, b) => key(b) - key(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Rows drawn at most: a large upload can rank thousands of entities. */
export const EXPOSURE_ROWS_SHOWN = 200;

export function mountExposureChart(container: HTMLElement, model: ViewModel): () => void {
  let sort: ExposureSort = "share";
  const heading = el("div", { className: "panel-heading" });
  const table = el("table", { className: "exposure-table" });
  container.replaceChildren(heading, table);

  let shown = model.getAnalysis().exposure;
  function render(analysis: ViewAnalysis): void {
    shown = analysis.exposure;
    const ranked = analysis.exposure === null ? [] : rankExposure(analysis.exposure.entities, sort);
    const rows = ranked.slice(0, EXPOSURE_ROWS_SHOWN);
    const maxUsd = Math.max(1, ...rows.map((row) => row.roundTripUsd));
    const sortButton = (value: ExposureSort, text: string) =>
      el("button", {
        className: "segment",
        text,
        attrs: { type: "button", "aria-pressed": String(sort === value) },
        on: {
          click: () => {
            sort = value;
            render(model.getAnalysis());
          },
        },
      });
    replaceChildren(heading, [
      el("h2", {}, [plainLabel({ plain: "Money that comes back", term: "round-trip exposure" })]),
      el("p", {
        className: "panel-note",
        text: "Share of the money each entity puts out that comes back to it through the network.",
      }),
      ranked.length > rows.length
        ? el("p", {
            className: "panel-note",
            text: `The ${rows.length} highest of ${ranked.length} entities with a round trip.`,
          })
        : null,
      el("div", { className: "segmented", attrs: { role: "group", "aria-label": "Rank by" } }, [
        sortButton("share", "By share"),
        sortButton("usd", "By dollars"),
      ]),
    ]);
    const selected = model.getState().selection;
    replaceChildren(table, [
      el("caption", { className: "visually-hidden", text: "Round-trip exposure per entity" }),
      el("thead", {}, [
        el("tr", {}, [
          el("th", { text: "Entity", attrs: { scope: "col" } }),
          el("th", { attrs: { scope: "col" } }, [plainLabel(PLAIN_LABELS.roundTripShare)]),
          el("th", { attrs: { scope: "col", class: "num" } }, [
            plainLabel(PLAIN_LABELS.roundTripUsd),
          ]),
        ]),
      ]),
      el(
        "tbody",
        {},
        rows.length === 0
          ? [
              el("tr", {}, [
                el("td", {
                  className: "muted",
                  text:
                    analysis.exposure === null
                      ? "Computing round-trip shares…"
                      : "No entity gets money back under these filters.",
                  attrs: { colspan: 3 },
                }),
              ]),
            ]
          : rows.map((row) => {
              const kind = entityOf(model.graph, row.id)?.kind ?? "other";
              const bar = el("span", { className: `bar kind-${kind}` });
              bar.style.width = `${Math.max(1, (sort === "share" ? row.roundTripShare : row.roundTripUsd / maxUsd) * 100)}%`;
              const isSelected = selected?.kind === "entity" && selected.id === row.id;
              return el("tr", { className: isSelected ? "selected" : "" }, [
                el("th", { attrs: { scope: "row" } }, [
                  el("button", {
                    className: "link-button",
                    text: entityName(model.graph, row.id),
                    attrs: { type: "button" },
                    on: {
                      click: () =>
                        model.dispatch({ type: "select", item: { kind: "entity", id: row.id } }),
                      mouseenter: () =>
                        model.dispatch({ type: "hover", item: { kind: "entity", id: row.id } }),
                      mouseleave: () => model.dispatch({ type: "hover", item: null }),
                    },
                  }),
                ]),
                // The flex row lives inside the cell: a flex td stops being a table cell and
                // loses the row's vertical alignment.
                el("td", {}, [
                  el("div", { className: "bar-cell" }, [
                    el("span", { className: "bar-track" }, [bar]),
                    el("span", { className: "bar-value", text: formatShare(row.roundTripShare) }),
                  ]),
                ]),
                el("td", { className: "num", text: formatUsd(row.roundTripUsd) }),
              ]);
            }),
      ),
    ]);
  }
  render(model.getAnalysis());
  // Drawn while the Exposure tab is shown (or on its next showing): a hidden tab's table waits.
  let stale = false;
  return model.subscribe((state, analysis, previous) => {
    if (
      stale ||
      state.filters !== previous.filters ||
      state.asOf !== previous.asOf ||
      !sameItem(state.selection, previous.selection) ||
      analysis.exposure !== shown
    ) {
      stale = state.tab !== "exposure";
      if (!stale) render(analysis);
    }
  });
}
