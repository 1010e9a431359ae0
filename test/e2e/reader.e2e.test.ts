import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { pressKeys } from './helpers/keyboard';
import { startLoopingAudio } from './helpers/media';
import { accessibleDialogs, READER_TAG, readerEvidence, waitForReader } from './helpers/reader';
import { SEED_PAGE, SEED_TITLE, startSession, type Session } from './helpers/session';

/** The reader shortcut as xdotool spells it (manifest: toggle-reader, Alt+Shift+S). */
const TOGGLE = 'alt+shift+s';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.stop();
});

/** How many times content.js ran in the tab (src/content/index.ts counts it in its isolated world). */
async function contentScriptRuns(tabId: number): Promise<unknown> {
  return session.worker.evaluate(async (id) => {
    const [frame] = await chrome.scripting.executeScript({
      target: { tabId: id },
      func: () => (globalThis as { __siftContentScriptRuns?: number }).__siftContentScriptRuns,
    });
    return frame?.result;
  }, tabId);
}

function serializedDom(page: Page): Promise<string> {
  return page.evaluate(() => new XMLSerializer().serializeToString(document));
}

test('the real Alt+Shift+S opens the reader as a modal dialog, and pressing it again closes it', async () => {
  const page = await session.open(SEED_PAGE);
  await pressKeys(page, TOGGLE);
  await waitForReader(page, true);
  expect(await readerEvidence(page)).toEqual({ hosts: 1, shadowRootVisibleToPage: false, focusInReader: true, coversPage: true });
  expect(await accessibleDialogs(page)).toEqual([{ name: SEED_TITLE, modal: true }]);

  await pressKeys(page, TOGGLE);
  await waitForReader(page, false);
  expect(await accessibleDialogs(page)).toEqual([]);
  await page.close();
});

test('Escape closes the reader even when it was opened from a page search field', async () => {
  const page = await session.open(SEED_PAGE);
  const search = page.locator('input[type="search"]');
  await search.fill('maduro');
  await search.focus();
  await pressKeys(page, TOGGLE);
  await waitForReader(page, true);
  await pressKeys(page, 'Escape');
  await waitForReader(page, false);
  // Escape went to the reader, not to the search field (which Escape would have cleared).
  expect(await search.inputValue()).toBe('maduro');
  await page.close();
});

test('typed text, focus, scroll position, playing media and the page DOM survive a toggle', async () => {
  const page = await session.open(SEED_PAGE);
  await page.setViewportSize({ width: 900, height: 500 });
  await startLoopingAudio(page);
  const search = page.locator('input[type="search"]');
  await search.click();
  await page.keyboard.type('venezuela oil');
  await page.evaluate(() => window.scrollTo(0, 400));
  const before = { dom: await serializedDom(page), scrollY: await page.evaluate(() => window.scrollY) };
  expect(before.scrollY).toBeGreaterThan(0);

  await pressKeys(page, TOGGLE);
  await waitForReader(page, true);
  await pressKeys(page, TOGGLE);
  await waitForReader(page, false);

  expect(await search.inputValue()).toBe('venezuela oil');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('search');
  expect(await page.evaluate(() => window.scrollY)).toBe(before.scrollY);
  expect(await page.evaluate(() => document.querySelector('audio')?.paused)).toBe(false);
  expect(await serializedDom(page)).toBe(before.dom);
  await page.close();
});

test('toggling many times, by shortcut and popup, neither stacks overlays nor injects twice', async () => {
  const page = await session.open(SEED_PAGE);
  for (let i = 1; i <= 5; i++) {
    await pressKeys(page, TOGGLE);
    await waitForReader(page, i % 2 === 1);
    expect((await readerEvidence(page)).hosts).toBe(i % 2);
  }
  const tabId = await session.tabIdOf(page);
  const popup = await session.openPopup(tabId);
  const toggle = popup.getByRole('switch', { name: 'Reader mode', exact: true });
  await expect.poll(() => toggle.getAttribute('aria-checked'), { timeout: 20_000 }).toBe('true');
  await toggle.click();
  await waitForReader(page, false);
  await popup.close();
  expect(await contentScriptRuns(tabId)).toBe(1);
  await page.close();
});

test('page CSS cannot hide or restyle the reader', async () => {
  const page = await session.open(SEED_PAGE);
  await page.addStyleTag({ content: '[data-sift-reader], div, dialog, h1, p { display: none !important; } html * { visibility: hidden !important; }' });
  await pressKeys(page, TOGGLE);
  await waitForReader(page, true);
  expect((await readerEvidence(page)).coversPage).toBe(true);
  await pressKeys(page, 'Escape');
  await waitForReader(page, false);
  await page.close();
});

test('the shortcut on a page without an article marks the toolbar button, and the mark clears once reading works', async () => {
  const page = await session.open('e2e/pages/no-article.html');
  const tabId = await session.tabIdOf(page);
  const badge = () => session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  expect(await badge()).toBe('');
  await pressKeys(page, TOGGLE);
  await expect.poll(badge, { timeout: 10_000 }).toBe('!');
  expect((await readerEvidence(page)).hosts).toBe(0);

  await page.goto(new URL(SEED_PAGE, session.server.url).href);
  await pressKeys(page, TOGGLE);
  await waitForReader(page, true);
  await expect.poll(badge, { timeout: 10_000 }).toBe('');
  await page.close();
});

test('a page script that removes the reader leaves Sift closed, and the shortcut opens a fresh one', async () => {
  const page = await session.open(SEED_PAGE);
  await pressKeys(page, TOGGLE);
  await waitForReader(page, true);
  await page.evaluate((tag) => document.querySelector(tag)?.remove(), READER_TAG);
  await pressKeys(page, TOGGLE);
  await waitForReader(page, true);
  expect(await readerEvidence(page)).toMatchObject({ hosts: 1, focusInReader: true, coversPage: true });
  await pressKeys(page, 'Escape');
  await waitForReader(page, false);
  await page.close();
});
