import { Readability } from '@mozilla/readability';
import { extractArticle } from '../src/core/extract';
import { isFailure } from '../src/core/types';
import { articleParagraphs } from '../src/core/text';
import type { LoadedPage } from '../src/cli/load';

/**
 * The two extractors the benchmark compares, each turned into text the same way: the article
 * element's paragraphs (`articleParagraphs`, what Sift's `text` is) joined by blank lines. Plain
 * Readability's `textContent` is reported as well, because that is what published figures use:
 * it glues adjacent blocks together ("end.Next") and so differs slightly at shingle level.
 */

export interface ExtractorRun {
  text: string;
  /** Wall time in milliseconds, including the document clone each extractor works on. */
  ms: number;
  /** Set when the extractor threw; its text then counts as empty. */
  error?: string;
}

export interface ReadabilityRun extends ExtractorRun {
  textContent: string;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message.split('\n')[0] ?? err.name : String(err);
}

/** Sift's whole pipeline (it clones the document itself). */
export function runSift(page: LoadedPage, url: string): ExtractorRun {
  const start = performance.now();
  try {
    const outcome = extractArticle(page.document, { url, window: page.window });
    const text = isFailure(outcome) ? '' : outcome.text;
    return { text, ms: performance.now() - start };
  } catch (err) {
    return { text: '', ms: performance.now() - start, error: message(err) };
  }
}

/** Plain Readability with default options, on a clone of the same parsed document. */
export function runPlainReadability(page: LoadedPage): ReadabilityRun {
  const start = performance.now();
  try {
    const clone = page.document.cloneNode(true) as Document;
    const parsed = new Readability<HTMLElement>(clone, { serializer: (el) => el as HTMLElement }).parse();
    const text = parsed?.content ? articleParagraphs(parsed.content).join('\n\n') : '';
    return { text, textContent: parsed?.textContent ?? '', ms: performance.now() - start };
  } catch (err) {
    return { text: '', textContent: '', ms: performance.now() - start, error: message(err) };
  }
}
