// Bootstrap: load the dataset from the API, validate it, mount the viewer; swap in a dataset the
// user opens. Failures become a readable message, never a blank page.

import "./styles/app.css";
import { exportJson } from "../server/dataset/export-json.js";
import { validateDataset } from "../server/dataset/validate-dataset.js";
import { fetchBundledLayout, fetchDataset } from "./api.js";
import { rememberDatasetJson } from "./dataset-json.js";
import { BUNDLED, type DatasetSource, decodeDatasetSource } from "./dataset-source.js";
import { el, replaceChildren } from "./dom.js";
import { plural } from "./format.js";
import { openHelpOnFirstVisit } from "./help/mount-help.js";
import { layoutInWorker, WORKER_LAYOUT_MIN_ENTITIES } from "./layout-in-worker.js";
import { applyTheme, type MountedApp, mountApp, showToast } from "./mount-app.js";
import { prepareViewModel } from "./prepare-view-model.js";
import { fetchSavedDataset, saveDataset, storeWritable } from "./saved-datasets.js";
import { mountUpload } from "./upload/mount-upload.js";
import { decodeViewState } from "./url-state.js";
import { VIEW_STATE_DEFAULTS, type ViewState } from "./view-state.js";

const loading = document.getElementById("loading")!;
/** The /embed page: the same viewer showing only the graph, a caption and a link back. */
const EMBED = /\/embed\/?$/.test(location.pathname);
const READ_ONLY_NOTE =
  "This server does not keep uploads: a link to this view cannot carry the uploaded data (it opens the bundled data).";

/** Reload on the bundled dataset (no hash: no saved upload, default view). */
function backToBundled(): void {
  location.assign(`${location.pathname}${location.search}`);
}
const loadingText = document.getElementById("loading-text")!;

function preferredTheme(): ViewState["theme"] {
  try {
    const saved = localStorage.getItem("roundtrip-theme");
    if (saved === "light" || saved === "dark") return saved;
  } catch {
    // Storage disabled: fall through to the system preference.
  }
  return matchMedia("(prefers-color-scheme: light)").matches ? "light" : "dark";
}

function showFailure(title: string, lines: readonly string[]): void {
  loading.hidden = false;
  loading.classList.add("failed");
  replaceChildren(loading, [
    el("div", { className: "failure" }, [
      el("h2", { text: title }),
      ...lines.map((line) => el("p", { text: line })),
      el("button", {
        className: "tool-button",
        text: "Try again",
        attrs: { type: "button" },
        on: { click: () => location.reload() },
      }),
    ]),
  ]);
}

