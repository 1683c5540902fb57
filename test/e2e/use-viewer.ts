// The setup every file of browser tests shares: one Chromium and the viewer served over the
// curated dataset for the whole file, both closed after it. Tests open their own pages.

import { readFileSync } from "node:fs";
import type { Dataset } from "@engine";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./launch-browser.js";
import { type ServedViewer, serveViewer } from "./serve-viewer.js";

export const curated = JSON.parse(readFileSync("data/deals.json", "utf8")) as Dataset;

export interface ViewerSession {
  /** Set before the file's first test. */
  browser: Browser;
  served: ServedViewer;
}

/** Registers the file's beforeAll/afterAll; read the session's fields inside tests. */
export function useViewer(): ViewerSession {
  const session: Partial<ViewerSession> = {};
  beforeAll(async () => {
    session.browser = await launchBrowser();
    session.served = await serveViewer(curated);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.served?.close();
  });
  return session as ViewerSession;
}
