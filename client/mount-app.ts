// Mount every panel of the viewer on a dataset; returns the disposer that unmounts them all.

import type { Dataset, Problem } from "@engine";
import { mountCyclesPanel } from "./cycles-panel/mount-cycles-panel.js";
import { mountDatasetBadge } from "./dataset-badge/mount-dataset-badge.js";
import { BUNDLED, type DatasetSource, encodeDatasetSource } from "./dataset-source.js";
import { mountDealPanel } from "./deal-panel/mount-deal-panel.js";
import { el } from "./dom.js";
import { mountEmbedCaption } from "./embed/mount-embed-caption.js";
import { mountEntityPanel } from "./entity-panel/mount-entity-panel.js";
import { mountExportMenu } from "./export-menu/mount-export-menu.js";
import { mountExposureChart } from "./exposure-chart/mount-exposure-chart.js";
import { mountExposureMatrix } from "./exposure-matrix/mount-exposure-matrix.js";
import { mountFilterBadge } from "./filter-badge/mount-filter-badge.js";
import { mountFilters } from "./filters/mount-filters.js";
import { mountGraphControls } from "./graph-view/mount-graph-controls.js";
import { mountGraphKeyboard } from "./graph-view/mount-graph-keyboard.js";
import { mountGraphView } from "./graph-view/mount-graph-view.js";
import { mountTooltip } from "./graph-view/mount-tooltip.js";
import { overlayRects } from "./graph-view/overlay-rects.js";
import { mountHelp } from "./help/mount-help.js";
import { mountLegend } from "./legend/mount-legend.js";
import { mountUrlSync } from "./mount-url-sync.js";
import type { PreparedViewModel } from "./prepare-view-model.js";
import { mountSearch } from "./search/mount-search.js";
import { type BottomSheet, mountBottomSheet } from "./sidebar/mount-bottom-sheet.js";
import { mountSidebar } from "./sidebar/mount-sidebar.js";
import { createStore } from "./store.js";
import { mountRoundPlayer, scenarioRoundPlayerOptions } from "./stress-panel/mount-round-player.js";
import { mountSummaryStrip } from "./summary-strip/mount-summary-strip.js";
import { mountTimeline } from "./timeline/mount-timeline.js";
import { mountHeaderMenu } from "./toolbar/mount-header-menu.js";
import { mountToolbar } from "./toolbar/mount-toolbar.js";
import { mountTrendPanel } from "./trend-chart/mount-trend-panel.js";
import { showProblemList } from "./upload/show-problem-list.js";
import { createViewModel, type ViewModel } from "./view-model.js";
import type { ViewState } from "./view-state.js";
import { mountViewSwitch } from "./view-switch/mount-view-switch.js";

export interface MountedApp {
  model: ViewModel;
  /** The dataset's source changed (an upload was saved, or could not be): badge and link follow. */
  setSource(source: DatasetSource, note: string | null): void;
  dispose(): void;
}

export interface MountOptions {
  source: DatasetSource;
  /** A note beside the dataset's name ("this link cannot carry the uploaded data"). */
  note?: string | null;
  /** Back to the bundled dataset; null when already there. */
  onBundled?: (() => void) | null;
  /** The /embed page: only the graph, a caption and a link to the full viewer. */
  embed?: boolean;
  /** An opened file's warnings, listed from the dataset badge. */
  warnings?: readonly Problem[];
  /** The dataset's graphs and first drawing, prepared beforehand (prepareViewModel). */
  prepared?: PreparedViewModel | null;
}

function byId(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`mountApp: expected #${id} in index.html`);
  return node;
}

export function showToast(text: string): void {
  const toast = byId("toast");
  toast.textContent = text;
  toast.hidden = false;
  clearTimeout(Number(toast.dataset.timer));
  toast.dataset.timer = String(setTimeout(() => (toast.hidden = true), 3200));
}

export function applyTheme(theme: ViewState["theme"]): void {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem("roundtrip-theme", theme);
  } catch {
    // Storage may be disabled; the theme still applies for this visit.
  }
}

