import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { hasClosedShadowRoot, pageLayoutProblems, readerLayoutProblems } from './helpers/layout';
import { inReader } from './helpers/reader-shadow';
import { SEED_PAGE, SEED_TITLE, startSession, TEST_ROOT, type Session } from './helpers/session';

/**
 * The popup and the reader on the seed page, in light and dark, saved as PNG for a person to look
 * at (test-results/screenshots/, git-ignored) and checked for layout breakage: text running out of
 * its box, controls or content past the viewport's edge.
 */

const SHOTS = resolve(TEST_ROOT, '../test-results/screenshots');
/** The size of a browser action popup: Sift's popup is 400px wide, Chromium caps popups at 600px high. */
const POPUP_VIEWPORT = { width: 400, height: 600 };
/** A desktop window and a phone-sized one, in CSS pixels: the reader must fit both. */
const READER_VIEWPORTS = [
  { name: 'wide', width: 1100, height: 800 },
  { name: 'narrow', width: 390, height: 800 },
];
const SCHEMES = ['light', 'dark'] as const;

let session: Session;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session = await startSession();
});
afterAll(async () => {
  await session?.stop();
});

async function openSeedReader(scheme: (typeof SCHEMES)[number]): Promise<{ page: Page; popup: Page }> {
  const page = await session.open(SEED_PAGE);
  await page.emulateMedia({ colorScheme: scheme });
  const tabId = await session.tabIdOf(page);
  const popup = await session.openPopup(tabId);
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.emulateMedia({ colorScheme: scheme });
  await expect.poll(() => popup.locator('h1.title').textContent(), { timeout: 20_000 }).toBe(SEED_TITLE);
  return { page, popup };
}

for (const scheme of SCHEMES) {
  test(`popup, ${scheme}: screenshot and no layout breakage`, async () => {
    const { page, popup } = await openSeedReader(scheme);
    await popup.screenshot({ path: resolve(SHOTS, `popup-${scheme}.png`), fullPage: true });
    expect(await pageLayoutProblems(popup)).toEqual([]);
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // The popup follows the colour scheme: a dark background in dark mode, a light one otherwise.
    expect(luminance(background) < 0.5).toBe(scheme === 'dark');
    await popup.close();
    await page.close();
  });

  test(`reader, ${scheme}: screenshots at two widths and no layout breakage`, async () => {
    const { page, popup } = await openSeedReader(scheme);
    const tabId = await session.tabIdOf(page);
    const reply = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'sift:tab-reader', tabId: id, action: 'open' }), tabId);
    expect(reply).toMatchObject({ ok: true });
    await popup.close();
    // The reader lives in a closed shadow root; DevTools sees it where page scripts cannot.
    await expect.poll(() => hasClosedShadowRoot(page), { timeout: 10_000 }).toBe(true);
    for (const viewport of READER_VIEWPORTS) {
      await page.setViewportSize(viewport);
      await page.bringToFront();
      // After the reader's fade-in, which shows the page through it; Playwright's own wait for
      // animations does not see into a closed shadow root.
      await expect.poll(() => inReader<number>(page, '(root) => root.getAnimations().length')).toBe(0);
      await page.screenshot({ path: resolve(SHOTS, `reader-${scheme}-${viewport.name}.png`) });
      expect(await readerLayoutProblems(page), `${viewport.name} (${viewport.width}px)`).toEqual([]);
    }
    await page.close();
  });
}

test('the layout check itself catches overflowing text and a control past the edge', async () => {
  const { page, popup } = await openSeedReader('light');
  await popup.evaluate(() => {
    const box = document.createElement('p');
    box.className = 'broken';
    box.style.width = '200px';
    box.textContent = 'x'.repeat(300);
    const button = document.createElement('button');
    button.textContent = 'Lost';
    button.style.cssText = 'position: fixed; top: 10px; left: 380px; width: 80px';
    document.body.append(box, button);
  });
  const kinds = (await pageLayoutProblems(popup)).map((p) => `${p.kind} ${p.element.split(' ')[0]}`);
  expect(kinds).toEqual(expect.arrayContaining(['text-overflow p.broken', 'control-off-screen button']));
  await popup.close();
  await page.close();
});

/** Relative luminance (0 black .. 1 white) of a CSS `rgb()`/`rgba()` colour. */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
