// Headless Chromium with real WebGL (SwiftShader), per ENVIRONMENT.md. The browser tests share one
// Chromium for the whole run (launched by test/global-setup.ts, reached over its WebSocket); each
// test still opens its own browser context, so no test sees another's pages or storage.

import { type Browser, type BrowserServer, chromium, type LaunchOptions } from "playwright-core";

const LAUNCH_OPTIONS: LaunchOptions = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--enable-unsafe-swiftshader",
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(LAUNCH_OPTIONS);
}

/** The same Chromium, served for other processes to connect to (`connectBrowser`). */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(LAUNCH_OPTIONS);
}

/** A connection to a browser from `launchBrowserServer`; closing it closes only its contexts. */
export function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}
