// @vitest-environment jsdom
import { afterEach, expect, test } from 'vitest';
import { createReaderView, TITLE_ID } from '../../src/content/reader/view';
import type { ToolbarActions } from '../../src/content/reader/toolbar';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { makeArticle } from '../helpers/popup-fixtures';

/** The reader's content, rendered as in the overlay's dialog (the dialog itself is tested in e2e). */

let root: HTMLElement;
const noop = (): void => undefined;
const ACTIONS: ToolbarActions & { showMention(mention: string): void } = { changeSettings: noop, toggleRemoved: noop, print: noop, close: noop, showMention: noop };

function show(article = makeArticle(), onClose: () => void = noop, showRemoved = false): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  const view = createReaderView(document, { article, state: { settings: DEFAULT_SETTINGS, showRemoved }, actions: { ...ACTIONS, close: onClose } });
  root.append(...view.nodes);
  return root;
}
afterEach(() => {
  root.remove();
});

test('shows the title (the dialog label), the facts and the article', () => {
  const el = show();
  expect(el.querySelector(`#${TITLE_ID}`)?.textContent).toBe('Harbour reopens after the storm');
  expect(el.querySelector('.sift-facts')?.textContent).toBe('Ana Ruiz · The Example Times · Dec 11, 2025 · 1 min read');
  expect([...el.querySelectorAll('.sift-body p')].map((p) => p.textContent)).toEqual([
    'The harbour reopened on Thursday.',
    'Ships queued overnight.',
  ]);
});

test('the close button asks to close', () => {
  let closes = 0;
  const el = show(makeArticle(), () => closes++);
  el.querySelector<HTMLButtonElement>('.sift-close')?.click();
  expect(closes).toBe(1);
});

test('hostile article HTML reaches the page only through the sanitizer', () => {
  const html = [
    '<p>Safe text<script>window.pwned = 1</script></p>',
    '<img src="x" onerror="window.pwned = 2">',
    '<a href="javascript:window.pwned = 3">link</a>',
    '<iframe srcdoc="<script>parent.pwned = 4</script>"></iframe>',
    '<form action="https://evil.example"><input name="q"></form>',
  ].join('');
  const el = show(makeArticle({ html }));
  const body = el.querySelector('.sift-body');
  expect(body?.textContent).toContain('Safe text');
  expect(body?.querySelector('script, iframe, form, input')).toBeNull();
  expect(body?.querySelector('img')?.getAttribute('onerror')).toBeNull();
  expect(body?.querySelector('a')?.getAttribute('href')).toBeNull();
  expect((window as { pwned?: number }).pwned).toBeUndefined();
});

test('keeps the article language and writing direction', () => {
  const el = show(makeArticle({ lang: 'ar', dir: 'rtl' }));
  const article = el.querySelector('article');
  expect(article?.getAttribute('lang')).toBe('ar');
  expect(article?.getAttribute('dir')).toBe('rtl');
});

test('an unknown direction value is not passed through', () => {
  const el = show(makeArticle({ dir: 'sideways' }));
  expect(el.querySelector('article')?.hasAttribute('dir')).toBe(false);
});

const WITH_REMOVED = makeArticle({
  html: '<p>The harbour reopened on Thursday.</p><span data-sift-removed="0"></span><p>Ships queued overnight.</p>',
  removed: {
    clutter: [{ reason: 'share-bar', text: 'Share on X' }],
    duplicates: [],
    blocks: [{ id: 0, reason: 'share-bar', html: '<ul><li><a href="https://x.example/share">Share on X</a></li><script>window.pwned = 5</script></ul>' }],
  },
});

test('removed blocks stay hidden until asked for, then show in place, labelled and sanitized', () => {
  const hidden = show(WITH_REMOVED);
  expect(hidden.querySelector('.sift-removed')).toBeNull();
  expect(hidden.querySelector('.sift-body')?.textContent).not.toContain('Share on X');
  root.remove();

  const shown = show(WITH_REMOVED, noop, true);
  const body = shown.querySelector('.sift-body');
  const frame = body?.querySelector('.sift-removed');
  expect(frame?.previousElementSibling?.textContent).toBe('The harbour reopened on Thursday.');
  expect(frame?.querySelector('.sift-removed-label')?.textContent).toBe('Removed by Sift: share bar');
  expect(frame?.querySelector('a')?.textContent).toBe('Share on X');
  expect(body?.querySelector('script')).toBeNull();
  expect(shown.querySelector('.sift-show-removed')?.getAttribute('aria-pressed')).toBe('true');
});
