import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { pressKeys } from './helpers/keyboard';
import { waitForReader } from './helpers/reader';
import { startSession, type Session } from './helpers/session';

/**
 * Issue #7: a page that attacks its readers gets nowhere. Every payload in the page bumps
 * `window.__siftPwned` in the page's own world when it runs; opening the popup and the reader
 * must not move it, and the live page must be as it was.
 */
const HOSTILE_PAGE = 'e2e/pages/hostile.html';
const PARAGRAPH = 'Fishing boats were the first to leave, followed by the ferry to the islands';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.stop();
});

async function pageState(page: Page): Promise<{ fired: number; dom: string; field: string; scrollY: number }> {
  return page.evaluate(() => ({
    fired: (window as unknown as { __siftPwned: number }).__siftPwned,
    dom: new XMLSerializer().serializeToString(document),
    field: (document.querySelector('#q') as HTMLInputElement).value,
    scrollY: window.scrollY,
  }));
}

/** Gives queued error events and timers a moment to fire. */
function settle(page: Page): Promise<void> {
  return page.waitForTimeout(500);
}

test('opening the popup and the reader on a hostile page fires nothing and changes nothing', async () => {
  const page = await session.open(HOSTILE_PAGE);
  await page.setViewportSize({ width: 900, height: 500 });
  await page.locator('#q').fill('storm');
  await page.evaluate(() => window.scrollTo(0, 120));
  await settle(page);
  const before = await pageState(page);
  // The page's own load ran some payloads: proof that they are live and the counter works.
  expect(before.fired).toBeGreaterThan(0);

  const popup = await session.openPopup(await session.tabIdOf(page));
  await expect.poll(() => popup.locator('.text').textContent(), { timeout: 20_000 }).toContain(PARAGRAPH);
  expect(await popup.evaluate(() => (window as unknown as { __siftPwned?: number }).__siftPwned)).toBeUndefined();
  const article = popup.locator('.text');
  expect(await article.locator('script, iframe, svg, math, form, [onerror], [ontoggle], a[href^="javascript"]').count()).toBe(0);
  await popup.close();

  await settle(page);
  expect(await pageState(page)).toEqual(before);

  await pressKeys(page, 'alt+shift+s');
  await waitForReader(page, true);
  await settle(page);
  expect((await pageState(page)).fired).toBe(before.fired);

  await pressKeys(page, 'Escape');
  await waitForReader(page, false);
  await settle(page);
  expect(await pageState(page)).toEqual(before);
  await page.close();
});
