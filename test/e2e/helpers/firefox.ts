import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from '../../../scripts/browsers';

/**
 * Launches Debian's Firefox ESR headless through puppeteer-core (WebDriver BiDi) and installs an
 * unpacked extension. Firefox gives each install a random moz-extension:// host; the pref
 * `extensions.webextensions.uuids` pins it, so tests can open the extension's own pages.
 */

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox reports after installing (the manifest's gecko id). */
  addonId: string;
  /** `moz-extension://<uuid>/`, the base of the extension's pages. */
  baseUrl: string;
  close(): Promise<void>;
}

/** Fails loudly (never skips) when Firefox is missing: a browser test that cannot run is a failure. */
export function requireFirefox(): string {
  const path = findFirefox();
  if (!path) {
    throw new Error('Firefox not found. Install it (Debian: sudo apt-get install firefox-esr) or set FIREFOX_PATH.');
  }
  return path;
}

function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

export async function launchFirefoxWithExtension(extensionDir: string): Promise<FirefoxWithExtension> {
  const dir = resolve(extensionDir);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run npm run build:test.`);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireFirefox(),
    headless: true,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages unless system access is allowed.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId(dir)]: uuid }) },
  });
  try {
    const addonId = await browser.installExtension(dir);
    return { browser, addonId, baseUrl: `moz-extension://${uuid}/`, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** How long an extension page may take to load, in milliseconds. */
const EXTENSION_PAGE_TIMEOUT_MS = 15_000;
/** Poll interval while waiting for an extension page, in milliseconds. */
const POLL_MS = 100;

/**
 * Navigates `page` to an extension page and waits until its document is ready. BiDi does not
 * report the load of a moz-extension:// document (it moves to the extension process), so
 * `goto` would wait for an event that never comes: start it and poll the page instead.
 */
export async function openExtensionPage(page: Page, url: string): Promise<void> {
  page.goto(url, { timeout: EXTENSION_PAGE_TIMEOUT_MS }).catch(() => undefined);
  const deadline = Date.now() + EXTENSION_PAGE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const ready = await page
      .evaluate((expected) => location.href === expected && document.readyState === 'complete', url)
      .catch(() => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  throw new Error(`Extension page ${url} did not load within ${EXTENSION_PAGE_TIMEOUT_MS} ms`);
}
