// The setup every file of browser tests shares: a connection to the run's Chromium (test/global-
// setup.ts) and the viewer served over the curated dataset for the whole file, both closed after
// it. A test opens the viewer with `open`, which loads it afresh in a page kept for the file (a new
// document: a reload costs about half of a new context's load in SwiftShader); tests that need a
// context of their own (Playwright's clock, the history's length) open one with `openViewer`. Tests
// that only read the first view may share one page (`readOnlyPage`), opened by whichever asks
// first, and tests that only read what a link shows another (`pageAtLink`), taken from link to
// link through the hash.

import { readFileSync } from "node:fs";
import type { Dataset } from "@engine";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, inject, onTestFinished } from "vitest";
import { connectBrowser } from "./launch-browser.js";
import {
  newViewerContext,
  type OpenedPage,
  openViewer,
  settledUrl,
  type ViewerOptions,
  waitUntilInteractive,
  watchPage,
} from "./page-helpers.js";
import { type ServedViewer, serveViewer } from "./serve-viewer.js";

export const curated = JSON.parse(readFileSync("data/deals.json", "utf8")) as Dataset;

export interface ViewerSession {
  /** Set before the file's first test. */
  browser: Browser;
  served: ServedViewer;
  /**
   * The viewer at `url` (any served viewer's), loaded afresh for the calling test: a new document
   * in a page kept for the file, with its window size, scheme and reduced motion set, permissions
   * and localStorage cleared (then the help marked seen, unless `firstVisit`), and new lists of
   * errors and dialogs. It goes back to the file's pool when the test finishes, or is closed if the
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

/** Registers the file's beforeAll/afterAll; read the session's fields inside tests. */
export function useViewer(): ViewerSession {
  let shared: Promise<OpenedPage> | null = null;
  let linked: Promise<Watched> | null = null;
  const pool: Pooled[] = [];
  const session: Partial<ViewerSession> = {
    async open(url, options = {}) {
      const key = `${options.touch ?? false}/${options.firstVisit ?? false}`;
      let pooled = pool.find((entry) => entry.key === key && !entry.leased);
      if (pooled === undefined) {
        const context = await newViewerContext(session.browser!, options);
        const page = await context.newPage();
        const entry: Pooled = {
          key,
          context,
          page,
          lists: { errors: [], dialogs: [] },
          leased: true,
        };
        watchPage(page, () => entry.lists);
        pool.push(entry);
        pooled = entry;
      } else {
        pooled.leased = true;
        await resetPage(pooled, options);
      }
      const entry = pooled;
      onTestFinished(async ({ task }) => {
        if (task.result?.state === "fail" || entry.page.isClosed()) {
          const at = pool.indexOf(entry);
          if (at >= 0) pool.splice(at, 1);
          await entry.context.close().catch(() => {});
        } else entry.leased = false;
      });
      entry.lists = { errors: [], dialogs: [] };
      await loadAfresh(entry.page, url);
      if (options.ready ?? true) await waitUntilInteractive(entry.page);
      return { page: entry.page, ...entry.lists };
    },
    release(page) {
      const entry = pool.find((pooled) => pooled.page === page);
      if (entry) entry.leased = false;
    },
    readOnlyPage() {
      shared ??= openViewer(session.browser!, session.served!.url);
      return shared;
    },
    async pageAtLink(hash) {
      const opening = linked === null;
      linked ??= (async () => {
        const context = await newViewerContext(session.browser!);
        const page = await context.newPage();
        const watched: Watched = { page, lists: { errors: [], dialogs: [] } };
        watchPage(page, () => watched.lists);
        await page.goto(`${session.served!.url}#${hash}`);
        await waitUntilInteractive(page);
        return watched;
      })();
      const current = linked;
      // A test that failed may have left the page anywhere: the next one opens it afresh.
      onTestFinished(async ({ task }) => {
        if (task.result?.state !== "fail" || linked !== current) return;
        linked = null;
        await (await current).page
          .context()
          .close()
          .catch(() => {});
      });
      const watched = await current;
      watched.lists = { errors: [], dialogs: [] };
      if (!opening) await followLink(watched.page, hash);
      return { page: watched.page, ...watched.lists };
    },
  };
  beforeAll(async () => {
    session.browser = await connectBrowser(inject("browserWSEndpoint"));
    session.served = await serveViewer(curated);
  });
  afterAll(async () => {
    for (const entry of pool.splice(0)) await entry.context.close().catch(() => {});
    await (await shared?.catch(() => null))?.page.context().close();
    await (await linked?.catch(() => null))?.page
      .context()
      .close()
      .catch(() => {});
    await session.browser?.close();
    await session.served?.close();
  });
  return session as ViewerSession;
}

interface Pooled {
  /** The context's options that a page cannot change: touch and the first visit. */
  key: string;
  context: BrowserContext;
  page: Page;
  lists: Omit<OpenedPage, "page">;
  leased: boolean;
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

interface Watched {
  page: Page;
  lists: Omit<OpenedPage, "page">;
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
