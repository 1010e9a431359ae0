import type { PageAttribution, Source } from './types';

/**
 * The page's own attribution, read from its metadata before Readability rewrites the clone.
 * (Filled in by issue #5.)
 */
export function readPageAttribution(doc: Document, url: string): PageAttribution {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.getAttribute('href') ?? null;
  let canonicalUrl: string | null = null;
  try {
    canonicalUrl = canonical ? new URL(canonical, url).href : null;
  } catch {
    canonicalUrl = null;
  }
  return { byline: null, siteName: null, publishedTime: null, canonicalUrl, republishedFrom: null };
}

/**
 * The sources the story cites: agencies, outlets, officials, documents, contributors, photographers.
 * (Filled in by issue #5.)
 */
export function findSources(_root: HTMLElement, _page: PageAttribution): Source[] {
  return [];
}
