/**
 * The page's own attribution, read from the whole document before Readability strips its head
 * and furniture: writer, site, date, canonical address, and whether it republishes another site's
 * story (issue #5).
 */
import type { PageAttribution } from './types';

/** Link text or the text just before a link that says the story first ran elsewhere. */
const REPUBLISHED_TEXT =
  /(?:^|\b)(?:source|originally (?:published|appeared)|first (?:published|appeared)|republished from|fuente|publicado originalmente|publicada originalmente|source originale|publié initialement|quelle|ursprünglich erschienen|fonte|publicado originalmente)\b/iu;
/** How much text before a link is read for that phrase, in UTF-16 units. */
const LEAD_IN_CHARS = 60;

/** An address with a scheme or a host of its own (URL parsing drops tabs and newlines first); any other resolves against the page's address. */
const ABSOLUTE_HREF = /^\s*(?:[a-z][a-z\d+.-]*:|[\\/]{2})/i;

/** Second-level labels under which a country registers names: "co.uk", "com.br". */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'gob', 'edu']);

/** The registrable part of a host, good enough to tell two sites apart: "amp.cnn.com" → "cnn.com". */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/^www\./u, '').split('.');
  const keep = labels.length > 2 && SECOND_LEVEL.has(labels[labels.length - 2] ?? '') ? 3 : 2;
  return labels.slice(-keep).join('.');
}

function absolute(href: string | null | undefined, base: string): URL | null {
  if (!href) return null;
  try {
    const parsed = new URL(href, base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/** The attributes a meta tag names its key by. */
const META_KEYS = ['property', 'name', 'itemprop'] as const;

/**
 * Each key's first meta tag, in document order, as `meta[property=k], meta[name=k], meta[itemprop=k]`
 * would find it: one walk over the meta tags instead of a query over the whole page per key.
 */
function metaTags(doc: Document): Map<string, Element> {
  const tags = new Map<string, Element>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    for (const attr of META_KEYS) {
      const key = el.getAttribute(attr);
      if (key !== null && !tags.has(key)) tags.set(key, el);
    }
  }
  return tags;
}

/** The content of the first of `keys` the page has a meta tag for with content. */
function meta(tags: ReadonlyMap<string, Element>, ...keys: string[]): string | null {
  for (const key of keys) {
    const content = tags.get(key)?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The first JSON-LD object that describes an article. */
function jsonLdArticle(doc: Document): Record<string, Json> | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue;
    }
    const items = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray(data['@graph']) ? data['@graph'] : [data];
    for (const item of items) {
      if (item && typeof item === 'object' && !Array.isArray(item) && /Article|Posting|Report/u.test(String(item['@type'] ?? ''))) {
        return item;
      }
    }
  }
  return null;
}

function jsonName(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(jsonName).filter((n): n is string => Boolean(n));
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return jsonName(value['name']);
  return null;
}

/** A link whose text, or the words just before it, says the story first ran on another site. */
function republishedLink(doc: Document, pageUrl: URL): string | null {
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    // Most of a page's links are relative, so on its own site: no need to parse them.
    if (!ABSOLUTE_HREF.test(href.replace(/[\t\n\r]/g, ''))) continue;
    const target = absolute(href, pageUrl.href);
    if (!target || siteOf(target.hostname) === siteOf(pageUrl.hostname)) continue;
    const before = a.previousSibling?.textContent ?? a.parentElement?.textContent?.split(a.textContent ?? '')[0] ?? '';
    const lead = `${before.slice(-LEAD_IN_CHARS)} ${a.textContent ?? ''}`;
    if (REPUBLISHED_TEXT.test(lead) && !a.closest('nav, footer, [class*="share"], [class*="social"]')) return target.href;
  }
  return null;
}

function notUrl(value: string | null): string | null {
  return value && !/^(?:https?:)?\/\//iu.test(value) ? value : null;
}

/** The page's own attribution; Readability's byline and site name are merged in later. */
export function readPageAttribution(doc: Document, url: string): PageAttribution {
  const pageUrl = absolute(url, 'about:blank');
  const tags = metaTags(doc);
  const canonical = absolute(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), url)
    ?? absolute(meta(tags, 'og:url'), url);
  const ld = jsonLdArticle(doc);
  let republishedFrom: string | null = null;
  if (pageUrl && canonical && siteOf(canonical.hostname) !== siteOf(pageUrl.hostname)) republishedFrom = canonical.href;
  if (!republishedFrom && pageUrl) republishedFrom = republishedLink(doc, pageUrl);
  return {
    // article:author is often a profile address, which names no one.
    byline: notUrl(meta(tags, 'author', 'article:author', 'dc.creator')) ?? jsonName(ld?.['author']),
    siteName: meta(tags, 'og:site_name', 'application-name') ?? jsonName(ld?.['publisher']),
    publishedTime: meta(tags, 'article:published_time', 'datePublished', 'date') ?? jsonName(ld?.['datePublished']),
    canonicalUrl: canonical?.href ?? null,
    republishedFrom,
  };
}
