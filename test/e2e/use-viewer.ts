// The setup every file of browser tests shares: a connection to the run's Chromium (test/global-
// setup.ts) and the viewer served over the curated dataset for the whole file. Pages are kept for
// the whole run (one module graph for the run's files: `isolate: false`) and loaded afresh for each
// test that asks (`open`): a new document in a kept page costs about half of a new context's load
// in SwiftShader. Tests that need a context of their own (Playwright's clock, the history's
// length, a cross-origin iframe) open one with `openViewer`. Tests that only read the first view
// share one page for the file (`readOnlyPage`), opened by whichever asks first, and tests that
// only read what a link shows another (`pageAtLink`), taken from link to link through the hash.

import { readFileSync } from "node:fs";
import type { Dataset } from "@engine";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, inject, onTestFinished } from "vitest";
import { connectBrowser } from "./launch-browser.js";
import {
  newViewerContext,
  type OpenedPage,
  settledUrl,
  type ViewerOptions,
  waitUntilInteractive,
  watchPage,
} from "./page-helpers.js";
import { type ServedViewer, serveViewer } from "./serve-viewer.js";

export const curated = JSON.parse(readFileSync("data/deals.json", "utf8")) as Dataset;

export interface ViewerSession {
  /** Set before the file's first test: the run's connection, not to be closed by a file. */
  browser: Browser;
  served: ServedViewer;
  /**
   * The viewer at `url` (any served viewer's), loaded afresh for the calling test: a new document
   * in a page kept for the file, with its window size, scheme and reduced motion set, permissions
   * and localStorage cleared (then the help marked seen, unless `firstVisit`), and new lists of
   * errors and dialogs. It goes back to the run's pool when the test finishes, or is closed if the
   * test failed. Not for a test that installs Playwright's clock, adds init scripts or listeners to
   * the page, or reads the history's length: those stay with the page; open a context of their own.
   */
  open(url: string, options?: ViewerOptions): Promise<OpenedPage>;
  /** Gives a page from `open` back to the pool before its test ends, to be loaded afresh. */
  release(page: Page): void;
  /**
   * The viewer as first shown (default window, dark theme), one page for the file. Only for tests
   * that neither click, type nor dispatch: what one reads must not depend on another having run.
   */
  readOnlyPage(): Promise<OpenedPage>;
  /**
   * One page for the file showing the state of the link `#hash` (selection, filters, date, tab,
   * scenario), reached by changing the hash as a followed link does, once the summary shows every
   * figure. Only for tests that read text and the model, or change only what a link holds (the
   * next test's link puts it back): the camera, a hover or an open drawer are whatever the
   * previous test left; focus goes back to the page. Each test gets new lists of errors and
   * dialogs; a test that fails closes the page, and the next one opens it afresh.
   */
  pageAtLink(hash: string): Promise<OpenedPage>;
}

/** One connection to the run's Chromium, and the pages kept on it, for every file of the run. */
let connection: Promise<Browser> | null = null;
const pool: Pooled[] = [];

/** Registers the file's beforeAll/afterAll; read the session's fields inside tests. */
export function useViewer(): ViewerSession {
  /** The file's shared pages: the first view, and the page taken from link to link. */
  const kept: Record<"shared" | "linked", Promise<Pooled> | null> = { shared: null, linked: null };
  /**
   * At the end of the test: a page held for it, or for the file (the shared ones), is closed if
   * the test failed (and `drop` forgets it), else `passed` runs.
   */
  const hold = (held: Pooled | Promise<Pooled>, drop: () => void, passed = () => {}) =>
    onTestFinished(async ({ task }) => {
      if (task.result?.state !== "fail") return passed();
      drop();
      await discard(await held);
    });
  /**
   * The file's page in `slot`, loaded at `url` by the first test that asks, with new lists of
   * errors and dialogs for each test; a test that fails closes it, and the next one opens it afresh.
   */
  const take = async (slot: keyof typeof kept, url: string) => {
    const opening = kept[slot] === null;
    kept[slot] ??= (async () => {
      const entry = await acquire(session.browser!, {});
      await loadAfresh(entry.page, url);
      await waitUntilInteractive(entry.page);
      return entry;
    })();
    const current = kept[slot];
    hold(current, () => {
      if (kept[slot] === current) kept[slot] = null;
    });
    const entry = await current;
    entry.lists = { errors: [], dialogs: [] };
    return { entry, opening };
  };
  const session: Partial<ViewerSession> = {
    async open(url, options = {}) {
      const entry = await acquire(session.browser!, options);
      hold(
        entry,
        () => {},
        () => {
          entry.held = false;
        },
      );
      await loadAfresh(entry.page, url);
      if (options.ready ?? true) await waitUntilInteractive(entry.page);
      return { page: entry.page, ...entry.lists };
    },
    release(page) {
      const entry = pool.find((pooled) => pooled.page === page);
      if (entry) entry.held = false;
    },
    async readOnlyPage() {
      const { entry } = await take("shared", session.served!.url);
      return { page: entry.page, ...entry.lists };
    },
    async pageAtLink(hash) {
      const { entry, opening } = await take("linked", `${session.served!.url}#${hash}`);
      if (!opening) await followLink(entry.page, hash);
      return { page: entry.page, ...entry.lists };
    },
  };
  beforeAll(async () => {
    connection ??= connectBrowser(inject("browserWSEndpoint"));
    session.browser = await connection;
    session.served = await serveViewer(curated);
  });
  afterAll(async () => {
    // The file's shared pages go back to the pool; the connection stays for the next file.
    for (const held of Object.values(kept)) {
      const entry = await held?.catch(() => null);
      if (entry) entry.held = false;
    }
    await session.served?.close();
  });
  return session as ViewerSession;
}

