import { afterAll, beforeAll, expect, test } from 'vitest';
import { waitForReader } from './helpers/reader';
import { inReader } from './helpers/reader-shadow';
import { SEED_PAGE, startSession, type Session } from './helpers/session';

/** Issue #5: choosing a source's mention in the popup shows that sentence in the reader, marked. */

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.stop();
});

interface Marked {
  text: string;
  /** The mark is inside the reader's visible area, i.e. it was scrolled to. */
  visible: boolean;
  focused: boolean;
}

test('a mention chosen in the popup opens the reader scrolled to that sentence, marked', async () => {
  const page = await session.open(SEED_PAGE);
  await page.setViewportSize({ width: 1000, height: 600 });
  const popup = await session.openPopup(await session.tabIdOf(page));
  const sources = popup.locator('details.sources');
  await sources.waitFor({ timeout: 20_000 });
  await sources.locator('> summary').click();
  const congress = popup.locator('.source', { hasText: 'Congressional Research Service' });
  await congress.locator('summary').click();
  const mention = congress.locator('button.mention').first();
  const sentence = (await mention.innerText()).trim();
  expect(sentence).toContain('Congressional Research Service');
  await mention.click();

  await waitForReader(page, true);
  const marked = await inReader<Marked>(
    page,
    `(root) => {
      const marks = [...root.querySelectorAll('mark.sift-mention')];
      const dialog = root.querySelector('dialog').getBoundingClientRect();
      const box = marks[0] ? marks[0].getBoundingClientRect() : null;
      return {
        text: marks.map((m) => m.textContent).join('').replace(/\\s+/g, ' ').trim(),
        visible: !!box && box.top >= dialog.top && box.bottom <= dialog.bottom,
        focused: !!marks[0] && root.activeElement === marks[0],
      };
    }`,
  );
  expect(marked).toEqual({ text: sentence, visible: true, focused: true });
  await popup.close();
  await page.close();
});
