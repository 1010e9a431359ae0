import type { ExtractResult } from '../core/types';

/**
 * Where an aggregator's copy of a story first ran, when the page's canonical link says so: MSN's
 * copies point at CNN's and NBC's. The core also takes a link the text calls the original, but on
 * the scrapinghub pages those were mostly subscription offers and cited documents, not the story
 * (1 of 4 right; the canonical links: 5 of 5), so the popup and the exports show only the canonical
 * one. That is the page's own markup, so anything but a web address stays out: the popup links to
 * it, and the Markdown copy is not sanitized.
 */
export function firstPublished(article: ExtractResult): string | null {
  const { republishedFrom, canonicalUrl } = article.page;
  return republishedFrom && republishedFrom === canonicalUrl && /^https?:\/\//i.test(republishedFrom) ? republishedFrom : null;
}
