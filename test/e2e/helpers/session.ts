import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { startServer, type StaticServer } from './server';

/** A Chromium with the test build of Sift, plus a static server for the pages under test/. */

export const TEST_ROOT = resolve(import.meta.dirname, '../..');
export const TEST_BUILD = resolve(TEST_ROOT, '../dist-test');
/** The seed article served by the static server. */
export const SEED_PAGE = 'pages/putin-maduro-call/source.html';
export const SEED_TITLE = 'Putin doubles down on backing Maduro amid mounting US pressure on Venezuela';

export interface Session extends ExtensionBrowser {
  server: StaticServer;
  /** Opens a page from test/ (e.g. SEED_PAGE) in a new tab. */
  open(path: string): Promise<Page>;
  /** The extension's tab id for a page, as the popup's `?tabId=` wants it. */
  tabIdOf(page: Page): Promise<number>;
  /** Opens popup.html as a tab bound to `tabId` (a real popup closes when it loses focus). */
  openPopup(tabId: number): Promise<Page>;
  stop(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  const server = await startServer(TEST_ROOT);
  const browser = await launchWithExtension(TEST_BUILD);
  return {
    ...browser,
    server,
    async open(path) {
      const page = await browser.context.newPage();
      await page.goto(new URL(path, server.url).href);
      return page;
    },
    async tabIdOf(page) {
      // The active tab, not a URL query: without the "tabs" permission chrome:// URLs are hidden.
      await page.bringToFront();
      const id = await browser.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
      if (id === undefined) throw new Error(`No tab found for ${page.url()}`);
      return id;
    },
    async openPopup(tabId) {
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
      return popup;
    },
    async stop() {
      await browser.close();
      await server.close();
    },
  };
}
