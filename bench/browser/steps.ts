import { findSources, readPageAttribution } from '../../src/core/attributions';
import { removeClutter } from '../../src/core/clutter';
import { removeDuplicates } from '../../src/core/duplicates';
import { tooLargeReason } from '../../src/core/limits';
import { runReadability } from '../../src/core/readability';
import { sanitizeToHtml, type PurifyWindow } from '../../src/core/sanitize';
import { articleParagraphs, countWords, readingMinutes } from '../../src/core/text';

/**
 * Sift's pipeline (src/core/extract.ts) step by step, each step timed with performance.now(), so the
 * benchmark can say which step costs what. It calls the same step functions in the same order as
 * extractArticle; the benchmark checks their sum against extractArticle's own time, which shows
 * when extract.ts gains a step this file does not mirror yet.
 */

export const STEP_NAMES = ['limits', 'clone', 'pageMeta', 'readability', 'clutter', 'duplicates', 'sources', 'text', 'sanitize', 'counts'] as const;
export type StepName = (typeof STEP_NAMES)[number];
/** Milliseconds per step; steps after a failure are missing. */
export type StepTimes = Partial<Record<StepName, number>>;

export function timeSteps(doc: Document, url: string, win: PurifyWindow): StepTimes {
  const times: StepTimes = {};
  const timed = <T>(name: StepName, step: () => T): T => {
    const start = performance.now();
    const value = step();
    times[name] = performance.now() - start;
    return value;
  };
  if (timed('limits', () => tooLargeReason(doc))) return times;
  const work = timed('clone', () => doc.cloneNode(true) as Document);
  const pageMeta = timed('pageMeta', () => readPageAttribution(work, url));
  const article = timed('readability', () => runReadability(work));
  if (!article) return times;
  const { root } = article;
  const clutter = timed('clutter', () => removeClutter(root, { title: article.title, url }));
  timed('duplicates', () => removeDuplicates(root, { title: article.title }));
  const page = {
    ...pageMeta,
    byline: article.byline ?? pageMeta.byline,
    siteName: article.siteName ?? pageMeta.siteName,
    publishedTime: article.publishedTime ?? pageMeta.publishedTime,
  };
  const credits = clutter.filter((c) => c.reason === 'byline').map((c) => c.text);
  timed('sources', () => findSources(root, page, credits));
  const text = timed('text', () => articleParagraphs(root).join('\n\n'));
  if (!text) return times;
  timed('sanitize', () => sanitizeToHtml(root, win));
  timed('counts', () => [countWords(text), readingMinutes(text)]);
  return times;
}
