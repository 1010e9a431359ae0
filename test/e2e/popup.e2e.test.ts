import { afterAll, beforeAll, expect, test } from 'vitest';
import { readerEvidence, waitForReader } from './helpers/reader';
import { SEED_PAGE, SEED_TITLE, startSession, type Session } from './helpers/session';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.stop();
});

test('the popup shows the article title, facts and cleaned text of the page', async () => {
  const page = await session.open(SEED_PAGE);
  const popup = await session.openPopup(await session.tabIdOf(page));
  await expect.poll(() => popup.locator('h1.title').textContent(), { timeout: 20_000 }).toBe(SEED_TITLE);
  const text = await popup.locator('.text').innerText();
  expect(text).toContain('Putin engaged in a phone conversation with Venezuelan leader Nicolás Maduro');
  expect(await popup.locator('.facts').innerText()).toMatch(/\d+ min read/);
  // Served from 127.0.0.1, the page's canonical link names another site: the aggregator's own.
  expect(await popup.locator('.first-published').innerText()).toBe('First published at usdailybuzz.example');
  expect(await popup.locator('.first-published a').getAttribute('href')).toBe('https://usdailybuzz.example/putin-maduro-call/');
  expect(await popup.locator('.shortcut[data-command="toggle-reader"] kbd').innerText()).toBe('Alt+Shift+S');
  await popup.close();
  await page.close();
});

test("the popup sets the article's headings, lists and captions as such", async () => {
  const page = await session.open('pages/wp-jetpack-no-dig/source.html');
  const popup = await session.openPopup(await session.tabIdOf(page));
  await expect.poll(() => popup.locator('.text h2').allInnerTexts(), { timeout: 20_000 }).toEqual(['What we actually did', 'What changed']);
  expect(await popup.locator('.text li').allInnerTexts()).toEqual([
    'Cardboard: free, collected from the bike shop on Harrogate Road',
    'Green-waste compost: three cubic metres, £64 delivered',
    'Wood chip for the paths: free from a local tree surgeon',
  ]);
  expect(await popup.locator('.text .caption').innerText()).toContain('Photo: Margaret Okafor');
  await popup.close();
  await page.close();
});

test('the popup reader switch opens and closes the reader in the page', async () => {
  const page = await session.open(SEED_PAGE);
  const popup = await session.openPopup(await session.tabIdOf(page));
  const toggle = popup.getByRole('switch', { name: 'Reader mode', exact: true });
  await expect.poll(() => toggle.isEnabled(), { timeout: 20_000 }).toBe(true);
  expect(await toggle.getAttribute('aria-checked')).toBe('false');
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
  await waitForReader(page, true);
  expect((await readerEvidence(page)).hosts).toBe(1);
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
  await waitForReader(page, false);
  await popup.close();
  await page.close();
});

test('a browser page gets a plain explanation, not a blank popup or a stack trace', async () => {
  const page = await session.context.newPage();
  await page.goto('chrome://version');
  const popup = await session.openPopup(await session.tabIdOf(page));
  const failure = popup.getByRole('alert');
  await expect.poll(() => failure.getAttribute('data-reason'), { timeout: 20_000 }).toBe('browser-page');
  expect(await failure.locator('h2').innerText()).toContain('browser’s own pages');
  expect(await popup.getByRole('switch', { name: 'Reader mode', exact: true }).isDisabled()).toBe(true);
  await popup.close();
  await page.close();
});

test('the Chrome Web Store gets its own message', async () => {
  // The test browser resolves no host but 127.0.0.1, so this is an error page at the store's URL:
  // Chromium still refuses every extension there, by URL alone.
  const page = await session.context.newPage();
  await page.goto('https://chromewebstore.google.com/detail/sift/abcdefghijklmnopabcdefghijklmnop').catch(() => undefined);
  const popup = await session.openPopup(await session.tabIdOf(page));
  const failure = popup.getByRole('alert');
  await expect.poll(() => failure.getAttribute('data-reason'), { timeout: 20_000 }).toBe('store-page');
  expect(await failure.locator('h2').innerText()).toBe('Extensions cannot run in the add-on store');
  await popup.close();
  await page.close();
});

test('a page without an article says so', async () => {
  const page = await session.open('e2e/pages/no-article.html');
  const popup = await session.openPopup(await session.tabIdOf(page));
  const failure = popup.getByRole('alert');
  await expect.poll(() => failure.getAttribute('data-reason'), { timeout: 20_000 }).toBe('no-article');
  expect(await failure.locator('h2').innerText()).toBe('No article found on this page');
  await popup.close();
  await page.close();
});
