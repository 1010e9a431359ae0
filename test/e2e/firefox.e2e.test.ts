import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, openExtensionPage, type FirefoxWithExtension } from './helpers/firefox';
import { startServer, type StaticServer } from './helpers/server';

/**
 * Sift in Firefox ESR: the built test extension installs, and the popup (opened as a tab bound to
 * a page's tab id, as the Chromium tests do) shows the article and toggles the reader overlay in
 * the page through the real background and content script.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = resolve(ROOT, 'dist-test');
const PAGES_DIR = resolve(ROOT, 'test/pages');
const SLUG = 'putin-maduro-call';
/** A golden page too short for Readability's first pass. */
const BRIEF = 'short-brief-bridge-closure';
const EXPECTED = JSON.parse(readFileSync(resolve(PAGES_DIR, SLUG, 'expect.json'), 'utf8')) as { title: string };

/** The reader overlay's host in the page: a div marked data-sift-reader (src/content/reader/host.ts). */
const READER_HOST = '[data-sift-reader]';
/** Firefox start-up and extension install take a few seconds on a slow CI machine, in milliseconds. */
const LAUNCH_TIMEOUT_MS = 90_000;
const TEST_TIMEOUT_MS = 60_000;
/** How long the UI may take to react to a click, in milliseconds. */
const UI_TIMEOUT_MS = 15_000;

/** The slice of the WebExtension API the test calls from inside the extension's page. */
interface ExtensionApi {
  browser: {
    tabs: { query(q: { url: string }): Promise<{ id?: number; url?: string }[]> };
    commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  };
}

/** The parts of the built manifest the tests check against. */
interface Manifest {
  browser_specific_settings: { gecko: { id: string } };
  commands: Record<string, { suggested_key: { default: string } }>;
}

let firefox: FirefoxWithExtension;
let manifest: Manifest;
let server: StaticServer;

beforeAll(async () => {
  // Read after vitest's global setup has built dist-test/, never at import time.
  manifest = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
  server = await startServer(PAGES_DIR);
  firefox = await launchFirefoxWithExtension(EXTENSION_DIR);
}, LAUNCH_TIMEOUT_MS);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

function readerHostCount(page: Page): Promise<number> {
  return page.evaluate((tag) => document.querySelectorAll(tag).length, READER_HOST);
}

/** The popup's reader switch, told by its words from the other switches (per-site auto-open). */
const READER_SWITCH = (checked?: boolean): string =>
  `::-p-xpath(//button[@role="switch"][normalize-space()="Reader mode"]${checked === undefined ? '' : `[@aria-checked="${checked}"]`})`;

/** Clicks the popup's reader switch and checks both the switch and the page agree on the new state. */
async function flipReader(popup: Page, page: Page, open: boolean): Promise<void> {
  await popup.click(READER_SWITCH());
  await popup.waitForSelector(READER_SWITCH(open), { timeout: UI_TIMEOUT_MS });
  expect(await readerHostCount(page)).toBe(open ? 1 : 0);
}

/** Opens the popup in its own tab, bound to the tab showing `pageUrl`. */
async function openPopupFor(pageUrl: string): Promise<Page> {
  const popup = await firefox.browser.newPage();
  await openExtensionPage(popup, `${firefox.baseUrl}popup.html`);
  // Match patterns cannot name a port, so ask for the test host's tabs and pick the page's.
  const tabIds = await popup.evaluate(async (url) => {
    const tabs = await (globalThis as unknown as ExtensionApi).browser.tabs.query({ url: 'http://127.0.0.1/*' });
    return tabs.filter((t) => t.url === url).map((t) => t.id);
  }, pageUrl);
  expect(tabIds).toHaveLength(1);
  await openExtensionPage(popup, `${firefox.baseUrl}popup.html?tabId=${tabIds[0]}`);
  return popup;
}

describe('Sift in Firefox', () => {
  it('installs the built extension under its gecko id', () => {
    expect(firefox.addonId).toBe(manifest.browser_specific_settings.gecko.id);
  });

  it('assigns both keyboard shortcuts', async () => {
    const page = await firefox.browser.newPage();
    await openExtensionPage(page, `${firefox.baseUrl}popup.html`);
    const commands = await page.evaluate(async () => {
      const all = await (globalThis as unknown as ExtensionApi).browser.commands.getAll();
      return Object.fromEntries(all.map((c) => [c.name, c.shortcut ?? '']));
    });
    await page.close();
    const suggested = Object.fromEntries(
      Object.entries(manifest.commands).map(([name, c]) => [name, c.suggested_key.default]),
    );
    expect(suggested['toggle-reader']).toBe('Alt+Shift+S');
    expect(commands).toEqual(suggested);
  });

  it('shows the article in the popup and toggles the reader over the page, leaving typed text alone', async () => {
    const page = await firefox.browser.newPage();
    const pageUrl = `${server.url}${SLUG}/source.html`;
    await page.goto(pageUrl);
    await page.type('input[type="search"]', 'tanker seizure');
    expect(await readerHostCount(page)).toBe(0);

    const popup = await openPopupFor(pageUrl);
    const title = await popup.waitForSelector('.article .title', { timeout: UI_TIMEOUT_MS });
    expect(await title?.evaluate((el) => el.textContent)).toBe(EXPECTED.title);
    // The article's heading is set as one: the module that reads the kinds loads in Firefox too.
    const heading = await popup.waitForSelector('.text h2', { timeout: UI_TIMEOUT_MS });
    expect(await heading?.evaluate((el) => el.textContent)).toBe('Russia–Venezuela ties');

    await flipReader(popup, page, true);
    await flipReader(popup, page, false);
    expect(await page.$eval('input[type="search"]', (el) => (el as HTMLInputElement).value)).toBe('tanker seizure');

    // Toggling again opens exactly one overlay, not a second one stacked on the first.
    await flipReader(popup, page, true);
    await flipReader(popup, page, false);

    // Esc in the page closes the reader too (the dialog has focus, not the search field).
    await flipReader(popup, page, true);
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await page.waitForFunction((tag) => document.querySelector(tag) === null, { timeout: UI_TIMEOUT_MS }, READER_HOST);
    expect(await page.$eval('input[type="search"]', (el) => (el as HTMLInputElement).value)).toBe('tanker seizure');
  }, TEST_TIMEOUT_MS);

  // Content scripts see the page's DOM through Xray wrappers here, and the copy's body carries a
  // hook that stands in for Readability's body cache (src/core/readability.ts): a page that needs
  // Readability's later passes goes through it, and must still read right.
  it('reads a short brief that takes Readability all its passes', async () => {
    const page = await firefox.browser.newPage();
    const pageUrl = `${server.url}${BRIEF}/source.html`;
    await page.goto(pageUrl);
    const popup = await openPopupFor(pageUrl);
    const title = await popup.waitForSelector('.article .title', { timeout: UI_TIMEOUT_MS });
    expect(await title?.evaluate((el) => el.textContent)).toBe('Harbor Bridge to close for two weekends of repairs');
    const text = await popup.$eval('.article', (el) => el.textContent ?? '');
    expect(text).toContain('The bridge reopens at 5 a.m. each Monday.');
    expect(text).not.toContain('You May Also Like');
    await popup.close();
    await page.close();
  }, TEST_TIMEOUT_MS);
});
