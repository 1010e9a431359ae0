import { JSDOM } from 'jsdom';
import { findSources } from '../../src/core/attributions';
import type { PageAttribution, Source } from '../../src/core/types';

/** Source finding on a small article body, for the attribution unit tests. */

export const NO_PAGE: PageAttribution = { byline: null, siteName: null, publishedTime: null, canonicalUrl: null, republishedFrom: null };

export function sourcesOf(body: string, page: Partial<PageAttribution> = {}, lang = 'en'): Source[] {
  const dom = new JSDOM(`<!doctype html><html lang="${lang}"><body><article>${body}</article></body></html>`);
  const root = dom.window.document.querySelector('article') as HTMLElement;
  return findSources(root, { ...NO_PAGE, ...page });
}

/** Each source as "kind:roles", by name: one comparison says what was found and what it is. */
export function summary(sources: Source[]): Record<string, string> {
  return Object.fromEntries(sources.map((s) => [s.name, `${s.kind}:${[...s.roles].sort().join(',')}`]));
}