export function mountApp(
  dataset: Dataset,
  initial: ViewState,
  bundledLayout: unknown = null,
  options: MountOptions = { source: BUNDLED },
): MountedApp {
  let source = options.source;
  const store = createStore(initial);
  const model = createViewModel(dataset, store, bundledLayout, options.prepared ?? null);
  applyTheme(initial.theme);
  const legend = byId("legend");
  const disposeLegend = mountLegend(legend, model);
  // The summary strip sets the canvas's height: filled in after sigma, it made sigma's first
  // frame resize every canvas (costly in software WebGL).
  const disposeSummary = mountSummaryStrip(byId("summary"), model);
  // Before the canvas too: the caption takes the embed page's height sigma fits the network into.
  const disposeCaption = options.embed ? mountEmbedCaption(byId("app"), model, () => source) : null;
  let sheet: BottomSheet | null = null;
  const graphView = mountGraphView(byId("graph"), model, {
    // The legend (open or folded to its button) and the zoom buttons: frame no node under them.
    overlays: () => overlayRects(byId("graph"), [legend, byId("graph-controls")]),
    // On a phone the open panel sheet covers the bottom of the canvas: frame above it.
    insetBottom: () => sheet?.coveredHeight(byId("graph")) ?? 0,
  });
  const sidebar = mountSidebar(byId("sidebar"), model, {
    back: () => urlSync.backToPreviousSelection(),
  });
  sheet = options.embed ? null : mountBottomSheet(byId("sidebar"), model);
  const entityHost = el("div", { className: "entity-panel" });
  const dealHost = el("div", { className: "deal-panel" });
  sidebar.slots.detail.replaceChildren(entityHost, dealHost);
  const urlSync = mountUrlSync(model, () => encodeDatasetSource(source));
  const badge = options.embed
    ? null
    : mountDatasetBadge(
        byId("brand-text"),
        dataset.version,
        options.onBundled ?? null,
        options.warnings?.length
          ? {
              count: options.warnings.length,
              open: () =>
                showProblemList(byId("problems-dialog") as HTMLDialogElement, {
                  kind: "warning",
                  fileName: source.kind === "upload" ? source.name : "the dataset",
                  problems: options.warnings ?? [],
                }),
            }
          : null,
      );
  badge?.render(source, options.note ?? null);
  const disposers = [
    disposeSummary,
    mountCyclesPanel(sidebar.slots.panels.cycles, model),
    mountExposureChart(sidebar.slots.panels.exposure, model),
    mountExposureMatrix(sidebar.slots.panels.exposure, model),
    mountTrendPanel(sidebar.slots.panels.trend, model),
    mountFilters(sidebar.slots.panels.filters, model),
    mountEntityPanel(entityHost, model),
    // The what-if rounds play here, not in the entity panel that redraws.
    mountRoundPlayer(model, scenarioRoundPlayerOptions(model.graph)),
    mountDealPanel(dealHost, model),
    mountTimeline(byId("timeline"), model),
    mountTooltip(byId("graph"), model),
    mountGraphKeyboard(byId("graph"), model, graphView.renderer),
    disposeLegend,
    mountSearch(byId("search"), model),
    mountGraphControls(
      byId("graph-controls"),
      byId("stage-banner"),
      model,
      graphView.renderer,
      graphView.fit,
    ),
    mountExportMenu(byId("export-menu"), model, graphView.renderer, () => source, showToast),
    mountToolbar(byId("toolbar"), model, showToast),
    mountHeaderMenu(
      byId("header-menu") as HTMLButtonElement,
      byId("toolbar"),
      byId("app").querySelector(".topbar")!,
    ),
    mountHelp(byId("open-help"), byId("help-dialog") as HTMLDialogElement),
    urlSync.dispose,
    mountViewSwitch(byId("view-switch"), model),
    mountFilterBadge(byId("filter-badge"), model),
    model.subscribe((state, _analysis, previous) => {
      if (state.theme !== previous.theme) applyTheme(state.theme);
    }),
    sidebar.dispose,
    graphView.dispose,
  ];
  if (badge) disposers.push(badge.dispose);
  if (sheet) disposers.push(sheet.dispose);
  if (disposeCaption) disposers.push(disposeCaption);
  // For the browser tests and benchmarks only (`vite build --mode test`): the renderer lets them
  // find a node on screen. The production build folds this away.
  if (import.meta.env.MODE === "test") {
    Object.assign(window, { __roundtrip: { renderer: graphView.renderer, model } });
  }
  return {
    model,
    setSource(next, note) {
      source = next;
      badge?.render(source, note);
      urlSync.write();
    },
    dispose() {
      for (const dispose of disposers.reverse()) dispose();
      model.dispose();
    },
  };
}
