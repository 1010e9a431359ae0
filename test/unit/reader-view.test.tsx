// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test } from 'vitest';
import { ReaderView, TITLE_ID } from '../../src/content/reader/view';
import { makeArticle } from '../helpers/popup-fixtures';

/** The reader's content, rendered as in the overlay's dialog (the dialog itself is tested in e2e). */

let root: HTMLElement;
function show(article = makeArticle(), onClose: () => void = () => undefined): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<ReaderView article={article} onClose={onClose} />, root));
  return root;
}
afterEach(() => {
  render(null, root);
  root.remove();
});

test('shows the title (the dialog label), the facts and the article', () => {
  const el = show();
  expect(el.querySelector(`#${TITLE_ID}`)?.textContent).toBe('Harbour reopens after the storm');
  expect(el.querySelector('.sift-facts')?.textContent).toBe('Ana Ruiz · The Example Times · 1 min read');
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
