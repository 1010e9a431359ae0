import { sanitizeToFragment, type PurifyWindow } from '../core/sanitize';
import { collapse } from '../core/text';
import type { BlockKind, BlockKinds } from './components/article';

/**
 * What the paragraphs of an article's plain text were in its HTML: headings, list items, captions
 * and quotes, keyed by their text as the text step writes it. The popup shows text, never HTML; this
 * only tells it how to set each paragraph. Loaded on demand, since it needs the sanitizer to read
 * the HTML, which the popup's first paint does not.
 */

const SELECTORS: readonly (readonly [string, BlockKind])[] = [
  ['h1, h2, h3, h4, h5, h6', 'heading'],
  ['li', 'item'],
  ['figcaption', 'caption'],
  // A quote of several paragraphs is several paragraphs of the text.
  ['blockquote, blockquote p', 'quote'],
];

export function blockKinds(html: string, win: PurifyWindow): BlockKinds {
  const fragment = sanitizeToFragment(html, win);
  const kinds = new Map<string, BlockKind>();
  for (const [selector, kind] of SELECTORS) {
    for (const el of Array.from(fragment.querySelectorAll(selector))) {
      const text = collapse(el.textContent ?? '');
      // The first kind found wins: a heading inside a list item reads as a heading.
      if (text && !kinds.has(text)) kinds.set(text, kind);
    }
  }
  return kinds;
}