/**
 * A kept page with the context options a page cannot change (touch, first visit), reset for its
 * next holder, with new lists of errors and dialogs; a new context if none is free.
 */
async function acquire(browser: Browser, options: ViewerOptions): Promise<Pooled> {
  const key = `${options.touch ?? false}/${options.firstVisit ?? false}`;
  const free = pool.find((entry) => entry.key === key && !entry.held && !entry.page.isClosed());
  if (free) {
    free.held = true;
    await resetPage(free, options);
    free.lists = { errors: [], dialogs: [] };
    return free;
  }
  const context = await newViewerContext(browser, options);
  const page = await context.newPage();
  const entry: Pooled = { key, context, page, lists: { errors: [], dialogs: [] }, held: true };
  watchPage(page, () => entry.lists);
  pool.push(entry);
  return entry;
}

/** Out of the pool and closed: what a failed test left is not handed on. */
async function discard(entry: Pooled): Promise<void> {
  const at = pool.indexOf(entry);
  if (at >= 0) pool.splice(at, 1);
  await entry.context.close().catch(() => {});
}

interface Pooled {
  /** The context's options that a page cannot change: touch and the first visit. */
  key: string;
  context: BrowserContext;
  page: Page;
  lists: Omit<OpenedPage, "page">;
  /** Held by a test (`open`) or by a file (its shared pages). */
  held: boolean;
}

/** What the last test may have changed and the next load would keep, put back as a new context has it. */
async function resetPage(
  { context, page }: Pooled,
  { width = 1280, height = 800, colorScheme = "dark" }: ViewerOptions,
): Promise<void> {
  await context.clearPermissions();
  // localStorage is per origin: cleared from a page of the viewer's origin, as the last test left it.
  await page.evaluate(() => localStorage.clear()).catch(() => {});
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ colorScheme, reducedMotion: null, forcedColors: null, media: null });
}

/** Loads `url` as a new document, even where it differs from the page's URL by the hash alone. */
async function loadAfresh(page: Page, url: string): Promise<void> {
  const withoutHash = (href: string) => href.replace(/#.*$/, "");
  const sameDocument = withoutHash(page.url()) === withoutHash(url) && new URL(url).hash !== "";
  await page.goto(url);
  // Only the hash changed: the navigation stayed in the document.
  if (sameDocument) await page.reload();
}

/** Takes the viewer to the state of the link `#hash` as a followed link does, from the last test's. */
async function followLink(page: Page, hash: string): Promise<void> {
  // The last test's change is in the URL once its frame is out.
  await settledUrl(page);
  // The viewer applies a new hash on its hashchange listener, registered before this one. Focus
  // goes back to the page, as after following a link, so no key reaches what the last test left.
  await page.evaluate(
    (next) =>
      new Promise<void>((resolve) => {
        (document.activeElement as HTMLElement | null)?.blur();
        if (location.hash.slice(1) === next) return resolve();
        window.addEventListener("hashchange", () => resolve(), { once: true });
        location.hash = next;
      }),
    hash,
  );
  await page.waitForFunction(() => {
    const values = document.querySelectorAll("#summary [data-figure] .figure-value");
    return values.length > 0 && [...values].every((value) => value.textContent !== "…");
  });
}
