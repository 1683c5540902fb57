// The setup every file of browser tests shares: a connection to the run's Chromium (test/global-
// setup.ts) and the viewer served over the curated dataset for the whole file, both closed after
// it. Tests open their own pages, each in its own browser context; tests that only read the first
// view may share one (`readOnlyPage`), opened by whichever asks first, and tests that only read what
// a link shows another (`pageAtLink`), taken from link to link through the hash.

import { readFileSync } from "node:fs";
import type { Dataset } from "@engine";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { connectBrowser } from "./launch-browser.js";
import { type OpenedPage, openViewer, settledUrl } from "./page-helpers.js";
import { type ServedViewer, serveViewer } from "./serve-viewer.js";

export const curated = JSON.parse(readFileSync("data/deals.json", "utf8")) as Dataset;

export interface ViewerSession {
  /** Set before the file's first test. */
  browser: Browser;
  served: ServedViewer;
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
   * previous test left.
   */
  pageAtLink(hash: string): Promise<OpenedPage>;
}

/** Registers the file's beforeAll/afterAll; read the session's fields inside tests. */
export function useViewer(): ViewerSession {
  let shared: Promise<OpenedPage> | null = null;
  let linked: Promise<OpenedPage> | null = null;
  const session: Partial<ViewerSession> = {
    readOnlyPage() {
      shared ??= openViewer(session.browser!, session.served!.url);
      return shared;
    },
    async pageAtLink(hash) {
      if (linked === null) {
        linked = openViewer(session.browser!, `${session.served!.url}#${hash}`);
        return linked;
      }
      const opened = await linked;
      // The last test's change is in the URL once its frame is out.
      await settledUrl(opened.page);
      // The viewer applies a new hash on its hashchange listener, registered before this one.
      await opened.page.evaluate(
        (next) =>
          new Promise<void>((resolve) => {
            if (location.hash.slice(1) === next) return resolve();
            window.addEventListener("hashchange", () => resolve(), { once: true });
            location.hash = next;
          }),
        hash,
      );
      await opened.page.waitForFunction(() => {
        const values = document.querySelectorAll("#summary [data-figure] .figure-value");
        return values.length > 0 && [...values].every((value) => value.textContent !== "…");
      });
      return opened;
    },
  };
  beforeAll(async () => {
    session.browser = await connectBrowser(inject("browserWSEndpoint"));
    session.served = await serveViewer(curated);
  });
  afterAll(async () => {
    await (await shared?.catch(() => null))?.page.context().close();
    await (await linked?.catch(() => null))?.page.context().close();
    await session.browser?.close();
    await session.served?.close();
  });
  return session as ViewerSession;
}
