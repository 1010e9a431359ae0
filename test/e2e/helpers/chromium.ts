import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { findChromium, INSTALL_HINT } from '../../../scripts/browsers';

/**
 * Launches Debian's Chromium, headed (extension shortcuts and popups need a real window; tests run
 * under `xvfb-run` when there is no display), with one unpacked extension loaded, and finds the
 * extension's id from its service worker.
 */


/** Flags that keep a test browser quiet and deterministic: no sync, updates, first-run UI or QUIC. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Tests never touch the network: every host but the local test server fails to resolve.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Fails loudly (never skips) when Chromium is missing: a browser test that cannot run is a failure. */
export function requireChromium(): string {
  const path = findChromium();
  if (!path) throw new Error(`Chromium not found ($CHROMIUM_PATH, /usr/bin/chromium, PATH). Install it: ${INSTALL_HINT}`);
  return path;
}

export async function launchWithExtension(extensionDir: string): Promise<ExtensionBrowser> {
  const dir = resolve(extensionDir);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run npm run build:test.`);
  const profile = mkdtempSync(join(tmpdir(), 'sift-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: requireChromium(),
    headless: false,
    viewport: { width: 1100, height: 800 },
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...QUIET_FLAGS],
  });
  // Short enough that a missing element fails the test with its own message, not the test timeout.
  context.setDefaultTimeout(15_000);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
