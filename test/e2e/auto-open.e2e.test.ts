import { afterAll, beforeAll, expect, test } from 'vitest';
import { hasClosedShadowRoot } from './helpers/layout';
import { SEED_PAGE, startSession, type Session } from './helpers/session';

/**
 * Per-site auto-open in Chromium, through the paths a person uses: the popup's switch stores the
 * site, a page of that site then opens in reader mode by itself, and once the site is removed on
 * the settings page it no longer does. The test build already holds http://127.0.0.1/*, so the
 * permission request is answered without a prompt; the shipped build asks.
 */

/** How long a page load is given to (wrongly) open the reader by itself, in milliseconds. */
const NO_AUTO_OPEN_GRACE_MS = 2_500;

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.stop();
});

async function storedSites(): Promise<unknown> {
  return session.worker.evaluate(async () => (await chrome.storage.sync.get('autoOpenSites')).autoOpenSites);
}

test('a site switched on in the popup opens in reader mode by itself until removed in settings', async () => {
  // Off by default: a plain load leaves the page alone.
  const first = await session.open(SEED_PAGE);
  const popup = await session.openPopup(await session.tabIdOf(first));
  const toggle = popup.getByRole('switch', { name: 'Always open 127.0.0.1 in the reader', exact: true });
  await expect.poll(() => toggle.getAttribute('aria-checked'), { timeout: 20_000 }).toBe('false');
  expect(await hasClosedShadowRoot(first)).toBe(false);

  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
  expect(await storedSites()).toEqual(['127.0.0.1']);
  await popup.close();
  await first.close();

  const opened = await session.open(SEED_PAGE);
  // The reader is the page's one closed shadow root; DevTools sees it where page scripts cannot.
  await expect.poll(() => hasClosedShadowRoot(opened), { timeout: 10_000 }).toBe(true);
  await opened.close();

  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByRole('button', { name: 'Stop opening 127.0.0.1 in reader mode' }).click();
  await expect.poll(() => options.getByText('No sites yet.').isVisible()).toBe(true);
  expect(await storedSites()).toEqual([]);
  await options.close();

  const plain = await session.open(SEED_PAGE);
  await plain.waitForLoadState('load');
  await plain.waitForTimeout(NO_AUTO_OPEN_GRACE_MS);
  expect(await hasClosedShadowRoot(plain)).toBe(false);
  await plain.close();
});

test('the popup offers no switch on a page that is not a web page', async () => {
  const page = await session.context.newPage();
  await page.goto('chrome://version');
  const popup = await session.openPopup(await session.tabIdOf(page));
  await expect.poll(() => popup.getByRole('alert').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  expect(await popup.getByRole('switch', { name: /Always open/ }).count()).toBe(0);
  await popup.close();
  await page.close();
});