/** Let the browser paint the progress message before heavy synchronous work. */
const nextFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function boot(): Promise<void> {
  performance.mark("roundtrip:script");
  const base: ViewState = { ...VIEW_STATE_DEFAULTS, theme: preferredTheme() };
  applyTheme(base.theme);
  // Fetched alongside the dataset; only awaited once the dataset is in.
  const bundledLayout = fetchBundledLayout();
  if (EMBED) document.documentElement.classList.add("embed");
  // A link to a saved upload names it first: `#dataset=<id>&file=<name>&…`.
  const linked = decodeDatasetSource(location.hash);
  let source: DatasetSource = BUNDLED;
  let note: string | null = null;
  let raw: unknown;
  try {
    const saved = linked ? await fetchSavedDataset(linked.id) : null;
    if (linked && saved?.ok) {
      raw = saved.raw;
      source = { kind: "upload", name: linked.name, id: linked.id };
    } else {
      if (saved && !saved.ok) {
        note = `The linked dataset could not be opened: ${saved.message}. Showing the bundled data.`;
      }
      raw = await fetchDataset();
    }
    performance.mark("roundtrip:fetched");
  } catch (error) {
    showFailure("The deals could not be loaded", [
      error instanceof Error ? error.message : String(error),
    ]);
    return;
  }
  const { dataset, errors } = validateDataset(raw);
  performance.mark("roundtrip:validated");
  if (!dataset) {
    showFailure(
      "The server's dataset is invalid",
      errors.slice(0, 12).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)),
    );
    return;
  }
  loadingText.textContent = `Laying out ${plural(dataset.entities.length, "entity", "entities")} and ${plural(dataset.deals.length, "deal")}…`;
  await nextFrame();
  let app: MountedApp;
  try {
    // A large dataset is laid out in a worker (the page stays responsive); the bundled one comes
    // laid out from the build.
    const layout = (await layoutInWorker(dataset)) ?? (await bundledLayout);
    // A large one (a saved upload) is prepared a step per task, as an upload is; the bundled one
    // at once (its first frame would wait for the steps).
    const prepared =
      dataset.entities.length > WORKER_LAYOUT_MIN_ENTITIES
        ? await prepareViewModel(dataset, layout)
        : null;
    app = mountApp(dataset, decodeViewState(location.hash, base), layout, {
      source,
      note,
      onBundled: source.kind === "upload" ? backToBundled : null,
      embed: EMBED,
      prepared,
    });
  } catch (error) {
    showFailure("The viewer could not start", [
      error instanceof Error ? error.message : String(error),
    ]);
    return;
  }
  performance.mark("roundtrip:mounted");
  let uploads = 0;
  loading.hidden = true;
  document.body.classList.add("ready");
  if (note) showToast(note);
  if (EMBED) return;
  openHelpOnFirstVisit(document.getElementById("help-dialog") as HTMLDialogElement);
  // Asked once, when first needed: whether this server keeps uploads for links.
  let writable: Promise<boolean> | null = null;
  mountUpload(
    document.getElementById("open-dataset")!,
    document.getElementById("dropzone")!,
    document.getElementById("problems-dialog") as HTMLDialogElement,
    {
      onCancel(fileName) {
        showToast(`Stopped reading ${fileName}; the data on screen stays.`);
      },
      async onDataset(next, fileName, warnings, extras) {
        // The network on screen stays usable while a large upload is laid out; a later upload
        // supersedes this one.
        const upload = ++uploads;
        // The upload worker lays a large dataset out as it reads it; else here, or in a worker.
        if (extras.layout === null && next.entities.length > WORKER_LAYOUT_MIN_ENTITIES) {
          showToast(`Laying out ${plural(next.entities.length, "entity", "entities")}…`);
        }
        const layout = extras.layout ?? (await layoutInWorker(next));
        if (upload !== uploads) return;
        // The analysis workers get the upload worker's JSON bytes, not a structured clone.
        if (extras.jsonBytes !== null) rememberDatasetJson(next, extras.jsonBytes);
        // Graphs and the first drawing a step per task: the network on screen answers between.
        const prepared = await prepareViewModel(next, layout);
        if (upload !== uploads) return;
        const theme = app.model.getState().theme;
        app.dispose();
        history.replaceState(null, "", location.pathname + location.search);
        const opened: DatasetSource = { kind: "upload", name: fileName, id: null };
        app = mountApp(next, { ...VIEW_STATE_DEFAULTS, theme }, layout, {
          source: opened,
          note: "Saving on the server so that a link can open it…",
          onBundled: backToBundled,
          warnings,
          prepared,
        });
        showToast(
          `Showing ${fileName}: ${plural(next.entities.length, "entity", "entities")}, ${plural(next.deals.length, "deal")}${warnings.length ? `, ${plural(warnings.length, "warning")} (listed beside its name)` : ""}.`,
        );
        // Saved so that the permalink names it (#dataset=<id>&…) and a reload restores it.
        writable ??= storeWritable();
        const saved = (await writable)
          ? await saveDataset(extras.json ?? exportJson(next))
          : ({ ok: false, reason: "read-only", message: "" } as const);
        if (upload !== uploads) return;
        if (saved.ok) {
          app.setSource({ ...opened, id: saved.id }, null);
        } else {
          const why =
            saved.reason === "read-only"
              ? READ_ONLY_NOTE
              : `Not saved on the server (${saved.message}): a link to this view cannot carry the uploaded data.`;
          app.setSource(opened, why);
          showToast(why);
        }
      },
    },
  );
}

void boot();
