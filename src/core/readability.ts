import { Readability } from '@mozilla/readability';

/** What Readability found, with the article left as a live element of the working clone. */
export interface ReadabilityArticle {
  root: HTMLElement;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
}

/**
 * Runs Readability over `work`, a clone the pipeline owns (Readability rewrites the document it
 * is given). The serializer returns the element itself, so later steps walk the DOM Readability
 * built instead of re-parsing its HTML string.
 */
export function runReadability(work: Document): ReadabilityArticle | null {
  const parsed = new Readability<HTMLElement>(work, { serializer: (el) => el as HTMLElement }).parse();
  if (!parsed?.content) return null;
  return {
    root: parsed.content,
    title: parsed.title?.trim() || work.title.trim(),
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    publishedTime: parsed.publishedTime?.trim() || null,
    lang: parsed.lang?.trim() || null,
    dir: parsed.dir?.trim() || null,
    excerpt: parsed.excerpt?.trim() || null,
  };
}
